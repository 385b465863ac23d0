#pragma once
// Schema upgrades: ordered steps from one user_version to the next, all run in ONE transaction
// after a byte copy of the file is taken beside it (<name>.v<old>.bak). A failing step rolls
// everything back and leaves the file as it was.

#include "domain/result.h"

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace isms::storage {

namespace sql {
class Connection;
}

// The oldest schema this program reads as it is (read-only, e.g. an audit copy, which is never
// migrated): schema 2 changed only what the change log holds; schema 3 the risks' columns, which
// an older file is read with through Catalogue::forSchema.
inline constexpr int kOldestReadableSchema = 1;

struct MigrationStep {
    int fromVersion = 0;  // upgrades fromVersion -> fromVersion + 1
    std::string description;
    std::function<Result<void>(sql::Connection&)> apply;
};

struct MigrationPlan {
    int targetVersion = 0;  // the newest schema this program reads and writes
    std::vector<MigrationStep> steps;
};

// The plan of this program: kSchemaVersion, and the steps that lead to it.
const MigrationPlan& standardMigrationPlan();
// The plan IsmsFile::open follows: the standard one unless a test replaced it.
const MigrationPlan& activeMigrationPlan();

// Replaces the active plan while it lives, so tests can upgrade to a pretend next version.
class ScopedMigrationPlan {
public:
    explicit ScopedMigrationPlan(MigrationPlan plan);
    ~ScopedMigrationPlan();
    ScopedMigrationPlan(const ScopedMigrationPlan&) = delete;
    ScopedMigrationPlan& operator=(const ScopedMigrationPlan&) = delete;

private:
    MigrationPlan m_plan;
    const MigrationPlan* m_previous;
};

// "<name>.v<old>.bak" beside the file; "<name>.v<old>.2.bak" and so on when that exists.
std::filesystem::path backupPathFor(const std::filesystem::path& file, int fromVersion);

// Runs the steps from `fromVersion` to the plan's target and sets user_version, in one
// transaction. The caller holds the file's exclusive lock and has taken the backup.
Result<void> runMigrations(sql::Connection& db, int fromVersion, const MigrationPlan& plan);

} // namespace isms::storage
