// The background integrity check and parallel readers: an open that returns before every page is
// checked must still never write to a damaged file, and a reader on another thread must see the
// file as opened, never a half-checkpointed one, and never outlive the file's lock.

#include "test_support.h"

#include "storage/sqlite.h"

#include <catch2/catch_test_macros.hpp>
#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <future>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

using namespace isms;
using namespace isms::storage;
using namespace isms::storage::test;
using namespace std::chrono_literals;

namespace {

Result<std::unique_ptr<IsmsFile>> openInBackground(const std::filesystem::path& path,
                                                   OpenMode mode = OpenMode::ReadWrite)
{
    OpenOptions options;
    options.mode = mode;
    options.author = "Bob";
    options.integrityCheck = IntegrityCheck::Background;
    return IsmsFile::open(path, options, testClock());
}

Record risk(const IsmsFile& file, const std::string& title)
{
    const auto& risks = file.catalogue().get("risks");
    Record r = Record::blank(risks);
    r.set(risks, "title", title);
    return r;
}

std::int64_t riskCount(const IsmsFile& file)
{
    return file.count(file.catalogue().get("risks")).value();
}

// `count` risks titled PREFIX0, PREFIX1..., one write each (as a user's edits would be).
void addRisks(IsmsFile& file, const std::string& prefix, int count)
{
    for (int i = 0; i < count; ++i)
        REQUIRE(file.insert(file.catalogue().get("risks"), risk(file, prefix + std::to_string(i))).ok());
}

// A file of `count` risks, closed.
void makeFile(const std::filesystem::path& path, int count)
{
    auto file = createFile(path);
    REQUIRE(file->transaction([&]() -> Result<void> {
                    for (int i = 0; i < count; ++i)
                        if (auto r = file->insert(file->catalogue().get("risks"), risk(*file, "Risk " + std::to_string(i))); !r)
                            return r.error();
                    return {};
                }).ok());
}

// `good` with garbage over every third page from the third on: SQLite opens it, quick_check fails.
std::filesystem::path damagedCopy(const TempDir& dir, const std::filesystem::path& good)
{
    std::string bytes = readBytes(good);
    REQUIRE(bytes.size() > 16 * 4096);
    for (std::size_t page = 2; page * 4096 < bytes.size(); page += 3)
        for (std::size_t i = 0; i < 1000; ++i)
            bytes[page * 4096 + 100 + i] = static_cast<char>((i * 7919 + page) & 0xff);
    const auto damaged = dir / "damaged.isms";
    writeBytes(damaged, bytes);
    return damaged;
}

} // namespace

TEST_CASE("an intact file opened with a background check is usable at once and passes", "[parallel][integrity]")
{
    TempDir dir;
    makeFile(dir / "f.isms", 200);
    for (const OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
        auto file = openInBackground(dir / "f.isms", mode);
        REQUIRE(file.ok());
        CHECK(riskCount(**file) == 200);
        CHECK((*file)->integrityVerdict().get().ok());
    }
    auto file = openInBackground(dir / "f.isms");
    REQUIRE((*file)->insert((*file)->catalogue().get("risks"), risk(**file, "Written at once")).ok());
    CHECK(riskCount(**file) == 201);
}

TEST_CASE("a damaged file opened with a background check refuses every write and stays unchanged",
          "[parallel][integrity][corpus]")
{
    TempDir dir;
    makeFile(dir / "good.isms", 2000);
    const auto damaged = damagedCopy(dir, dir / "good.isms");
    const std::string bytes = readBytes(damaged);
    const auto written = mtime(damaged);
    const auto listing = dir.listing();
    for (const OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
        {
            auto file = openInBackground(damaged, mode);
            INFO((file ? std::string() : file.error().message));
            REQUIRE(file.ok());  // the header is intact: only the page check finds the damage
            const Result<void> verdict = (*file)->integrityVerdict().get();
            REQUIRE_FALSE(verdict.ok());
            CHECK(verdict.error().code == ErrorCode::Corrupt);
            CHECK(verdict.error().message.find(damaged.string()) != std::string::npos);
            CHECK(verdict.error().message.find("damaged") != std::string::npos);
            if (mode == OpenMode::ReadWrite) {
                auto refused = (*file)->insert((*file)->catalogue().get("risks"), risk(**file, "Never"));
                REQUIRE_FALSE(refused.ok());
                CHECK(refused.error().code == ErrorCode::Corrupt);
                CHECK((*file)->setOrganisation("Never").error().code == ErrorCode::Corrupt);
                CHECK((*file)->transaction([] { return Result<void>(); }).error().code == ErrorCode::Corrupt);
            }
        }
        CHECK(readBytes(damaged) == bytes);
        CHECK(mtime(damaged) == written);
        CHECK(dir.listing() == listing);
    }
}

