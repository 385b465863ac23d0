// Audit copies: exported consistent and sealed, verified without writing, tampering detected.

#include "test_support.h"

#include "storage/file_probe.h"
#include "storage/sha256.h"

#include <catch2/catch_test_macros.hpp>

using namespace isms;
using namespace isms::storage;
using namespace isms::storage::test;

namespace {

std::filesystem::path exportSample(const TempDir& dir)
{
    auto file = createFile(dir / "live.isms", "Grace");
    const RecordId risk = minimalRecord(*file, "risks");
    const RecordId asset = minimalRecord(*file, "assets");
    REQUIRE(file->link(file->catalogue().link("risk_assets"), risk, "assets", asset).ok());
    REQUIRE(file->attach("risks", risk, "scan.png", "image/png", {std::byte{0x89}, std::byte{'P'}}).ok());
    auto receipt = file->exportAuditCopy(dir / "copy.isms");
    INFO((receipt ? std::string() : receipt.error().message));
    REQUIRE(receipt.ok());
    CHECK(receipt->path == dir / "copy.isms");
    CHECK(receipt->chainHead == file->history()->front().hash);
    CHECK(receipt->fileSha256 == sha256Hex(readBytes(dir / "copy.isms")));
    CHECK(readBytes(dir / "copy.isms.sha256") == receipt->fileSha256 + "  copy.isms\n");
    CHECK(receipt->contentDigest.size() == 64);
    return dir / "copy.isms";
}

} // namespace

TEST_CASE("an exported audit copy verifies, and verifying writes nothing", "[audit]")
{
    TempDir dir;
    const auto copy = exportSample(dir);
    const std::string bytes = readBytes(copy);
    const auto written = mtime(copy);
    const auto listing = dir.listing();

    auto report = IsmsFile::verifyAuditCopy(copy);
    REQUIRE(report.ok());
    CHECK(report->isAuditCopy);
    CHECK(report->sidecarFound);
    CHECK(report->fileMatchesSidecar);
    CHECK(report->contentMatches);
    CHECK(report->chainIntact);
    CHECK(report->verified());
    CHECK(report->exportedBy == "Grace");
    CHECK(report->exportedAt == testClock().nowUtc());
    CHECK(report->fileSha256 == sha256Hex(bytes));

    CHECK(readBytes(copy) == bytes);
    CHECK(mtime(copy) == written);
    CHECK(dir.listing() == listing);

    // Rollback-journal mode: a read-only open never needs a -wal or -shm.
    auto header = readHeader(copy);
    REQUIRE(header.ok());
    CHECK_FALSE(header->walMode);

    auto opened = openFile(copy, OpenMode::ReadOnly);
    CHECK(opened->info().auditCopy);
    // An auditor may save a copy of the copy; the copy itself stays as it was.
    REQUIRE(opened->saveCopy(dir / "auditor.isms").ok());
    CHECK(readBytes(copy) == bytes);
    CHECK(opened->info().organisation == "Example Ltd");
    CHECK(opened->count(opened->catalogue().get("risks")).value() == 1);
}

TEST_CASE("an audit copy asked for writing opens read-only when the caller allows it", "[audit]")
{
    TempDir dir;
    const auto copy = exportSample(dir);
    const std::string bytes = readBytes(copy);
    const auto listing = dir.listing();
    OpenOptions options;
    options.mode = OpenMode::ReadWrite;
    options.readOnlyIfAuditCopy = true;
    {
        auto opened = IsmsFile::open(copy, options, testClock());
        REQUIRE(opened.ok());
        CHECK((*opened)->readOnly());
        CHECK((*opened)->info().auditCopy);
        CHECK((*opened)->setOrganisation("Changed").error().code == ErrorCode::ReadOnly);
    }
    CHECK(readBytes(copy) == bytes);
    CHECK(dir.listing() == listing);

    // A working file is still opened for writing.
    auto live = IsmsFile::open(dir / "live.isms", options, testClock());
    REQUIRE(live.ok());
    CHECK_FALSE((*live)->readOnly());
}

TEST_CASE("export refuses to overwrite", "[audit]")
{
    TempDir dir;
    auto file = createFile(dir / "live.isms");
    writeBytes(dir / "taken.isms", "precious");
    auto r = file->exportAuditCopy(dir / "taken.isms");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Conflict);
    CHECK(readBytes(dir / "taken.isms") == "precious");
    CHECK(file->saveCopy(dir / "taken.isms").error().code == ErrorCode::Conflict);
    REQUIRE(file->saveCopy(dir / "plain.isms").ok());
    CHECK(openFile(dir / "plain.isms", OpenMode::ReadOnly)->info().organisation == "Example Ltd");
}

TEST_CASE("changing anything in an audit copy fails verification", "[audit][tamper]")
{
    TempDir dir;
    const auto copy = exportSample(dir);
    SECTION("a record")
    {
        rawSql(copy, "UPDATE r_risks SET title = 'Nothing to see'");
        auto report = IsmsFile::verifyAuditCopy(copy).value();
        CHECK_FALSE(report.contentMatches);
        CHECK_FALSE(report.fileMatchesSidecar);
        CHECK_FALSE(report.verified());
    }
    SECTION("a record, with a new sidecar")
    {
        rawSql(copy, "UPDATE r_assets SET name = 'Other'");
        writeBytes(dir / "copy.isms.sha256", sha256Hex(readBytes(copy)) + "  copy.isms\n");
        auto report = IsmsFile::verifyAuditCopy(copy).value();
        CHECK(report.fileMatchesSidecar);
        CHECK_FALSE(report.contentMatches);
        CHECK_FALSE(report.verified());
    }
    SECTION("a link")
    {
        rawSql(copy, "DELETE FROM links");
        CHECK_FALSE(IsmsFile::verifyAuditCopy(copy)->contentMatches);
    }
    SECTION("an attachment")
    {
        rawSql(copy, "UPDATE attachments SET content = x'00'");
        CHECK_FALSE(IsmsFile::verifyAuditCopy(copy)->contentMatches);
    }
    SECTION("the change log")
    {
        rawSql(copy, "UPDATE change_log SET author = 'Mallory' WHERE seq = 1");
        auto report = IsmsFile::verifyAuditCopy(copy).value();
        CHECK_FALSE(report.contentMatches);
        CHECK_FALSE(report.chainIntact);
    }
    SECTION("the bytes only")
    {
        std::string bytes = readBytes(copy);
        bytes[bytes.size() - 1] = static_cast<char>(bytes.back() ^ 0x01);
        writeBytes(copy, bytes);
        auto report = IsmsFile::verifyAuditCopy(copy);
        if (report.ok())  // the last byte may be free space: the sidecar still catches it
            CHECK_FALSE(report->verified());
    }
}

TEST_CASE("a working file is not an audit copy", "[audit]")
{
    TempDir dir;
    createFile(dir / "live.isms").reset();
    auto report = IsmsFile::verifyAuditCopy(dir / "live.isms");
    REQUIRE(report.ok());
    CHECK_FALSE(report->isAuditCopy);
    CHECK_FALSE(report->sidecarFound);
    CHECK_FALSE(report->verified());
    CHECK(IsmsFile::verifyAuditCopy(dir / "missing.isms").error().code == ErrorCode::NotFound);
}
