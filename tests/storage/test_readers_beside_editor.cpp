// One editor, many readers, across processes: readers see the last commit beside an editor, a
// second editor is refused or waits, a crashed editor's lock dies with it, and a crashed file in
// a read-only folder is explained.

#include "test_support.h"

#include "storage/sqlite.h"

#include <catch2/catch_test_macros.hpp>
#include <sqlite3.h>

#include <chrono>
#include <thread>

#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace isms;
using namespace isms::storage;
using namespace isms::storage::test;
using namespace std::chrono_literals;

namespace {

Result<std::unique_ptr<IsmsFile>> tryOpen(const std::filesystem::path& path, OpenMode mode,
                                          std::chrono::milliseconds wait = 0ms)
{
    OpenOptions options;
    options.mode = mode;
    options.author = "Bob";
    options.waitForEditor = wait;
    return IsmsFile::open(path, options, testClock());
}

void addRisk(IsmsFile& file, const std::string& title)
{
    const auto& risks = file.catalogue().get("risks");
    Record r = Record::blank(risks);
    r.set(risks, "title", title);
    REQUIRE(file.insert(risks, r).ok());
}

std::int64_t riskCount(IsmsFile& file)
{
    return file.count(file.catalogue().get("risks")).value();
}

// Runs `work` in a child process and returns its exit code (or -1 if it did not exit).
template <class Work>
int inChild(Work work)
{
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0)
        ::_exit(work());
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

} // namespace

TEST_CASE("another process reads beside an editor and sees the last commit", "[open][lock][readers]")
{
    TempDir dir;
    const auto path = dir / "f.isms";
    auto editor = createFile(path);
    addRisk(*editor, "Committed");
    const int code = inChild([&] {
        auto reader = tryOpen(path, OpenMode::ReadOnly);
        if (!reader || riskCount(**reader) != 1 || !(*reader)->check().value().healthy())
            return 1;
        if (!(*reader)->exportAuditCopy(dir / "copy.isms").ok() || !(*reader)->history().ok())
            return 3;
        auto second = tryOpen(path, OpenMode::ReadWrite);
        return !second.ok() && second.error().code == ErrorCode::Locked ? 0 : 2;
    });
    CHECK(code == 0);
    addRisk(*editor, "Still editing");
    auto copy = tryOpen(dir / "copy.isms", OpenMode::ReadOnly);
    REQUIRE(copy.ok());
    CHECK(riskCount(**copy) == 1);  // the commit before the copy, not the edit after it
}

TEST_CASE("a reader of a closed file keeps editors out until it closes; waiting editors get in",
          "[open][lock][readers]")
{
    TempDir dir;
    const auto path = dir / "f.isms";
    createFile(path).reset();
    auto reader = tryOpen(path, OpenMode::ReadOnly);
    REQUIRE(reader.ok());
    CHECK_FALSE(std::filesystem::exists(dir / "f.isms-shm"));  // still immutable: writes nothing

    auto refused = tryOpen(path, OpenMode::ReadWrite);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Locked);
    CHECK(refused.error().message.find("is being read by another program") != std::string::npos);
    CHECK(refused.error().message.find("--wait") != std::string::npos);

    std::thread closer([&] {
        std::this_thread::sleep_for(300ms);
        reader->reset();
    });
    const auto start = std::chrono::steady_clock::now();
    auto waited = tryOpen(path, OpenMode::ReadWrite, 5000ms);
    closer.join();
    REQUIRE(waited.ok());
    CHECK(std::chrono::steady_clock::now() - start >= 250ms);
}

TEST_CASE("an editor waiting for another editor gets in when it closes, or fails after its wait",
          "[open][lock]")
{
    TempDir dir;
    const auto path = dir / "f.isms";
    auto first = createFile(path);
    const auto start = std::chrono::steady_clock::now();
    auto timedOut = tryOpen(path, OpenMode::ReadWrite, 300ms);
    REQUIRE_FALSE(timedOut.ok());
    CHECK(timedOut.error().code == ErrorCode::Locked);
    CHECK(std::chrono::steady_clock::now() - start >= 300ms);

    std::thread closer([&] {
        std::this_thread::sleep_for(200ms);
        addRisk(*first, "Before closing");
        first.reset();
    });
    auto second = tryOpen(path, OpenMode::ReadWrite, 5000ms);
    closer.join();
    REQUIRE(second.ok());
    CHECK(riskCount(**second) == 1);
}

