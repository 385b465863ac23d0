// What proves an audit copy: the content digest covers everything shown, and only a file digest
// received beside or apart from the copy, or a signature by a trusted key, makes it verified.
// Tampering is done the way a doubter would: raw SQL, digests recomputed, the sidecar rewritten.

#include "test_support.h"

#include "storage/content_digest.h"
#include "storage/sha256.h"
#include "storage/sqlite.h"

#include <catch2/catch_test_macros.hpp>

#include <sqlite3.h>

using namespace isms;
using namespace isms::storage;
using namespace isms::storage::test;

namespace {

std::filesystem::path exportCopy(const TempDir& dir, const SigningKey* key = nullptr)
{
    auto file = createFile(dir / "live.isms", "Grace");
    const RecordId risk = minimalRecord(*file, "risks");
    REQUIRE(file->attach("risks", risk, "scan.png", "image/png", {std::byte{0x89}, std::byte{'P'}}).ok());
    ExportOptions options;
    options.signWith = key;
    auto receipt = file->exportAuditCopy(dir / "copy.isms", options);
    INFO((receipt ? std::string() : receipt.error().message));
    REQUIRE(receipt.ok());
    CHECK(receipt->isSigned == (key != nullptr));
    return dir / "copy.isms";
}

void rewriteSidecar(const std::filesystem::path& copy)
{
    writeBytes(copy.string() + ".sha256", sha256Hex(readBytes(copy)) + "  " + copy.filename().string() + "\n");
}

// What a careful tamperer does after an edit: stores the content digest the edit leads to and
// writes a new sidecar, so that everything inside and beside the copy agrees again.
void recomputeDigests(const std::filesystem::path& copy)
{
    {
        auto db = sql::Connection::open(copy.string(), SQLITE_OPEN_READWRITE);
        REQUIRE(db.ok());
        auto digest = contentDigest(**db, Catalogue::standard());
        REQUIRE(digest.ok());
        REQUIRE((*db)->exec("UPDATE meta SET value = '" + *digest + "' WHERE key = 'content_digest'").ok());
    }
    rewriteSidecar(copy);
}

VerifyReport verify(const std::filesystem::path& copy, const VerifyOptions& options = {})
{
    auto report = IsmsFile::verifyAuditCopy(copy, options);
    INFO((report ? std::string() : report.error().message));
    REQUIRE(report.ok());
    return *report;
}

} // namespace

TEST_CASE("a copy whose tables were altered is refused by verify, whatever digests agree", "[audit][tamper]")
{
    for (const char* edit : {"CREATE TABLE extra (x)", "CREATE INDEX extra_index ON r_risks (title)"}) {
        SECTION(edit)
        {
            TempDir dir;
            const auto copy = exportCopy(dir);
            rawSql(copy, edit);
            recomputeDigests(copy);
            const std::string before = readBytes(copy);
            auto report = IsmsFile::verifyAuditCopy(copy, {});
            REQUIRE_FALSE(report.ok());
            CHECK(report.error().message.find("tables were changed outside ISMS Desk") != std::string::npos);
            CHECK(readBytes(copy) == before);
        }
    }
}

TEST_CASE("the content digest covers the file settings, export details and schema version", "[audit][tamper]")
{
    TempDir dir;
    const auto copy = exportCopy(dir);
    const std::string original = sha256Hex(readBytes(copy));
    REQUIRE(verify(copy).verified());
    const char* edits[] = {
        "UPDATE meta SET value = 'Other Ltd' WHERE key = 'organisation'",
        "UPDATE meta SET value = 'Mallory' WHERE key = 'exported_by'",
        "UPDATE meta SET value = '2020-01-01T00:00:00Z' WHERE key = 'exported_at'",
        "UPDATE meta SET value = '1999-01-01' WHERE key = 'created_at'",
        "UPDATE meta SET value = 'Mallory' WHERE key = 'created_by'",
        "INSERT INTO meta (key, value) VALUES ('note', 'added')",
    };
    for (const char* edit : edits) {
        SECTION(edit)
        {
            rawSql(copy, edit);
            rewriteSidecar(copy);
            const auto tampered = verify(copy);
            CHECK(tampered.fileMatchesSidecar);
            CHECK_FALSE(tampered.contentMatches);
            CHECK_FALSE(tampered.verified());

            // With the stored digest recomputed too, only a digest from elsewhere catches it.
            recomputeDigests(copy);
            CHECK(verify(copy).contentMatches);
            VerifyOptions given;
            given.expectedSha256 = original;
            const auto caught = verify(copy, given);
            CHECK_FALSE(caught.fileMatchesGiven);
            CHECK_FALSE(caught.verified());
        }
    }
}

TEST_CASE("a copy whose schema version or application id was changed does not verify", "[audit][tamper]")
{
    TempDir dir;
    const auto copy = exportCopy(dir);
    for (const char* edit : {"PRAGMA user_version = 7", "PRAGMA user_version = 0", "PRAGMA application_id = 1"}) {
        SECTION(edit)
        {
            rawSql(copy, edit);
            rewriteSidecar(copy);
            // The open refuses it (too new, not ours); were it read, the digest would differ.
            auto report = IsmsFile::verifyAuditCopy(copy);
            CHECK_FALSE((report.ok() && report->verified()));
            if (report.ok())
                CHECK_FALSE(report->contentMatches);
        }
    }
}

