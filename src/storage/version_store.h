#pragma once
// Schema 4's tables for assessment runs and SoA versions (schema.h, versionTablesDdl): the
// methodology kept with each run, and the frozen SoA versions. Plus the digests their change-log
// entries carry, so check() finds a snapshot, a kept method or a frozen control changed behind
// the program's back.

#include "domain/assessment_run.h"
#include "domain/methodology.h"
#include "domain/soa_version.h"
#include "storage/isms_file.h"

#include <optional>
#include <string>
#include <vector>

namespace isms::storage {

namespace sql {
class Connection;
}

// Whether the file has this table (a schema-3 file read as it is has none of schema 4's).
Result<bool> hasTable(sql::Connection& db, const std::string& name);

// SHA-256 over a snapshot's rows in risk id order, every value of each: what a snapshot entry
// of the change log records.
std::string snapshotSha256(std::vector<SnapshotRow> rows);

Result<void> keepMethodology(sql::Connection& db, RecordId assessmentId, const std::string& methodologyJson);
// The kept methodology's JSON; nullopt for an assessment without one.
Result<std::optional<std::string>> keptMethodologyJson(sql::Connection& db, RecordId assessmentId);
// Every kept methodology's JSON by assessment id.
Result<std::vector<std::pair<RecordId, std::string>>> keptMethodologies(sql::Connection& db);
// Reads methodologyJson's form back (with SQLite's JSON functions).
Result<Methodology> methodologyFromJson(sql::Connection& db, const std::string& json);
// How many risks each assessment's snapshot holds.
Result<std::vector<std::pair<RecordId, std::int64_t>>> snapshotSizes(sql::Connection& db);

Result<void> insertSoaVersion(sql::Connection& db, const SoaVersion& version);
// Every version's header (controlCount set, controls empty), oldest first.
Result<std::vector<SoaVersion>> readSoaVersions(sql::Connection& db);
Result<std::vector<SoaVersionEntry>> readSoaVersionControls(sql::Connection& db, int number);

std::string soaControlsSha256(const std::vector<SoaVersionEntry>& controls);
// The after of a "soa_version" change-log entry: the header, the control count and their SHA-256.
std::string soaVersionJson(const SoaVersion& version);

} // namespace isms::storage
