// An export killed midway (kill -9) leaves nothing under the copy's name and nothing that blocks
// the next export to it.

#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <chrono>
#include <csignal>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

using namespace isms;
using namespace isms::storage;
using namespace isms::storage::test;

namespace {

bool hasPartial(const TempDir& dir)
{
    for (const auto& name : dir.listing())
        if (name.rfind(".copy.isms.partial-", 0) == 0)
            return true;
    return false;
}

} // namespace

TEST_CASE("an export killed midway leaves no copy and does not block the next export", "[audit][kill]")
{
    TempDir dir;
    const auto path = dir / "working.isms";
    {
        auto file = createFile(path);
        const RecordId document = minimalRecord(*file, "documents");
        // Large enough that copying and hashing take long enough to be caught halfway.
        std::vector<std::byte> evidence(48u << 20);
        for (std::size_t i = 0; i < evidence.size(); i += 4096)
            evidence[i] = std::byte(i / 4096);
        REQUIRE(file->attach("documents", document, "scan.bin", "", evidence).ok());
    }
    const auto target = dir / "copy.isms";

    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        auto file = IsmsFile::open(path, OpenOptions{OpenMode::ReadOnly}, testClock());
        if (file)
            (void)(*file)->exportAuditCopy(target);
        ::_exit(0);
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (!hasPartial(dir) && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    ::kill(child, SIGKILL);
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFSIGNALED(status));

    INFO("folder after the kill: " << dir.listing().size() << " entries");
    CHECK_FALSE(std::filesystem::exists(target));
    CHECK_FALSE(std::filesystem::exists(target.string() + ".sha256"));
    CHECK(hasPartial(dir));  // what the kill left: only the hidden partial file

    auto file = openFile(path, OpenMode::ReadOnly);
    auto receipt = file->exportAuditCopy(target);
    INFO((receipt ? std::string() : receipt.error().message));
    REQUIRE(receipt.ok());
    CHECK_FALSE(hasPartial(dir));  // the abandoned partial file was cleared away
    auto report = IsmsFile::verifyAuditCopy(target);
    REQUIRE(report.ok());
    CHECK(report->verified());
}

TEST_CASE("an export never replaces a copy that appeared while it was written", "[audit]")
{
    TempDir dir;
    const auto path = dir / "working.isms";
    createFile(path);
    const auto target = dir / "copy.isms";
    auto file = openFile(path, OpenMode::ReadOnly);
    REQUIRE(file->exportAuditCopy(target).ok());
    const std::string first = readBytes(target);
    auto again = file->exportAuditCopy(target);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(readBytes(target) == first);
    CHECK_FALSE(hasPartial(dir));
}