TEST_CASE("the committed damaged-log sample opens in the background and fails the check", "[parallel][corpus]")
{
    TempDir dir;
    const auto path = dir / "damaged-log.isms";
    std::filesystem::copy_file(std::filesystem::path(ISMS_TEST_DATA_DIR) / "damaged-log.isms", path);
    const std::string bytes = readBytes(path);
    {
        auto file = openInBackground(path);
        REQUIRE(file.ok());
        CHECK((*file)->loadAll().ok());  // the damage is in a change-log page nothing else reads
        const Result<void> verdict = (*file)->integrityVerdict().get();
        REQUIRE_FALSE(verdict.ok());
        CHECK(verdict.error().code == ErrorCode::Corrupt);
        CHECK((*file)->setOrganisation("Never").error().code == ErrorCode::Corrupt);
    }
    CHECK(readBytes(path) == bytes);
}

TEST_CASE("a file with changes pending in its -wal is checked at open", "[parallel][integrity]")
{
    TempDir dir;
    makeFile(dir / "f.isms", 10);
    {
        // A crash: a writer leaves its -wal behind, never checkpointed. Copying the pair while
        // the writer still holds them gives the file a crash would leave.
        auto writer = sql::Connection::open((dir / "f.isms").string(), SQLITE_OPEN_READWRITE);
        REQUIRE(writer.ok());
        REQUIRE((*writer)->exec("PRAGMA journal_mode = WAL").ok());
        REQUIRE((*writer)->exec("PRAGMA wal_autocheckpoint = 0").ok());
        REQUIRE((*writer)->exec("UPDATE meta SET value = 'After the crash' WHERE key = 'organisation'").ok());
        std::filesystem::copy_file(dir / "f.isms", dir / "crashed.isms");
        std::filesystem::copy_file(dir / "f.isms-wal", dir / "crashed.isms-wal");
    }
    auto file = openInBackground(dir / "crashed.isms");
    REQUIRE(file.ok());
    CHECK((*file)->info().organisation == "After the crash");
    CHECK((*file)->integrityVerdict().wait_for(0s) == std::future_status::ready);
    CHECK((*file)->integrityVerdict().get().ok());
    auto reader = (*file)->openParallelReader();
    REQUIRE_FALSE(reader.ok());
    CHECK(reader.error().code == ErrorCode::Conflict);
}

TEST_CASE("a parallel reader sees the file as opened while the file is written", "[parallel]")
{
    TempDir dir;
    makeFile(dir / "f.isms", 300);
    auto file = openInBackground(dir / "f.isms");
    REQUIRE(file.ok());
    auto reader = (*file)->openParallelReader();
    REQUIRE(reader.ok());
    CHECK((*reader)->readOnly());

    auto loaded = std::async(std::launch::async, [r = std::move(*reader)]() mutable {
        auto data = r->loadAll();
        r.reset();  // on its own thread, as soon as its work is done
        return data;
    });
    addRisks(**file, "New ", 20);
    auto data = loaded.get();
    REQUIRE(data.ok());
    CHECK(data->of("risks").size() == 300);
    CHECK(riskCount(**file) == 320);

    // After a write the database file no longer holds everything.
    auto late = (*file)->openParallelReader();
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().code == ErrorCode::Conflict);
}

