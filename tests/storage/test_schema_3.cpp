// Schema 3: the risks' planned_controls text becomes risk_controls links and a note. The pinned
// schema-1 and schema-2 samples migrate (a backup first) and stay healthy; read-only they are
// read as they are; a migration killed midway leaves the file at schema 2.

#include "test_support.h"

#include "domain/annex_a.h"
#include "storage/migration_3.h"
#include "storage/migrations.h"
#include "storage/sqlite.h"

#include <catch2/catch_test_macros.hpp>
#include <sqlite3.h>

#include <csignal>
#include <map>
#include <set>

#include <sys/wait.h>
#include <unistd.h>

using namespace isms;
using namespace isms::storage;
using namespace isms::storage::test;

namespace {

std::filesystem::path sample(const std::string& name) { return std::filesystem::path(ISMS_TEST_DATA_DIR) / name; }

// Each risk's ref -> the refs of the controls it is linked to.
std::map<std::string, std::set<std::string>> riskControls(IsmsFile& file)
{
    std::map<std::string, std::set<std::string>> out;
    const auto& risks = file.catalogue().get("risks");
    const auto& controls = file.catalogue().get("controls");
    const auto all = file.list(risks);
    REQUIRE(all.ok());
    for (const auto& risk : *all) {
        auto& linked = out[risk.ref];
        const auto links = file.links("risks", risk.id);
        REQUIRE(links.ok());
        for (const auto& l : *links)
            if (l.link == "risk_controls")
                linked.insert(file.get(controls, l.toId)->ref);
    }
    return out;
}

std::string notesOf(IsmsFile& file, const std::string& ref)
{
    const auto& risks = file.catalogue().get("risks");
    return (*file.findByRef(risks, ref))->text(risks, "notes");
}

constexpr const char* kPrefix = "Planned controls (before schema 3): ";

} // namespace

TEST_CASE("planned controls text is read into Annex A ids and whether anything else is there", "[schema3]")
{
    auto r = readPlannedControls("A.5.15, A.8.2 and also MFA rollout");
    CHECK(r.annexAIds == std::vector<std::string>{"A.5.15", "A.8.2"});
    CHECK(r.otherText);
    r = readPlannedControls("Annex A A.5.10 A.8.1 A.6.3");
    CHECK(r.annexAIds == std::vector<std::string>{"A.5.10", "A.8.1", "A.6.3"});
    CHECK_FALSE(r.otherText);
    r = readPlannedControls("A.5.15; A.5.15 & A.8.2.");
    CHECK(r.annexAIds == std::vector<std::string>{"A.5.15", "A.8.2"});
    CHECK_FALSE(r.otherText);
    r = readPlannedControls("A.8.5 and A.5.99 (our own numbering)");
    CHECK(r.annexAIds == std::vector<std::string>{"A.8.5"});
    CHECK(r.otherText);
    // Not ids: glued to other text, or longer than an Annex A id.
    r = readPlannedControls("XA.5.1 A.5.1.2 A.5.1x");
    CHECK(r.annexAIds.empty());
    CHECK(r.otherText);
    CHECK_FALSE(readPlannedControls("").otherText);
    CHECK(readPlannedControls("Second supplier").otherText);
}

