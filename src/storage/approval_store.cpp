#include "storage/approval_store.h"

#include "storage/json.h"
#include "storage/sqlite.h"

namespace isms::storage {

namespace {

constexpr const char* kColumns =
    "id, risk_id, approver_id, approver, approved_at, rationale, expires_on, inherent_likelihood, inherent_impact, "
    "inherent_level, residual_likelihood, residual_impact, residual_level, treatment, treating_controls, snapshot, "
    "snapshot_sha256, recorded_by";

std::vector<RecordId> parseIds(std::string_view json)
{
    std::vector<RecordId> ids;
    std::int64_t n = 0;
    bool inNumber = false;
    for (char c : json) {
        if (c >= '0' && c <= '9') {
            n = n * 10 + (c - '0');
            inNumber = true;
        } else if (inNumber) {
            ids.push_back(n);
            n = 0;
            inNumber = false;
        }
    }
    if (inNumber)
        ids.push_back(n);
    return ids;
}

RiskApproval readRow(const sql::Statement& s)
{
    RiskApproval a;
    a.id = s.columnInt(0);
    a.riskId = s.columnInt(1);
    a.approverId = s.columnInt(2);
    a.approver = s.columnText(3);
    a.approvedAt = s.columnText(4);
    a.rationale = s.columnText(5);
    if (!s.isNull(6))
        a.expiresOn = Date::parse(s.columnTextView(6));
    a.state.inherentLikelihood = s.columnInt(7);
    a.state.inherentImpact = s.columnInt(8);
    a.state.inherentLevel = s.columnInt(9);
    a.state.residualLikelihood = s.columnInt(10);
    a.state.residualImpact = s.columnInt(11);
    a.state.residualLevel = s.columnInt(12);
    a.state.treatment = s.columnText(13);
    a.state.treatingControls = parseIds(s.columnTextView(14));
    a.snapshot = s.columnText(15);
    a.snapshotSha256 = s.columnText(16);
    a.recordedBy = s.columnText(17);
    return a;
}

} // namespace

std::string controlIdsJson(const std::vector<RecordId>& ids)
{
    std::string out = "[";
    for (std::size_t i = 0; i < ids.size(); ++i)
        out += (i ? "," : "") + std::to_string(ids[i]);
    return out + "]";
}

std::string approvalJson(const RiskApproval& a)
{
    JsonObject o;
    o.add("approval_id", a.id)
        .add("approver_id", a.approverId)
        .add("approver", a.approver)
        .add("approved_at", a.approvedAt)
        .add("rationale", a.rationale)
        .add("expires_on", a.expiresOn ? Value(*a.expiresOn) : Value())
        .add("inherent_likelihood", a.state.inherentLikelihood)
        .add("inherent_impact", a.state.inherentImpact)
        .add("inherent_level", a.state.inherentLevel)
        .add("residual_likelihood", a.state.residualLikelihood)
        .add("residual_impact", a.state.residualImpact)
        .add("residual_level", a.state.residualLevel)
        .add("treatment", a.state.treatment)
        .addRaw("treating_controls", controlIdsJson(a.state.treatingControls))
        .addRaw("snapshot", a.snapshot.empty() ? std::string_view("null") : std::string_view(a.snapshot))
        .add("snapshot_sha256", a.snapshotSha256)
        .add("recorded_by", a.recordedBy);
    return o.str();
}

Result<std::int64_t> insertApproval(sql::Connection& db, const RiskApproval& a)
{
    auto s = db.cached("INSERT INTO risk_approvals (id, risk_id, approver_id, approver, approved_at, rationale, expires_on, "
                       "inherent_likelihood, inherent_impact, inherent_level, residual_likelihood, residual_impact, "
                       "residual_level, treatment, treating_controls, snapshot, snapshot_sha256, recorded_by) VALUES "
                       "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!s)
        return s.error();
    auto& st = **s;
    if (a.id)
        st.bind(1, a.id);
    else
        st.bindNull(1);
    st.bind(2, a.riskId);
    st.bind(3, a.approverId);
    st.bind(4, a.approver);
    st.bind(5, a.approvedAt);
    st.bind(6, a.rationale);
    if (a.expiresOn)
        st.bind(7, a.expiresOn->toIso());
    else
        st.bindNull(7);
    st.bind(8, a.state.inherentLikelihood);
    st.bind(9, a.state.inherentImpact);
    st.bind(10, a.state.inherentLevel);
    st.bind(11, a.state.residualLikelihood);
    st.bind(12, a.state.residualImpact);
    st.bind(13, a.state.residualLevel);
    st.bind(14, a.state.treatment);
    st.bind(15, controlIdsJson(a.state.treatingControls));
    st.bind(16, a.snapshot);
    st.bind(17, a.snapshotSha256);
    st.bind(18, a.recordedBy);
    auto ran = st.run();
    st.reset();
    if (!ran)
        return ran.error();
    return db.lastInsertRowid();
}

Result<void> deleteApproval(sql::Connection& db, std::int64_t approvalId)
{
    auto s = db.cached("DELETE FROM risk_approvals WHERE id = ?");
    if (!s)
        return s.error();
    (*s)->bind(1, approvalId);
    auto ran = (*s)->run();
    (*s)->reset();
    return ran;
}

Result<bool> hasApprovalTable(sql::Connection& db)
{
    auto s = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'risk_approvals'");
    if (!s)
        return s.error();
    return s->step();
}

Result<std::vector<RiskApproval>> readApprovals(sql::Connection& db, RecordId riskId)
{
    std::vector<RiskApproval> approvals;
    auto has = hasApprovalTable(db);
    if (!has)
        return has.error();
    if (!*has)
        return approvals;
    auto s = db.prepare(std::string("SELECT ") + kColumns + " FROM risk_approvals"
                        + (riskId ? " WHERE risk_id = ?" : "") + " ORDER BY id");
    if (!s)
        return s.error();
    if (riskId)
        s->bind(1, riskId);
    if (auto r = s->eachRow([&](const sql::Statement& st) { approvals.push_back(readRow(st)); }); !r)
        return r.error();
    return approvals;
}

Result<std::optional<RiskApproval>> findApproval(sql::Connection& db, std::int64_t approvalId)
{
    auto s = db.prepare(std::string("SELECT ") + kColumns + " FROM risk_approvals WHERE id = ?");
    if (!s)
        return s.error();
    s->bind(1, approvalId);
    auto row = s->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<RiskApproval>{};
    return std::optional<RiskApproval>{readRow(*s)};
}

} // namespace isms::storage
