#pragma once
// check()'s part for schema 4's assessment runs and SoA versions: each snapshot hashes to the
// SHA-256 its entry logged, each kept methodology is the one logged with it, and each SoA
// version (header and frozen controls) is what its "soa_version" entry says. A change made
// behind the program's back (the sqlite3 shell) is a plain-words problem.

#include "domain/catalogue.h"
#include "domain/result.h"
#include "storage/history_replay.h"
#include "storage/record_replay.h"

#include <map>
#include <string>

namespace isms::storage {

namespace sql {
class Connection;
}

Result<void> compareKeptRuns(sql::Connection& db, const Catalogue& catalogue,
                             const std::map<std::int64_t, SnapshotLogged>& history, Findings& findings);

Result<void> compareSoaVersions(sql::Connection& db, const std::map<std::int64_t, std::string>& history,
                                Findings& findings);

} // namespace isms::storage
