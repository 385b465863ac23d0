// Creating and opening: exclusive read-write, read-only that writes nothing, and every bad file
// refused with a message that names it, leaving it byte-identical.

#include "test_support.h"

#include "storage/sqlite.h"

#include <catch2/catch_test_macros.hpp>
#include <sqlite3.h>

#include <sys/wait.h>
#include <unistd.h>

using namespace isms;
using namespace isms::storage;
using namespace isms::storage::test;

namespace {

Result<std::unique_ptr<IsmsFile>> tryOpen(const std::filesystem::path& path, OpenMode mode = OpenMode::ReadWrite)
{
    OpenOptions options;
    options.mode = mode;
    options.author = "Bob";
    return IsmsFile::open(path, options, testClock());
}

std::filesystem::path corpus(const std::string& name)
{
    return std::filesystem::path(ISMS_TEST_DATA_DIR) / name;
}

// Opens `file` in both modes; each must be refused with `code`, a message naming the file, and
// the file and its folder left exactly as they were.
void requireRefused(const TempDir& dir, const std::filesystem::path& file, ErrorCode code,
                    const std::string& messagePart)
{
    const std::string bytes = readBytes(file);
    const auto listing = dir.listing();
    const auto written = mtime(file);
    for (const OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
        auto opened = tryOpen(file, mode);
        REQUIRE_FALSE(opened.ok());
        INFO(opened.error().message);
        CHECK(opened.error().code == code);
        CHECK(opened.error().message.find(file.string()) != std::string::npos);
        CHECK(opened.error().message.find(messagePart) != std::string::npos);
        CHECK(readBytes(file) == bytes);
        CHECK(dir.listing() == listing);
        CHECK(mtime(file) == written);
    }
}

void addRisk(IsmsFile& file, const std::string& title)
{
    const auto& risks = file.catalogue().get("risks");
    Record r = Record::blank(risks);
    r.set(risks, "title", title);
    REQUIRE(file.insert(risks, r).ok());
}

} // namespace

TEST_CASE("create writes the file metadata and the default methodology, and never overwrites", "[open]")
{
    TempDir dir;
    {
        auto file = createFile(dir / "new.isms", "Carol");
        const FileInfo info = file->info();
        CHECK(info.organisation == "Example Ltd");
        CHECK(info.schemaVersion == kSchemaVersion);
        CHECK(info.createdAt == testClock().nowUtc());
        CHECK_FALSE(info.auditCopy);
        CHECK(info.lastChangeAt == testClock().nowUtc());
        CHECK(file->methodology()->matrix == Methodology::preset5x5().matrix);
        // Creation is logged like any edit: the file settings, then the methodology.
        const auto history = file->history().value();
        REQUIRE(history.size() == 2);
        CHECK(history[1].action == "meta");
        CHECK(history[1].after.find("\"organisation\":\"Example Ltd\"") != std::string::npos);
        CHECK(history[0].action == "methodology");
        CHECK(file->check()->healthy());
    }
    const std::string bytes = readBytes(dir / "new.isms");
    auto again = IsmsFile::create(dir / "new.isms", CreateOptions{"Other", "Eve"}, testClock());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(readBytes(dir / "new.isms") == bytes);

    auto unnamed = IsmsFile::create(dir / "unnamed.isms", CreateOptions{"  ", "Eve"}, testClock());
    REQUIRE_FALSE(unnamed.ok());
    CHECK(unnamed.error().code == ErrorCode::Invalid);
    CHECK_FALSE(std::filesystem::exists(dir / "unnamed.isms"));

    auto nowhere = IsmsFile::create(dir / "missing-folder" / "x.isms", CreateOptions{"Org", "Eve"}, testClock());
    REQUIRE_FALSE(nowhere.ok());
    CHECK(nowhere.error().code == ErrorCode::Io);
}

