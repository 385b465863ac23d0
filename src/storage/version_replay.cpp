#include "storage/version_replay.h"

#include "storage/snapshot_store.h"
#include "storage/sqlite.h"
#include "storage/version_store.h"

#include <set>

namespace isms::storage {

namespace {

std::string assessmentName(sql::Connection& db, const Catalogue& catalogue, std::int64_t id)
{
    if (const RegisterDef* reg = catalogue.find(reg::assessments))
        if (auto s = db.prepare("SELECT ref FROM " + reg->tableName() + " WHERE id = ?")) {
            s->bind(1, id);
            if (auto row = s->step(); row && *row)
                return "assessments " + s->columnText(0);
        }
    return "assessments id " + std::to_string(id);
}

} // namespace

Result<void> compareKeptRuns(sql::Connection& db, const Catalogue& catalogue,
                             const std::map<std::int64_t, SnapshotLogged>& history, Findings& findings)
{
    auto kept = keptMethodologies(db);
    if (!kept)
        return kept.error();
    std::set<std::int64_t> seen;
    for (const auto& [id, json] : *kept) {
        seen.insert(id);
        const auto it = history.find(id);
        if (it == history.end()) {
            findings.add("The methodology kept with " + assessmentName(db, catalogue, id) + " is in the file but not in its history.");
            continue;
        }
        if (it->second.methodologyJson != json)
            findings.add("The methodology kept with " + assessmentName(db, catalogue, id) + " differs from its history.");
    }
    for (const auto& [id, logged] : history) {
        if (!seen.count(id))
            findings.add("The methodology kept with " + assessmentName(db, catalogue, id) + " is in its history but not in the file.");
        auto rows = readSnapshot(db, id);
        if (!rows)
            return rows.error();
        if (snapshotSha256(*rows) != logged.sha256)
            findings.add("The risk snapshot of " + assessmentName(db, catalogue, id)
                         + " differs from its history (a risk's levels, ref or title in it were changed).");
    }
    return {};
}

Result<void> compareSoaVersions(sql::Connection& db, const std::map<std::int64_t, std::string>& history,
                                Findings& findings)
{
    auto versions = readSoaVersions(db);
    if (!versions)
        return versions.error();
    std::set<std::int64_t> seen;
    for (SoaVersion& v : *versions) {
        seen.insert(v.number);
        const std::string name = "SoA version " + std::to_string(v.number);
        const auto it = history.find(v.number);
        if (it == history.end()) {
            findings.add(name + " is in the file but not in its history.");
            continue;
        }
        auto controls = readSoaVersionControls(db, v.number);
        if (!controls)
            return controls.error();
        v.controls = std::move(*controls);
        if (soaVersionJson(v) != it->second)
            findings.add(name + " differs from its history (its approval or a control frozen in it was changed).");
    }
    // Frozen controls of a version that is not there at all.
    if (auto has = hasTable(db, "soa_version_controls"); has && *has) {
        auto s = db.prepare("SELECT DISTINCT version FROM soa_version_controls WHERE version NOT IN (SELECT number FROM soa_versions)");
        if (!s)
            return s.error();
        if (auto r = s->eachRow([&](sql::Statement& st) {
                findings.add("Controls of SoA version " + std::to_string(st.columnInt(0)) + " are in the file without the version.");
            });
            !r)
            return r;
    }
    for (const auto& [number, json] : history)
        if (!seen.count(number))
            findings.add("SoA version " + std::to_string(number) + " is in its history but not in the file.");
    return {};
}

} // namespace isms::storage