TEST_CASE("a crashed editor's lock dies with its process; its last commit is kept", "[open][lock][crash]")
{
    TempDir dir;
    const auto path = dir / "f.isms";
    createFile(path).reset();
    int ready[2];
    REQUIRE(::pipe(ready) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        auto editor = tryOpen(path, OpenMode::ReadWrite);
        if (!editor)
            ::_exit(1);
        addRisk(**editor, "Committed before the crash");
        (void)::write(ready[1], "x", 1);
        ::pause();  // killed here, holding the file
        ::_exit(2);
    }
    char c = 0;
    REQUIRE(::read(ready[0], &c, 1) == 1);
    CHECK(tryOpen(path, OpenMode::ReadWrite).error().code == ErrorCode::Locked);
    ::kill(child, SIGKILL);
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    ::close(ready[0]);
    ::close(ready[1]);
    CHECK(std::filesystem::exists(dir / "f.isms-wal"));
    auto reader = tryOpen(path, OpenMode::ReadOnly);
    REQUIRE(reader.ok());
    CHECK(riskCount(**reader) == 1);
    reader->reset();
    auto editor = tryOpen(path, OpenMode::ReadWrite);
    REQUIRE(editor.ok());
    CHECK(riskCount(**editor) == 1);
}

TEST_CASE("a crashed file in a read-only folder says what happened and what to do", "[open][crash][readonly]")
{
    TempDir dir;
    const auto folder = dir / "ro";
    std::filesystem::create_directories(folder);
    const auto path = folder / "crashed.isms";
    {
        auto file = createFile(dir / "f.isms");
        addRisk(*file, "In the database file");
    }
    {
        // A crash: the -wal holds a commit the database file does not (copied while held).
        auto writer = sql::Connection::open((dir / "f.isms").string(), SQLITE_OPEN_READWRITE);
        REQUIRE(writer.ok());
        REQUIRE((*writer)->exec("PRAGMA journal_mode = WAL").ok());
        REQUIRE((*writer)->exec("PRAGMA wal_autocheckpoint = 0").ok());
        REQUIRE((*writer)->exec("UPDATE meta SET value = 'After the crash' WHERE key = 'organisation'").ok());
        std::filesystem::copy_file(dir / "f.isms", path);
        std::filesystem::copy_file(dir / "f.isms-wal", folder / "crashed.isms-wal");
    }
    REQUIRE(::chmod(folder.c_str(), 0555) == 0);
    const std::string bytes = readBytes(path);
    const std::string expected = "\"" + path.string() + "\" was not closed properly: its latest changes are "
        "still in \"crashed.isms-wal\" beside it, and its folder is read-only, so they can be neither read nor "
        "saved into the file here. Open it once for editing where the folder is writable (that completes the "
        "file), or copy the file together with its -wal file to a folder where you may write and open the copy.";
    auto bothRefused = [&] {
        for (const OpenMode mode : {OpenMode::ReadOnly, OpenMode::ReadWrite}) {
            auto opened = tryOpen(path, mode);
            if (opened.ok() || opened.error().code != ErrorCode::ReadOnly || opened.error().message != expected) {
                std::fprintf(stderr, "%s\n", opened.ok() ? "opened" : opened.error().message.c_str());
                return 1;
            }
        }
        return 0;
    };
    // Permission bits do not stop root, so as root the check runs as nobody, who cannot write there.
    if (::geteuid() == 0) {
        CHECK(inChild([&] {
                  if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                      return 3;
                  return bothRefused();
              }) == 0);
    } else {
        CHECK(bothRefused() == 0);
    }
    CHECK(readBytes(path) == bytes);
    CHECK_FALSE(std::filesystem::exists(folder / "crashed.isms-shm"));
    ::chmod(folder.c_str(), 0755);
}
