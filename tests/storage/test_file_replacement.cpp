// Replacing a file the user chose to overwrite: never under another program, never lost when
// making the new one fails.

#include "storage/file_replacement.h"

#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <unistd.h>

using namespace isms;
using namespace isms::storage;
using namespace isms::storage::test;

TEST_CASE("replacing a file nobody uses moves it aside, then deletes it on commit", "[replace]")
{
    TempDir dir;
    const auto target = dir / "client.isms";
    writeBytes(target, "old bytes");
    writeBytes(dir / "client.isms-wal", "a stale write-ahead log");
    {
        auto replacement = FileReplacement::begin(target);
        REQUIRE(replacement);
        // The name is free for the new file, and no old log waits under it.
        CHECK_FALSE(std::filesystem::exists(target));
        CHECK_FALSE(std::filesystem::exists(dir / "client.isms-wal"));
        writeBytes(target, "new bytes");
        replacement->commit();
    }
    CHECK(readBytes(target) == "new bytes");
    CHECK(dir.listing() == std::vector<std::string>{"client.isms"});
}

TEST_CASE("a replace that is not committed puts the old file back and removes the half-made one",
          "[replace]")
{
    TempDir dir;
    const auto target = dir / "client.isms";
    writeBytes(target, "old bytes");
    writeBytes(dir / "client.isms-wal", "its log");
    {
        auto replacement = FileReplacement::begin(target);
        REQUIRE(replacement);
        writeBytes(target, "half a new file");
        writeBytes(dir / "client.isms-journal", "half a journal");
    }
    CHECK(readBytes(target) == "old bytes");
    CHECK(readBytes(dir / "client.isms-wal") == "its log");
    CHECK(dir.listing() == std::vector<std::string>{"client.isms", "client.isms-wal"});
}

TEST_CASE("a file open in an editor or a reader is not replaced, and not touched", "[replace][lock]")
{
    TempDir dir;
    const auto target = dir / "client.isms";
    createFile(target).reset();
    const std::string before = readBytes(target);
    const auto mtimeBefore = mtime(target);

    SECTION("an editor has it")
    {
        auto editor = openFile(target, OpenMode::ReadWrite);
        auto replacement = FileReplacement::begin(target);
        REQUIRE_FALSE(replacement);
        CHECK(replacement.error().code == ErrorCode::Locked);
        CHECK(replacement.error().message.find("cannot be replaced") != std::string::npos);
        CHECK(replacement.error().message.find("choose another name") != std::string::npos);
    }
    SECTION("a reader has it")
    {
        auto reader = FileLock::forReadingAlone(target);
        REQUIRE(reader);
        REQUIRE(reader->held());
        auto replacement = FileReplacement::begin(target);
        REQUIRE_FALSE(replacement);
        CHECK(replacement.error().code == ErrorCode::Locked);
    }
    CHECK(readBytes(target) == before);
    CHECK(mtime(target) == mtimeBefore);
    CHECK(dir.listing() == std::vector<std::string>{"client.isms"});
}

TEST_CASE("replacing a name that holds nothing, or a folder", "[replace]")
{
    TempDir dir;
    {
        auto replacement = FileReplacement::begin(dir / "new.isms");
        REQUIRE(replacement);
        replacement->commit();
    }
    CHECK(dir.listing().empty());

    std::filesystem::create_directory(dir / "folder.isms");
    auto folder = FileReplacement::begin(dir / "folder.isms");
    REQUIRE_FALSE(folder);
    CHECK(folder.error().message.find("folder") != std::string::npos);
    CHECK(std::filesystem::is_directory(dir / "folder.isms"));
}

TEST_CASE("a file in a folder that cannot be written is refused with what to do", "[replace]")
{
    if (::geteuid() == 0)
        SKIP("root may rename in any folder");
    TempDir dir;
    const auto folder = dir / "locked";
    std::filesystem::create_directory(folder);
    writeBytes(folder / "client.isms", "old bytes");
    std::filesystem::permissions(folder, std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
    auto replacement = FileReplacement::begin(folder / "client.isms");
    std::filesystem::permissions(folder, std::filesystem::perms::owner_all);
    REQUIRE_FALSE(replacement);
    CHECK(replacement.error().code == ErrorCode::Io);
    CHECK(replacement.error().message.find("permissions") != std::string::npos);
    CHECK(readBytes(folder / "client.isms") == "old bytes");
}