TEST_CASE("no checkpoint rewrites the database file while a parallel reader is open", "[parallel]")
{
    TempDir dir;
    makeFile(dir / "f.isms", 50);
    const std::string before = readBytes(dir / "f.isms");
    auto file = openInBackground(dir / "f.isms");
    REQUIRE(file.ok());
    REQUIRE((*file)->integrityVerdict().get().ok());
    auto reader = (*file)->openParallelReader();
    REQUIRE(reader.ok());

    // Far more than SQLite's automatic checkpoint threshold of 1000 pages.
    const std::string longText(3000, 'x');
    addRisks(**file, longText, 1500);
    CHECK(readBytes(dir / "f.isms") == before);
    CHECK(riskCount(**reader) == 50);
    CHECK((*reader)->check()->healthy());
    reader->reset();

    // With the reader gone, checkpoints resume.
    addRisks(**file, longText + "after", 300);
    CHECK(readBytes(dir / "f.isms") != before);
    file->reset();
    auto reopened = IsmsFile::open(dir / "f.isms", OpenOptions{}, testClock());
    REQUIRE(reopened.ok());
    CHECK(riskCount(**reopened) == 50 + 1500 + 300);
    CHECK((*reopened)->check()->healthy());
}

TEST_CASE("closing the file interrupts a parallel reader and waits for it", "[parallel]")
{
    TempDir dir;
    makeFile(dir / "f.isms", 3000);
    auto file = openInBackground(dir / "f.isms");
    REQUIRE(file.ok());
    auto reader = (*file)->openParallelReader();
    REQUIRE(reader.ok());
    std::atomic<bool> reading{false};
    auto stopped = std::async(std::launch::async, [&reading, r = std::move(*reader)]() mutable {
        Result<IsmsData> data = makeError(ErrorCode::Internal, "not read");
        do {  // reads until the close stops it
            reading = true;
            data = r->loadAll();
        } while (data.ok());
        r.reset();
        return data.error();
    });
    while (!reading)
        std::this_thread::yield();
    file->reset();  // returns only once the reader has left
    REQUIRE(stopped.wait_for(10s) == std::future_status::ready);
    CHECK_FALSE(stopped.get().message.empty());
    auto reopened = IsmsFile::open(dir / "f.isms", OpenOptions{}, testClock());
    REQUIRE(reopened.ok());
    CHECK(riskCount(**reopened) == 3000);
}

TEST_CASE("closing during the background check stops it without calling the file damaged", "[parallel][integrity]")
{
    TempDir dir;
    makeFile(dir / "f.isms", 3000);
    std::shared_future<Result<void>> verdict;
    {
        auto file = openInBackground(dir / "f.isms");
        REQUIRE(file.ok());
        verdict = (*file)->integrityVerdict();
    }
    REQUIRE(verdict.wait_for(0s) == std::future_status::ready);
    if (!verdict.get().ok())  // unless the check finished first
        CHECK(verdict.get().error().code != ErrorCode::Corrupt);
}

TEST_CASE("the lock on a file open for editing outlives its parallel readers", "[parallel][lock]")
{
    TempDir dir;
    makeFile(dir / "f.isms", 10);
    auto file = openInBackground(dir / "f.isms");
    REQUIRE(file.ok());
    REQUIRE((*file)->integrityVerdict().get().ok());  // the check's reader has closed too
    {
        auto reader = (*file)->openParallelReader();
        REQUIRE(reader.ok());
        CHECK(riskCount(**reader) == 10);
    }
    const std::string path = (dir / "f.isms").string();
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        auto other = IsmsFile::open(path, OpenOptions{}, testClock());
        ::_exit(!other.ok() && other.error().code == ErrorCode::Locked ? 0 : 1);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK((*file)->insert((*file)->catalogue().get("risks"), risk(**file, "Still ours")).ok());
}

TEST_CASE("a read-only file read in parallel writes nothing beside it", "[parallel][readonly]")
{
    TempDir dir;
    makeFile(dir / "f.isms", 100);
    const std::string bytes = readBytes(dir / "f.isms");
    const auto written = mtime(dir / "f.isms");
    const auto listing = dir.listing();
    {
        auto file = openInBackground(dir / "f.isms", OpenMode::ReadOnly);
        REQUIRE(file.ok());
        auto reader = (*file)->openParallelReader();
        REQUIRE(reader.ok());
        auto count = std::async(std::launch::async, [r = std::move(*reader)]() mutable {
            const auto n = riskCount(*r);
            r.reset();
            return n;
        });
        CHECK(count.get() == 100);
        CHECK((*file)->integrityVerdict().get().ok());
    }
    CHECK(readBytes(dir / "f.isms") == bytes);
    CHECK(mtime(dir / "f.isms") == written);
    CHECK(dir.listing() == listing);
}