TEST_CASE("the file header carries our application id, schema version and WAL mode", "[open]")
{
    TempDir dir;
    createFile(dir / "h.isms").reset();
    auto db = sql::Connection::open((dir / "h.isms").string(), SQLITE_OPEN_READONLY);
    REQUIRE(db.ok());
    CHECK((*db)->queryInt("PRAGMA application_id").value() == kApplicationId);
    CHECK((*db)->queryInt("PRAGMA user_version").value() == kSchemaVersion);
    CHECK((*db)->queryText("PRAGMA journal_mode").value() == "wal");
    CHECK((*db)->queryText("SELECT sql FROM sqlite_schema WHERE name = 'r_risks'").value().find("STRICT") != std::string::npos);
    CHECK((*db)->queryText("SELECT sql FROM sqlite_schema WHERE name = 'r_risks'").value().find("REFERENCES r_people(id)") != std::string::npos);
    CHECK((*db)->queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'r_risks__owner'").value() == 1);
}

TEST_CASE("a file open for editing is locked against a second editor in this process, not a reader", "[open][lock]")
{
    TempDir dir;
    auto first = createFile(dir / "locked.isms");
    addRisk(*first, "One");
    auto second = tryOpen(dir / "locked.isms", OpenMode::ReadWrite);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().code == ErrorCode::Locked);
    CHECK(second.error().message == "\"" + (dir / "locked.isms").string()
              + "\" is open in another program (perhaps another ISMS Desk window). Close it there, or open it read-only.");
    {
        // A reader beside the editor sees the last commit.
        auto reader = tryOpen(dir / "locked.isms", OpenMode::ReadOnly);
        REQUIRE(reader.ok());
        CHECK((*reader)->count((*reader)->catalogue().get("risks")).value() == 1);
        addRisk(*first, "Two");
        CHECK((*reader)->count((*reader)->catalogue().get("risks")).value() == 2);
    }
    first.reset();
    auto now = tryOpen(dir / "locked.isms");
    REQUIRE(now.ok());
    CHECK((*now)->count((*now)->catalogue().get("risks")).value() == 2);
}

TEST_CASE("a file open for editing is locked against another process", "[open][lock]")
{
    TempDir dir;
    auto first = createFile(dir / "p.isms");
    const std::string path = (dir / "p.isms").string();
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        OpenOptions options;
        auto other = IsmsFile::open(path, options, testClock());
        ::_exit(!other.ok() && other.error().code == ErrorCode::Locked ? 0 : 1);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
}

TEST_CASE("a file read-only on disk is refused for editing with advice", "[open]")
{
    TempDir dir;
    createFile(dir / "ro.isms").reset();
    std::filesystem::permissions(dir / "ro.isms", std::filesystem::perms::owner_read | std::filesystem::perms::group_read);
    auto opened = tryOpen(dir / "ro.isms");
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::ReadOnly);
    CHECK(opened.error().message.find("Open it read-only") != std::string::npos);
    auto readOnly = tryOpen(dir / "ro.isms", OpenMode::ReadOnly);
    CHECK(readOnly.ok());
}

TEST_CASE("read-only opens change not one byte, no mtime and no -wal or -shm", "[open][readonly]")
{
    TempDir dir;
    const auto path = dir / "audit.isms";
    {
        auto file = createFile(path);
        addRisk(*file, "Written in WAL mode");
        REQUIRE(file->exportAuditCopy(dir / "export.isms").ok());
    }
    for (const auto& target : {path, dir / "export.isms"}) {
        INFO(target.string());
        const std::string bytes = readBytes(target);
        const auto written = mtime(target);
        const auto listing = dir.listing();
        {
            auto file = openFile(target, OpenMode::ReadOnly, "Auditor");
            CHECK(file->readOnly());
            const auto& risks = file->catalogue().get("risks");
            CHECK(file->count(risks).value() == 1);
            CHECK(file->loadAll().ok());
            CHECK(file->check()->healthy());
            CHECK(file->history()->size() == 3);
            CHECK(dir.listing() == listing);

            // Every write is refused as read-only.
            Record r = Record::blank(risks);
            r.set(risks, "title", std::string("Nope"));
            CHECK(file->insert(risks, r).error().code == ErrorCode::ReadOnly);
            auto existing = file->list(risks).value().front();
            CHECK(file->update(risks, existing).error().code == ErrorCode::ReadOnly);
            CHECK(file->remove(risks, existing.id).error().code == ErrorCode::ReadOnly);
            CHECK(file->restore(risks, Removed{"risks", existing, {}, {}}).error().code == ErrorCode::ReadOnly);
            CHECK(file->setOrganisation("X").error().code == ErrorCode::ReadOnly);
            CHECK(file->setMethodology(Methodology::preset(4)).error().code == ErrorCode::ReadOnly);
            CHECK(file->attach("risks", existing.id, "a.txt", "text/plain", {}).error().code == ErrorCode::ReadOnly);
            CHECK(file->detach(1).error().code == ErrorCode::ReadOnly);
            CHECK(file->link(file->catalogue().link("risk_assets"), existing.id, "assets", 1).error().code
                  == ErrorCode::ReadOnly);
            CHECK(file->unlink(file->catalogue().link("risk_assets"), existing.id, "assets", 1).error().code
                  == ErrorCode::ReadOnly);
            CHECK(file->snapshotRisks(1).error().code == ErrorCode::ReadOnly);
            CHECK(file->transaction([] { return Result<void>(); }).error().code == ErrorCode::ReadOnly);
        }
        CHECK(readBytes(target) == bytes);
        CHECK(mtime(target) == written);
        CHECK(dir.listing() == listing);
    }
}

