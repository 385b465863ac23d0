#include "storage/migrations.h"

#include "domain/clock.h"
#include "storage/file_settings.h"
#include "storage/isms_file.h"
#include "storage/migration_3.h"
#include "storage/migration_4_approvals.h"
#include "storage/migration_4_versions.h"
#include "storage/sqlite.h"

namespace isms::storage {

namespace {
const MigrationPlan* g_activePlan = nullptr;
} // namespace

const MigrationPlan& standardMigrationPlan()
{
    // Add a step here with each new version; pin its DDL in schemas/schema-<N>.sql.
    static const MigrationPlan plan{
        kSchemaVersion,
        {
            // Schema 2 logs every file setting. Schema-1 files never logged organisation (until
            // renamed), created_at, created_by or the methodology they started with: log them
            // now as a baseline, so check() can replay them. The tables are unchanged.
            MigrationStep{1, "log the file settings schema 1 did not log",
                          [](sql::Connection& db) {
                              return logUnloggedSettings(db, SystemClock().nowUtc(), "ISMS Desk (schema upgrade)");
                          }},
            // Schema 3 removes the risks' planned_controls text: its Annex A ids become links,
            // anything else it held goes to the new notes field (migration_3.h). Logged.
            MigrationStep{2, "turn the risks' planned controls into links and notes",
                          [](sql::Connection& db) {
                              return movePlannedControls(db, SystemClock().nowUtc(), "ISMS Desk (schema upgrade)");
                          }},
            // Schema 4 adds the risk owners' approvals (migration_4_approvals.h), and keeps each
            // assessment run's methodology and the SoA versions (migration_4_versions.h). The new
            // tables start empty: nothing is logged.
            MigrationStep{3, "add the risk approvals, assessment methodology and SoA version tables",
                          [](sql::Connection& db) -> Result<void> {
                              if (auto added = addApprovalTables(db); !added)
                                  return added;
                              return addVersionTables(db);
                          }},
        }};
    return plan;
}

const MigrationPlan& activeMigrationPlan()
{
    return g_activePlan ? *g_activePlan : standardMigrationPlan();
}

ScopedMigrationPlan::ScopedMigrationPlan(MigrationPlan plan)
    : m_plan(std::move(plan)), m_previous(g_activePlan)
{
    g_activePlan = &m_plan;
}

ScopedMigrationPlan::~ScopedMigrationPlan() { g_activePlan = m_previous; }

std::filesystem::path backupPathFor(const std::filesystem::path& file, int fromVersion)
{
    const std::string base = file.string() + ".v" + std::to_string(fromVersion);
    std::filesystem::path candidate = base + ".bak";
    for (int n = 2; std::filesystem::exists(candidate); ++n)
        candidate = base + "." + std::to_string(n) + ".bak";
    return candidate;
}

Result<void> runMigrations(sql::Connection& db, int fromVersion, const MigrationPlan& plan)
{
    if (auto r = db.exec("BEGIN IMMEDIATE"); !r)
        return r;
    auto fail = [&db](const std::string& message, ErrorCode code) -> Result<void> {
        (void)db.exec("ROLLBACK");
        return makeError(code, message);
    };
    for (int version = fromVersion; version < plan.targetVersion; ++version) {
        const MigrationStep* step = nullptr;
        for (const auto& s : plan.steps)
            if (s.fromVersion == version)
                step = &s;
        if (!step)
            return fail("No upgrade from schema " + std::to_string(version) + " is known.", ErrorCode::Internal);
        Result<void> applied = makeError(ErrorCode::Internal, "the upgrade step did not run");
        try {
            applied = step->apply(db);
        } catch (const std::exception& e) {
            applied = makeError(ErrorCode::Internal, e.what());
        }
        if (!applied)
            return fail("Upgrading from schema " + std::to_string(version) + " (" + step->description
                            + ") failed: " + applied.error().message,
                        applied.error().code);
    }
    if (auto r = db.exec("PRAGMA user_version = " + std::to_string(plan.targetVersion)); !r)
        return fail(r.error().message, r.error().code);
    if (auto r = db.exec("COMMIT"); !r)
        return fail(r.error().message, r.error().code);
    return {};
}

} // namespace isms::storage
