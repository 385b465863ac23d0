#include "storage/snapshot_store.h"

#include "storage/sqlite.h"

namespace isms::storage {

Result<void> replaceSnapshot(sql::Connection& db, RecordId assessmentId, const std::vector<SnapshotRow>& rows)
{
    {
        auto s = db.cached("DELETE FROM assessment_snapshots WHERE assessment_id = ?");
        if (!s)
            return s.error();
        (*s)->bind(1, assessmentId);
        if (auto r = (*s)->run(); !r)
            return r;
    }
    auto s = db.cached("INSERT INTO assessment_snapshots (assessment_id, risk_id, ref, title, "
                       "inherent_likelihood, inherent_impact, inherent_level, residual_likelihood, "
                       "residual_impact, residual_level) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!s)
        return s.error();
    for (const auto& row : rows) {
        auto& st = **s;
        st.bind(1, assessmentId);
        st.bind(2, row.riskId);
        st.bind(3, row.ref);
        st.bind(4, row.title);
        st.bind(5, row.inherentLikelihood);
        st.bind(6, row.inherentImpact);
        st.bind(7, row.inherentLevel);
        st.bind(8, row.residualLikelihood);
        st.bind(9, row.residualImpact);
        st.bind(10, row.residualLevel);
        if (auto r = st.run(); !r)
            return r;
        st.reset();
    }
    return {};
}

Result<std::vector<SnapshotRow>> readSnapshot(sql::Connection& db, RecordId assessmentId)
{
    auto s = db.cached("SELECT risk_id, ref, title, inherent_likelihood, inherent_impact, inherent_level, "
                       "residual_likelihood, residual_impact, residual_level FROM assessment_snapshots "
                       "WHERE assessment_id = ? ORDER BY risk_id");
    if (!s)
        return s.error();
    (*s)->bind(1, assessmentId);
    std::vector<SnapshotRow> rows;
    auto read = (*s)->eachRow([&](const sql::Statement& st) {
        SnapshotRow r;
        r.riskId = st.columnInt(0);
        r.ref = st.columnText(1);
        r.title = st.columnText(2);
        r.inherentLikelihood = static_cast<int>(st.columnInt(3));
        r.inherentImpact = static_cast<int>(st.columnInt(4));
        r.inherentLevel = static_cast<int>(st.columnInt(5));
        r.residualLikelihood = static_cast<int>(st.columnInt(6));
        r.residualImpact = static_cast<int>(st.columnInt(7));
        r.residualLevel = static_cast<int>(st.columnInt(8));
        rows.push_back(std::move(r));
    });
    if (!read)
        return read.error();
    return rows;
}

} // namespace isms::storage