TEST_CASE("verify reports what it read from the copy", "[audit]")
{
    TempDir dir;
    const auto report = verify(exportCopy(dir));
    CHECK(report.organisation == "Example Ltd");
    CHECK(report.exportedBy == "Grace");
    CHECK(report.schemaVersion >= 1);
    CHECK_FALSE(report.isSigned);
}

TEST_CASE("without a file digest or a trusted signature a copy is not verified", "[audit]")
{
    TempDir dir;
    const auto copy = exportCopy(dir);
    const std::string sha = sha256Hex(readBytes(copy));
    std::filesystem::remove(copy.string() + ".sha256");

    const auto bare = verify(copy);
    CHECK(bare.consistent());
    CHECK_FALSE(bare.sidecarFound);
    CHECK_FALSE(bare.proven());
    CHECK_FALSE(bare.verified());

    VerifyOptions right;
    right.expectedSha256 = sha;
    CHECK(verify(copy, right).verified());
    std::string upper = sha;
    for (char& c : upper)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    right.expectedSha256 = upper;
    CHECK(verify(copy, right).verified());

    VerifyOptions wrong;
    wrong.expectedSha256 = std::string(64, '0');
    const auto refused = verify(copy, wrong);
    CHECK(refused.digestGiven);
    CHECK_FALSE(refused.fileMatchesGiven);
    CHECK_FALSE(refused.verified());

    // A wrong digest is not outvoted by a matching sidecar.
    rewriteSidecar(copy);
    CHECK_FALSE(verify(copy, wrong).verified());
}

TEST_CASE("a signed copy names its signer and is verified by a trusted key alone", "[audit][signing]")
{
    TempDir dir;
    REQUIRE(createSigningKey(dir / "keys", "Grace Hopper", "", false).ok());
    auto key = loadSigningKey(dir / "keys", "");
    REQUIRE(key.ok());
    const auto copy = exportCopy(dir, &*key);
    std::filesystem::remove(copy.string() + ".sha256");
    VerifyOptions options;
    options.trustedKeysDir = dir / "trusted";

    const auto untrusted = verify(copy, options);
    CHECK(untrusted.isSigned);
    CHECK(untrusted.signatureValid);
    CHECK_FALSE(untrusted.signerTrusted);
    CHECK(untrusted.signer.name == "Grace Hopper");
    CHECK(untrusted.signer == key->publicKey());
    CHECK(untrusted.consistent());
    CHECK_FALSE(untrusted.verified());

    REQUIRE(trustPublicKey(dir / "trusted", key->publicKey()).ok());
    const auto trusted = verify(copy, options);
    CHECK(trusted.signerTrusted);
    CHECK(trusted.verified());

    SECTION("a record changed after signing, every digest recomputed")
    {
        rawSql(copy, "UPDATE r_risks SET title = 'Nothing to see'");
        recomputeDigests(copy);
        const auto tampered = verify(copy, options);
        CHECK(tampered.contentMatches);
        CHECK(tampered.fileMatchesSidecar);
        CHECK_FALSE(tampered.signatureValid);
        CHECK_FALSE(tampered.consistent());
        CHECK_FALSE(tampered.verified());
    }
    SECTION("the signer's name changed")
    {
        rawSql(copy, "UPDATE meta SET value = 'Ada' WHERE key = 'export_signer_name'");
        rewriteSidecar(copy);
        CHECK_FALSE(verify(copy, options).signatureValid);
        CHECK_FALSE(verify(copy, options).verified());
    }
    SECTION("re-signed by another key after the change")
    {
        REQUIRE(createSigningKey(dir / "mallory", "Grace Hopper", "", false).ok());
        auto other = loadSigningKey(dir / "mallory", "");
        REQUIRE(other.ok());
        rawSql(copy, "UPDATE r_risks SET title = 'Nothing to see'");
        recomputeDigests(copy);
        auto db = sql::Connection::open(copy.string(), SQLITE_OPEN_READWRITE);
        REQUIRE(db.ok());
        const std::string digest = contentDigest(**db, Catalogue::standard()).value();
        const std::string signature = other->signHex(auditSignatureMessage(digest, other->publicKey()));
        REQUIRE((*db)->exec("UPDATE meta SET value = '" + signature + "' WHERE key = 'export_signature'").ok());
        REQUIRE((*db)->exec("UPDATE meta SET value = '" + other->publicKey().hex()
                            + "' WHERE key = 'export_signer_key'")
                    .ok());
        db->reset();
        const auto resigned = verify(copy, options);
        CHECK(resigned.signatureValid);
        CHECK_FALSE(resigned.signerTrusted);
        CHECK(resigned.signer.fingerprint() != key->publicKey().fingerprint());
        std::filesystem::remove(copy.string() + ".sha256");
        CHECK_FALSE(verify(copy, options).verified());
    }
    SECTION("the signature removed")
    {
        rawSql(copy, "DELETE FROM meta WHERE key = 'export_signature'");
        const auto stripped = verify(copy, options);
        CHECK(stripped.isSigned);
        CHECK_FALSE(stripped.signatureValid);
        CHECK_FALSE(stripped.verified());
    }
}
