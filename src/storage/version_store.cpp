#include "storage/version_store.h"

#include "storage/json.h"
#include "storage/sha256.h"
#include "storage/sqlite.h"

#include <algorithm>

namespace isms::storage {

namespace {

// Each value length-prefixed, so no two different rows hash the same bytes.
void addField(Sha256& hash, const std::string& text)
{
    hash.add(std::to_string(text.size()) + ":");
    hash.add(text);
}

void addField(Sha256& hash, std::int64_t number) { addField(hash, std::to_string(number)); }

Result<void> readScale(sql::Connection& db, const std::string& json, const char* path, std::vector<ScaleLevel>& scale)
{
    auto s = db.prepare("SELECT json_extract(value, '$.label'), json_extract(value, '$.description') "
                        "FROM json_each(?, ?) ORDER BY key");
    if (!s)
        return s.error();
    s->bind(1, json);
    s->bind(2, path);
    return s->eachRow([&](sql::Statement& st) { scale.push_back({st.columnText(0), st.columnText(1)}); });
}

} // namespace

Result<bool> hasTable(sql::Connection& db, const std::string& name)
{
    auto s = db.cached("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
    if (!s)
        return s.error();
    (*s)->bind(1, name);
    auto row = (*s)->step();
    if (!row)
        return row.error();
    return *row;
}

std::string snapshotSha256(std::vector<SnapshotRow> rows)
{
    std::sort(rows.begin(), rows.end(), [](const SnapshotRow& a, const SnapshotRow& b) { return a.riskId < b.riskId; });
    Sha256 hash;
    for (const SnapshotRow& r : rows) {
        hash.add("R");
        addField(hash, r.riskId);
        addField(hash, r.ref);
        addField(hash, r.title);
        for (int level : {r.inherentLikelihood, r.inherentImpact, r.inherentLevel, r.residualLikelihood,
                          r.residualImpact, r.residualLevel})
            addField(hash, level);
    }
    return hash.finishHex();
}

Result<void> keepMethodology(sql::Connection& db, RecordId assessmentId, const std::string& methodologyJson)
{
    auto s = db.cached("INSERT OR REPLACE INTO assessment_methodologies (assessment_id, methodology) VALUES (?, ?)");
    if (!s)
        return s.error();
    (*s)->bind(1, assessmentId);
    (*s)->bind(2, methodologyJson);
    return (*s)->run();
}

Result<std::optional<std::string>> keptMethodologyJson(sql::Connection& db, RecordId assessmentId)
{
    auto has = hasTable(db, "assessment_methodologies");
    if (!has)
        return has.error();
    if (!*has)
        return std::optional<std::string>{};
    auto s = db.cached("SELECT methodology FROM assessment_methodologies WHERE assessment_id = ?");
    if (!s)
        return s.error();
    (*s)->bind(1, assessmentId);
    auto row = (*s)->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<std::string>{};
    return std::optional<std::string>((*s)->columnText(0));
}

Result<std::vector<std::pair<RecordId, std::string>>> keptMethodologies(sql::Connection& db)
{
    std::vector<std::pair<RecordId, std::string>> kept;
    auto has = hasTable(db, "assessment_methodologies");
    if (!has)
        return has.error();
    if (!*has)
        return kept;
    auto s = db.prepare("SELECT assessment_id, methodology FROM assessment_methodologies ORDER BY assessment_id");
    if (!s)
        return s.error();
    if (auto r = s->eachRow([&](sql::Statement& st) { kept.emplace_back(st.columnInt(0), st.columnText(1)); }); !r)
        return r.error();
    return kept;
}

Result<Methodology> methodologyFromJson(sql::Connection& db, const std::string& json)
{
    auto bad = [] { return makeError(ErrorCode::Corrupt, "A kept risk methodology cannot be read. Run `ismsctl check` on the file."); };
    if (auto valid = db.prepare("SELECT json_valid(?)"); valid) {
        valid->bind(1, json);
        if (auto row = valid->step(); !row || !*row || valid->columnInt(0) != 1)
            return bad();
    } else {
        return valid.error();
    }
    Methodology m;
    {
        auto s = db.prepare("SELECT json_extract(?1, '$.acceptable_max_score'), json_extract(?1, "
                            "'$.acceptance_criteria'), json_extract(?1, '$.review_interval_months')");
        if (!s)
            return s.error();
        s->bind(1, json);
        auto row = s->step();
        if (!row)
            return row.error();
        if (!*row)
            return bad();
        m.acceptableMaxScore = static_cast<int>(s->columnInt(0));
        m.acceptanceCriteria = s->columnText(1);
        m.reviewIntervalMonths = static_cast<int>(s->columnInt(2));
    }
    if (auto r = readScale(db, json, "$.likelihood", m.likelihood); !r)
        return r.error();
    if (auto r = readScale(db, json, "$.impact", m.impact); !r)
        return r.error();
    {
        auto s = db.prepare("SELECT value FROM json_each(?, '$.matrix') ORDER BY key");
        if (!s)
            return s.error();
        s->bind(1, json);
        if (auto r = s->eachRow([&](sql::Statement& st) { m.matrix.push_back(static_cast<int>(st.columnInt(0))); }); !r)
            return r.error();
    }
    {
        auto s = db.prepare("SELECT json_extract(value, '$.label'), json_extract(value, '$.min_score'), "
                            "json_extract(value, '$.colour') FROM json_each(?, '$.bands') ORDER BY key");
        if (!s)
            return s.error();
        s->bind(1, json);
        if (auto r = s->eachRow([&](sql::Statement& st) {
                m.bands.push_back({st.columnText(0), static_cast<int>(st.columnInt(1)), st.columnText(2)});
            });
            !r)
            return r.error();
    }
    if (auto valid = m.validate(); !valid)
        return makeError(ErrorCode::Corrupt, "A kept risk methodology does not hold: " + valid.error().message);
    return m;
}

Result<std::vector<std::pair<RecordId, std::int64_t>>> snapshotSizes(sql::Connection& db)
{
    std::vector<std::pair<RecordId, std::int64_t>> sizes;
    auto s = db.prepare("SELECT assessment_id, count(*) FROM assessment_snapshots GROUP BY assessment_id");
    if (!s)
        return s.error();
    if (auto r = s->eachRow([&](sql::Statement& st) { sizes.emplace_back(st.columnInt(0), st.columnInt(1)); }); !r)
        return r.error();
    return sizes;
}

Result<void> insertSoaVersion(sql::Connection& db, const SoaVersion& v)
{
    {
        auto s = db.cached("INSERT INTO soa_versions (number, approved_at, approved_by, approved_by_name, note, "
                           "undecided) VALUES (?, ?, ?, ?, ?, ?)");
        if (!s)
            return s.error();
        auto& st = **s;
        st.bind(1, v.number);
        st.bind(2, v.approvedAt);
        st.bind(3, v.approvedById);
        st.bind(4, v.approvedByName);
        st.bind(5, v.note);
        st.bind(6, v.undecided);
        if (auto r = st.run(); !r)
            return r;
    }
    auto s = db.cached("INSERT INTO soa_version_controls (version, control_id, ref, title, applicable, reason_risk, "
                       "reason_legal, reason_contractual, reason_business, justification, implementation, owner_id, "
                       "owner_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!s)
        return s.error();
    for (const SoaVersionEntry& e : v.controls) {
        auto& st = **s;
        st.bind(1, v.number);
        st.bind(2, e.controlId);
        st.bind(3, e.ref);
        st.bind(4, e.title);
        st.bind(5, e.applicable);
        st.bind(6, e.reasons.risk ? 1 : 0);
        st.bind(7, e.reasons.legal ? 1 : 0);
        st.bind(8, e.reasons.contractual ? 1 : 0);
        st.bind(9, e.reasons.business ? 1 : 0);
        st.bind(10, e.justification);
        st.bind(11, e.implementation);
        st.bind(12, e.ownerId);
        st.bind(13, e.ownerName);
        if (auto r = st.run(); !r)
            return r;
        st.reset();
    }
    return {};
}

Result<std::vector<SoaVersion>> readSoaVersions(sql::Connection& db)
{
    std::vector<SoaVersion> versions;
    auto has = hasTable(db, "soa_versions");
    if (!has)
        return has.error();
    if (!*has)
        return versions;
    auto s = db.prepare("SELECT v.number, v.approved_at, v.approved_by, v.approved_by_name, v.note, v.undecided, "
                        "(SELECT count(*) FROM soa_version_controls c WHERE c.version = v.number) "
                        "FROM soa_versions v ORDER BY v.number");
    if (!s)
        return s.error();
    auto read = s->eachRow([&](sql::Statement& st) {
        SoaVersion v;
        v.number = static_cast<int>(st.columnInt(0));
        v.approvedAt = st.columnText(1);
        v.approvedById = st.columnInt(2);
        v.approvedByName = st.columnText(3);
        v.note = st.columnText(4);
        v.undecided = static_cast<int>(st.columnInt(5));
        v.controlCount = static_cast<std::size_t>(st.columnInt(6));
        versions.push_back(std::move(v));
    });
    if (!read)
        return read.error();
    return versions;
}

Result<std::vector<SoaVersionEntry>> readSoaVersionControls(sql::Connection& db, int number)
{
    std::vector<SoaVersionEntry> entries;
    auto s = db.prepare("SELECT control_id, ref, title, applicable, reason_risk, reason_legal, reason_contractual, "
                        "reason_business, justification, implementation, owner_id, owner_name FROM "
                        "soa_version_controls WHERE version = ? ORDER BY length(ref), ref, control_id");
    if (!s)
        return s.error();
    s->bind(1, number);
    auto read = s->eachRow([&](sql::Statement& st) {
        SoaVersionEntry e;
        e.controlId = st.columnInt(0);
        e.ref = st.columnText(1);
        e.title = st.columnText(2);
        e.applicable = st.columnText(3);
        e.reasons = {st.columnInt(4) != 0, st.columnInt(5) != 0, st.columnInt(6) != 0, st.columnInt(7) != 0};
        e.justification = st.columnText(8);
        e.implementation = st.columnText(9);
        e.ownerId = st.columnInt(10);
        e.ownerName = st.columnText(11);
        entries.push_back(std::move(e));
    });
    if (!read)
        return read.error();
    return entries;
}

std::string soaControlsSha256(const std::vector<SoaVersionEntry>& controls)
{
    std::vector<const SoaVersionEntry*> byId;
    for (const auto& e : controls)
        byId.push_back(&e);
    std::sort(byId.begin(), byId.end(), [](const auto* a, const auto* b) { return a->controlId < b->controlId; });
    Sha256 hash;
    for (const SoaVersionEntry* e : byId) {
        hash.add("C");
        addField(hash, e->controlId);
        addField(hash, e->ref);
        addField(hash, e->title);
        addField(hash, e->applicable);
        addField(hash, std::string{e->reasons.risk ? '1' : '0', e->reasons.legal ? '1' : '0',
                                   e->reasons.contractual ? '1' : '0', e->reasons.business ? '1' : '0'});
        addField(hash, e->justification);
        addField(hash, e->implementation);
        addField(hash, e->ownerId);
        addField(hash, e->ownerName);
    }
    return hash.finishHex();
}

std::string soaVersionJson(const SoaVersion& v)
{
    return JsonObject()
        .add("number", std::int64_t{v.number})
        .add("approved_at", v.approvedAt)
        .add("approved_by", v.approvedById)
        .add("approved_by_name", v.approvedByName)
        .add("note", v.note)
        .add("undecided", std::int64_t{v.undecided})
        .add("controls", static_cast<std::int64_t>(v.controls.size()))
        .add("controls_sha256", soaControlsSha256(v.controls))
        .str();
}

} // namespace isms::storage