TEST_CASE("the pinned schema-2 sample is read as it is read-only, and migrates to links and notes", "[schema3][migrations]")
{
    TempDir dir;
    const auto path = dir / "schema-2.isms";
    std::filesystem::copy_file(sample("schema-2.isms"), path);
    const std::string original = readBytes(path);
    const auto written = mtime(path);
    {
        // Like an audit copy: not migrated, not a byte written, planned controls shown as stored.
        auto file = openFile(path, OpenMode::ReadOnly);
        CHECK(file->info().schemaVersion == 2);
        const auto& risks = file->catalogue().get("risks");
        CHECK(risks.field("planned_controls"));
        CHECK_FALSE(risks.field("notes"));
        CHECK((*file->findByRef(risks, "R-001"))->text(risks, "planned_controls") == "A.5.15, A.8.2 and also MFA rollout");
        auto report = file->check();
        REQUIRE(report.ok());
        INFO(problemsOf(*report));
        CHECK(report->problemCount == 0);
    }
    CHECK(readBytes(path) == original);
    CHECK(mtime(path) == written);
    CHECK(dir.listing() == std::vector<std::string>{"schema-2.isms"});

    auto file = openFile(path);
    REQUIRE(file->info().migratedFrom == std::optional<int>(2));
    CHECK(file->info().schemaVersion == kSchemaVersion);
    CHECK(readBytes(*file->info().backupPath) == original);
    CHECK(file->info().backupPath->filename() == "schema-2.isms.v2.bak");
    {
        auto report = file->check();
        REQUIRE(report.ok());
        INFO(problemsOf(*report));
        CHECK(report->healthy());
    }
    const auto& risks = file->catalogue().get("risks");
    CHECK_FALSE(risks.field("planned_controls"));
    const std::map<std::string, std::set<std::string>> expected = {
        {"R-001", {"A.5.15", "A.8.2"}},  // A.8.2 was linked already: still one link
        {"R-002", {"A.5.10", "A.6.3", "A.8.1"}},
        {"R-003", {}},
        {"R-004", {}},
        {"R-005", {"A.8.5"}},  // A.5.99 is not an Annex A control
    };
    const auto linked = riskControls(*file);
    for (const auto& [ref, refs] : expected) {
        INFO(ref);
        CHECK(linked.at(ref) == refs);
    }
    CHECK(notesOf(*file, "R-001") == std::string(kPrefix) + "A.5.15, A.8.2 and also MFA rollout");
    CHECK(notesOf(*file, "R-002").empty());  // only ids: nothing else to keep
    CHECK(notesOf(*file, "R-003") == std::string(kPrefix) + "Second supplier for hosting; exit plan");
    CHECK(notesOf(*file, "R-004").empty());
    CHECK(notesOf(*file, "R-005") == std::string(kPrefix) + "A.8.5 and A.5.99 (our own numbering)");

    // The history says so, entry by entry: four new links and an update of each risk with text.
    auto history = file->history(std::string(), 0, 20);
    REQUIRE(history.ok());
    int links = 0, updates = 0;
    for (const auto& e : *history) {
        if (e.author != "ISMS Desk (schema upgrade)")
            continue;
        if (e.action == "link")
            ++links;
        if (e.action == "update") {
            ++updates;
            CHECK(e.before.find("\"planned_controls\":") != std::string::npos);
            CHECK(e.after.find("\"planned_controls\":null") != std::string::npos);
        }
    }
    CHECK(links == 5);  // A.5.15; A.5.10, A.8.1, A.6.3; A.8.5
    CHECK(updates == 4);
    file.reset();

    // The upgraded file's raw table has no planned_controls column, and sqlite3 can read it.
    auto db = sql::Connection::open(path.string(), SQLITE_OPEN_READONLY);
    REQUIRE(db.ok());
    CHECK((*db)->queryInt("SELECT count(*) FROM pragma_table_info('r_risks') WHERE name = 'planned_controls'").value() == 0);
    CHECK((*db)->queryInt("SELECT count(*) FROM sqlite_schema WHERE sql LIKE '%isms_ref%'").value() == 0);
    db->reset();
    // After the upgrade, a note changed behind the program's back is caught like any field.
    rawSql(path, "UPDATE r_risks SET notes = 'forged' WHERE ref = 'R-003'");
    auto again = openFile(path, OpenMode::ReadOnly);
    auto report = again->check();
    REQUIRE(report.ok());
    CHECK_FALSE(report->healthy());
}