TEST_CASE("file names with URI characters open read-only and read-write", "[open][readonly]")
{
    TempDir dir;
    const auto path = dir / "Client 50% #1?.isms";
    createFile(path).reset();
    const std::string bytes = readBytes(path);
    {
        auto file = openFile(path, OpenMode::ReadOnly);
        CHECK(file->info().organisation == "Example Ltd");
    }
    CHECK(readBytes(path) == bytes);
    CHECK(dir.listing() == std::vector<std::string>{"Client 50% #1?.isms"});
    auto file = openFile(path);
    CHECK(file->setOrganisation("Renamed").ok());
}

TEST_CASE("two read-only opens of the same closed file can coexist", "[open][readonly]")
{
    TempDir dir;
    createFile(dir / "shared.isms").reset();
    auto a = openFile(dir / "shared.isms", OpenMode::ReadOnly);
    auto b = openFile(dir / "shared.isms", OpenMode::ReadOnly);
    CHECK(a->info().organisation == b->info().organisation);
}

TEST_CASE("bad files are refused, named, and left byte-identical", "[open][corpus]")
{
    TempDir dir;
    const auto good = dir / "good.isms";
    {
        auto file = createFile(good);
        for (int i = 0; i < 200; ++i)
            addRisk(*file, "Risk number " + std::to_string(i) + std::string(200, 'x'));
    }
    const std::string goodBytes = readBytes(good);
    REQUIRE(goodBytes.size() > 16 * 4096);

    SECTION("missing")
    {
        auto opened = tryOpen(dir / "nowhere.isms");
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == ErrorCode::NotFound);
        CHECK(opened.error().message.find("nowhere.isms") != std::string::npos);
        CHECK(dir.listing() == std::vector<std::string>{"good.isms"});
    }
    SECTION("committed corpus: text, PNG, empty and a foreign database")
    {
        for (const char* name : {"notes.txt", "picture.png", "empty.isms", "foreign.sqlite"}) {
            INFO(name);
            std::filesystem::copy_file(corpus(name), dir / name);
            requireRefused(dir, dir / name, ErrorCode::NotOurs, "not an ISMS Desk file");
        }
    }
    SECTION("committed corpus: broken .isms files")
    {
        const std::pair<const char*, ErrorCode> samples[] = {
            {"truncated.isms", ErrorCode::Corrupt},
            {"garbage-pages.isms", ErrorCode::Corrupt},
            {"damaged-log.isms", ErrorCode::Corrupt},
            {"newer-schema.isms", ErrorCode::TooNew},
            {"foreign-application-id.isms", ErrorCode::NotOurs},
        };
        for (const auto& [name, code] : samples) {
            INFO(name);
            std::filesystem::copy_file(corpus(name), dir / name);
            requireRefused(dir, dir / name, code, "");
        }
    }
    SECTION("truncated")
    {
        writeBytes(dir / "cut.isms", goodBytes.substr(0, goodBytes.size() / 2 + 100));
        requireRefused(dir, dir / "cut.isms", ErrorCode::Corrupt, "damaged");
        writeBytes(dir / "cut-on-page.isms", goodBytes.substr(0, goodBytes.size() - 8192));
        requireRefused(dir, dir / "cut-on-page.isms", ErrorCode::Corrupt, "cut short");
        writeBytes(dir / "header-only.isms", goodBytes.substr(0, 60));
        requireRefused(dir, dir / "header-only.isms", ErrorCode::Corrupt, "damaged");
    }
    SECTION("garbage written over pages")
    {
        std::string bytes = goodBytes;
        for (std::size_t page = 2; page * 4096 < bytes.size(); page += 3)
            for (std::size_t i = 0; i < 1000; ++i)
                bytes[page * 4096 + 100 + i] = static_cast<char>((i * 7919 + page) & 0xff);
        writeBytes(dir / "garbage.isms", bytes);
        requireRefused(dir, dir / "garbage.isms", ErrorCode::Corrupt, "damaged");
    }
    SECTION("schema newer than this program")
    {
        std::filesystem::copy_file(good, dir / "new.isms");
        rawSql(dir / "new.isms", "PRAGMA user_version = 7");
        requireRefused(dir, dir / "new.isms", ErrorCode::TooNew,
                       "This file was made by a newer version of ISMS Desk (schema 7; this program reads up to " + std::to_string(kSchemaVersion) + "). "
                       "Install a newer version to open it.");
    }
    SECTION("an application id that is not ours")
    {
        std::filesystem::copy_file(good, dir / "other.isms");
        rawSql(dir / "other.isms", "PRAGMA application_id = 1234");
        requireRefused(dir, dir / "other.isms", ErrorCode::NotOurs, "not an ISMS Desk file");
    }
    SECTION("a folder named like a file")
    {
        std::filesystem::create_directory(dir / "folder.isms");
        auto opened = tryOpen(dir / "folder.isms");
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == ErrorCode::NotOurs);
    }
    CHECK(readBytes(good) == goodBytes);
}
