// Evidence streamed in and out (never whole in memory), checked on the way out, and refused with
// a precise message when too large or badly named.

#include "test_support.h"

#include "storage/evidence_rules.h"
#include "storage/sha256.h"

#include <catch2/catch_test_macros.hpp>

#include <fcntl.h>
#include <unistd.h>

using namespace isms;
using namespace isms::storage;
using namespace isms::storage::test;

namespace {

std::string pattern(std::size_t size)
{
    std::string bytes(size, '\0');
    for (std::size_t i = 0; i < size; ++i)
        bytes[i] = static_cast<char>((i * 131 + i / 4099) % 256);
    return bytes;
}

// Streams attachment `id` out into a file and returns its bytes.
Result<std::string> streamedOut(IsmsFile& file, std::int64_t id, const std::filesystem::path& to)
{
    const int fd = ::open(to.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    REQUIRE(fd >= 0);
    auto r = file.writeAttachmentContent(id, fd);
    ::close(fd);
    if (!r)
        return r.error();
    return readBytes(to);
}

} // namespace

TEST_CASE("sizes read in MiB to two decimals, rounded up", "[evidence]")
{
    CHECK(mebibytes(0) == "0.00 MiB");
    CHECK(mebibytes(1) == "0.01 MiB");
    CHECK(mebibytes(1024 * 1024) == "1.00 MiB");
    CHECK(mebibytes(kMaxEvidenceBytes) == "200.00 MiB");
    CHECK(mebibytes(kMaxEvidenceBytes + 1) == "200.01 MiB");
    CHECK(checkEvidenceSize(kMaxEvidenceBytes).ok());
    CHECK(checkEvidenceSize(kMaxEvidenceBytes + 1, "big.bin").error().message
          == "\"big.bin\" is 200.01 MiB; evidence is limited to 200.00 MiB. Attach a smaller extract, or a "
             "note saying where the file is kept.");
}

TEST_CASE("a file attached from disk is streamed in and out byte for byte", "[evidence][attachments]")
{
    TempDir dir;
    auto file = createFile(dir / "e.isms");
    const RecordId document = minimalRecord(*file, "documents");
    const std::string bytes = pattern(5 * 1024 * 1024 + 17);  // several chunks and a partial one
    writeBytes(dir / "scan.pdf", bytes);

    auto stored = file->attachFile("documents", document, dir / "scan.pdf", {}, "application/pdf");
    REQUIRE(stored.ok());
    CHECK(stored->name == "scan.pdf");
    CHECK(stored->size == static_cast<std::int64_t>(bytes.size()));
    CHECK(stored->sha256 == sha256Hex(bytes));
    CHECK(file->attachments("documents", document)->front().sha256 == sha256Hex(bytes));
    CHECK(file->history()->front().action == "attach");
    CHECK(streamedOut(*file, stored->id, dir / "out.pdf").value() == bytes);

    auto renamed = file->attachFile("documents", document, dir / "scan.pdf", "Policy v2.pdf");
    REQUIRE(renamed.ok());
    CHECK(renamed->name == "Policy v2.pdf");
    CHECK(renamed->mediaType == "application/octet-stream");

    writeBytes(dir / "empty.txt", "");
    auto empty = file->attachFile("documents", document, dir / "empty.txt");
    REQUIRE(empty.ok());
    CHECK(streamedOut(*file, empty->id, dir / "out.txt").value().empty());
    CHECK(file->check()->healthy());
}

TEST_CASE("evidence changed inside the file is not handed out", "[evidence][attachments]")
{
    TempDir dir;
    const RecordId document = [&] {
        auto file = createFile(dir / "e.isms");
        const RecordId id = minimalRecord(*file, "documents");
        writeBytes(dir / "a.txt", pattern(3000));
        REQUIRE(file->attachFile("documents", id, dir / "a.txt").ok());
        return id;
    }();
    rawSql(dir / "e.isms", "UPDATE attachments SET content = zeroblob(3000)");
    auto file = openFile(dir / "e.isms");
    const auto id = file->attachments("documents", document)->front().id;
    auto out = streamedOut(*file, id, dir / "out.txt");
    REQUIRE_FALSE(out.ok());
    CHECK(out.error().code == ErrorCode::Corrupt);
    INFO(out.error().message);
    CHECK(out.error().message.find("\"a.txt\" no longer matches its SHA-256") != std::string::npos);
}

TEST_CASE("too large, unreadable or not a file: nothing is attached and the message says why",
          "[evidence][attachments]")
{
    TempDir dir;
    auto file = createFile(dir / "e.isms");
    const RecordId document = minimalRecord(*file, "documents");
    const auto entries = file->history()->size();
    {
        // Sparse: 200 MiB and one byte on disk costs nothing.
        const int fd = ::open((dir / "big.bin").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        REQUIRE(fd >= 0);
        REQUIRE(::ftruncate(fd, kMaxEvidenceBytes + 1) == 0);
        ::close(fd);
    }
    auto big = file->attachFile("documents", document, dir / "big.bin");
    REQUIRE_FALSE(big.ok());
    CHECK(big.error().code == ErrorCode::Invalid);
    CHECK(big.error().message.rfind("\"big.bin\" is 200.01 MiB; evidence is limited to 200.00 MiB.", 0) == 0);

    auto missing = file->attachFile("documents", document, dir / "none.pdf");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::Io);
    CHECK(missing.error().message.find("none.pdf\" could not be read") != std::string::npos);

    std::filesystem::create_directories(dir / "folder");
    auto folder = file->attachFile("documents", document, dir / "folder");
    REQUIRE_FALSE(folder.ok());
    CHECK(folder.error().message.find("is not a regular file") != std::string::npos);

    CHECK(file->attachments("documents", document)->empty());
    CHECK(file->history()->size() == entries);
}

TEST_CASE("every bad evidence name is refused, saying what is wrong with it", "[evidence][attachments]")
{
    TempDir dir;
    auto file = createFile(dir / "e.isms");
    const RecordId document = minimalRecord(*file, "documents");
    writeBytes(dir / "ok.txt", "fine");
    const std::vector<std::pair<std::string, std::string>> bad = {
        {"", "has no file name"},
        {"   ", "has no file name"},
        {".", "is a folder reference"},
        {"..", "is a folder reference"},
        {"/", "contains a path separator"},
        {"../etc/passwd", "contains a path separator"},
        {"a\\b.txt", "contains a path separator"},
        {"line\nbreak.txt", "control character (0x0A)"},
        {"\x1b[31mred.txt", "control character (0x1B)"},
        {"del\x7f.txt", "control character (0x7F)"},
        {std::string(256, 'x'), "is 256 bytes long; at most 255"},
    };
    for (const auto& [name, why] : bad) {
        INFO(name);
        for (const bool streamed : {false, true}) {
            auto r = streamed ? file->attachFile("documents", document, dir / "ok.txt", name.empty() ? " " : name)  // empty: the source's own name
                              : file->attach("documents", document, name, "text/plain", {});
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().code == ErrorCode::Invalid);
            CHECK(r.error().message.find(why) != std::string::npos);
            CHECK(r.error().message.find("rename the file and attach it again") != std::string::npos);
        }
    }
    CHECK(file->attachments("documents", document)->empty());
    CHECK(file->attach("documents", document, std::string(255, 'x'), "", {}).ok());
}