TEST_CASE("the pinned schema-1 sample migrates through schema 2 and 3 to the latest and stays healthy", "[schema3][schema1]")
{
    TempDir dir;
    const auto path = dir / "schema-1.isms";
    std::filesystem::copy_file(sample("schema-1.isms"), path);
    auto file = openFile(path);
    REQUIRE(file->info().migratedFrom == std::optional<int>(1));
    CHECK(file->info().schemaVersion == kSchemaVersion);
    auto report = file->check();
    REQUIRE(report.ok());
    INFO(problemsOf(*report));
    CHECK(report->healthy());
}

TEST_CASE("a migration to schema 3 killed midway leaves the file at schema 2, intact", "[schema3][migrations][kill]")
{
    TempDir dir;
    const auto path = dir / "schema-2.isms";
    std::filesystem::copy_file(sample("schema-2.isms"), path);
    const std::string original = readBytes(path);

    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        // The real step, then death before the transaction commits.
        MigrationPlan plan = standardMigrationPlan();
        for (auto& step : plan.steps)
            if (step.fromVersion == 2) {
                auto real = step.apply;
                step.apply = [real](sql::Connection& db) -> Result<void> {
                    if (auto r = real(db); !r)
                        ::_exit(3);
                    ::kill(::getpid(), SIGKILL);
                    return {};
                };
            }
        ScopedMigrationPlan scoped(plan);
        auto opened = IsmsFile::open(path, OpenOptions{}, testClock());
        ::_exit(opened ? 0 : 4);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGKILL);
    // Nothing of the unfinished transaction reached the database file itself.
    CHECK(readBytes(path) == original);

    // Read as it is: schema 2, its history intact, the text still there.
    {
        auto file = openFile(path, OpenMode::ReadOnly);
        CHECK(file->info().schemaVersion == 2);
        auto report = file->check();
        REQUIRE(report.ok());
        INFO(problemsOf(*report));
        CHECK(report->problemCount == 0);
        const auto& risks = file->catalogue().get("risks");
        CHECK((*file->findByRef(risks, "R-003"))->text(risks, "planned_controls") == "Second supplier for hosting; exit plan");
    }
    // The backup taken before the step holds the original bytes; the next editor upgrades.
    CHECK(readBytes(dir / "schema-2.isms.v2.bak") == original);
    auto file = openFile(path);
    CHECK(file->info().migratedFrom == std::optional<int>(2));
    auto report = file->check();
    REQUIRE(report.ok());
    INFO(problemsOf(*report));
    CHECK(report->healthy());
}

TEST_CASE("an audit copy made before schema 3 still verifies and opens read-only, never migrated", "[schema3][audit]")
{
    TempDir dir;
    const auto source = sample("audit-copies");
    for (const char* name : {"audit-copy-signed.isms", "audit-copy-signed.isms.sha256"})
        std::filesystem::copy_file(source / name, dir / name);
    const auto path = dir / "audit-copy-signed.isms";
    const std::string original = readBytes(path);
    const auto written = mtime(path);
    const auto listing = dir.listing();
    auto report = IsmsFile::verifyAuditCopy(path);
    REQUIRE(report.ok());
    CHECK(report->verified());
    {
        OpenOptions options;
        options.readOnlyIfAuditCopy = true;  // what the application does for a copy
        auto opened = IsmsFile::open(path, options, testClock());
        REQUIRE(opened.ok());
        auto& file = **opened;
        CHECK(file.readOnly());
        CHECK(file.info().schemaVersion < kSchemaVersion);  // the committed copy is older still
        CHECK_FALSE(file.info().migratedFrom.has_value());
        const auto& risks = file.catalogue().get("risks");
        CHECK(risks.field("planned_controls"));
        CHECK(file.loadAll().ok());
        auto check = file.check();
        REQUIRE(check.ok());
        CHECK(check->problemCount == 0);
    }
    CHECK(readBytes(path) == original);
    CHECK(mtime(path) == written);
    CHECK(dir.listing() == listing);
}
