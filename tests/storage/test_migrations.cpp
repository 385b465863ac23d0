// Schema upgrades: a backup first, all steps in one transaction, the file untouched on failure.

#include "test_support.h"

#include "storage/migrations.h"
#include "storage/sqlite.h"

#include <catch2/catch_test_macros.hpp>
#include <sqlite3.h>

using namespace isms;
using namespace isms::storage;
using namespace isms::storage::test;

namespace {

// A pretend next version: the current schema plus whatever `step` does.
constexpr int kNext = kSchemaVersion + 1;
MigrationPlan planToNextVersion(std::function<Result<void>(sql::Connection&)> step)
{
    return MigrationPlan{kNext, {MigrationStep{kSchemaVersion, "add a notes table", std::move(step)}}};
}

} // namespace

TEST_CASE("a current file is upgraded to a next version after a backup of its bytes", "[migrations]")
{
    TempDir dir;
    const auto path = dir / "old.isms";
    {
        auto file = createFile(path);
        minimalRecord(*file, "risks");
    }
    const std::string original = readBytes(path);
    ScopedMigrationPlan plan(planToNextVersion([](sql::Connection& db) {
        return db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL) STRICT");
    }));
    {
        auto file = openFile(path);
        const FileInfo info = file->info();
        REQUIRE(info.migratedFrom.has_value());
        CHECK(*info.migratedFrom == kSchemaVersion);
        REQUIRE(info.backupPath.has_value());
        CHECK(*info.backupPath == dir / ("old.isms.v" + std::to_string(kSchemaVersion) + ".bak"));
        CHECK(readBytes(*info.backupPath) == original);
        CHECK(info.schemaVersion == kNext);
        CHECK(file->count(file->catalogue().get("risks")).value() == 1);
    }
    auto db = sql::Connection::open(path.string(), SQLITE_OPEN_READONLY);
    REQUIRE(db.ok());
    CHECK((*db)->queryInt("PRAGMA user_version").value() == kNext);
    CHECK((*db)->queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'notes'").value() == 1);
    db->reset();

    // Opening again does not upgrade or back up a second time.
    auto again = openFile(path);
    CHECK_FALSE(again->info().migratedFrom.has_value());
    CHECK_FALSE(std::filesystem::exists(dir / ("old.isms.v" + std::to_string(kSchemaVersion) + ".2.bak")));
}

TEST_CASE("a failing upgrade leaves the file untouched", "[migrations]")
{
    TempDir dir;
    const auto path = dir / "fail.isms";
    {
        auto file = createFile(path);
        minimalRecord(*file, "risks");
    }
    const std::string original = readBytes(path);
    ScopedMigrationPlan plan(planToNextVersion([](sql::Connection& db) -> Result<void> {
        if (auto r = db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY) STRICT; DELETE FROM r_risks"); !r)
            return r;
        return db.exec("THIS IS NOT SQL");
    }));
    OpenOptions options;
    auto opened = IsmsFile::open(path, options, testClock());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.find("could not be upgraded and was left as it was") != std::string::npos);
    CHECK(opened.error().message.find("add a notes table") != std::string::npos);
    CHECK(readBytes(path) == original);
    CHECK(dir.listing() == std::vector<std::string>{"fail.isms"});
}

TEST_CASE("an old file is not upgraded when migration is not allowed or the open is read-only", "[migrations]")
{
    TempDir dir;
    const auto path = dir / "keep.isms";
    createFile(path).reset();
    const std::string original = readBytes(path);
    ScopedMigrationPlan plan(planToNextVersion([](sql::Connection& db) { return db.exec("CREATE TABLE notes (id INTEGER)"); }));
    OpenOptions noUpgrade;
    noUpgrade.allowMigration = false;
    auto refused = IsmsFile::open(path, noUpgrade, testClock());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.find("older version") != std::string::npos);
    // A read-only open (an audit copy) reads the older schema as it is, never migrating it.
    OpenOptions readOnly;
    readOnly.mode = OpenMode::ReadOnly;
    auto read = IsmsFile::open(path, readOnly, testClock());
    REQUIRE(read.ok());
    CHECK((*read)->info().schemaVersion == kSchemaVersion);
    read->reset();
    CHECK(readBytes(path) == original);
    CHECK(dir.listing() == std::vector<std::string>{"keep.isms"});
}
