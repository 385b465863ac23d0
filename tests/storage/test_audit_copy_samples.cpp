// The committed signed audit copies in tests/data/audit-copies: one as exported, one relabelled
// by a careful tamperer who recomputed every hash. They also pin the digest and signature format.

#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

using namespace isms;
using namespace isms::storage;
using namespace isms::storage::test;

namespace {

std::filesystem::path copySample(const TempDir& dir, const std::string& name)
{
    const auto from = std::filesystem::path(ISMS_TEST_DATA_DIR) / "audit-copies";
    std::filesystem::copy_file(from / name, dir / name);
    std::filesystem::copy_file(from / (name + ".sha256"), dir / (name + ".sha256"));
    return dir / name;
}

VerifyOptions trustingSampleSigner(const TempDir& dir)
{
    auto key = readPublicKeyFile(std::filesystem::path(ISMS_TEST_DATA_DIR) / "audit-copies" / "audit-copy-signer.pub");
    REQUIRE(key.ok());
    REQUIRE(trustPublicKey(dir / "trusted", *key).ok());
    VerifyOptions options;
    options.trustedKeysDir = dir / "trusted";
    return options;
}

} // namespace

TEST_CASE("the committed signed audit copy verifies, by its signature alone too", "[audit][signing][corpus]")
{
    TempDir dir;
    const auto copy = copySample(dir, "audit-copy-signed.isms");
    const std::string bytes = readBytes(copy);
    auto plain = IsmsFile::verifyAuditCopy(copy);
    REQUIRE(plain.ok());
    CHECK(plain->verified());
    CHECK(plain->signatureValid);
    CHECK_FALSE(plain->signerTrusted);
    CHECK(plain->organisation == "Example Ltd");
    CHECK(plain->signer.name == "Test Signer (tests/data only)");

    std::filesystem::remove(copy.string() + ".sha256");
    CHECK_FALSE(IsmsFile::verifyAuditCopy(copy)->verified());
    auto trusted = IsmsFile::verifyAuditCopy(copy, trustingSampleSigner(dir));
    REQUIRE(trusted.ok());
    CHECK(trusted->signerTrusted);
    CHECK(trusted->verified());
    CHECK(readBytes(copy) == bytes);
}

TEST_CASE("the committed relabelled copy fails on its signature", "[audit][signing][corpus][tamper]")
{
    TempDir dir;
    const auto copy = copySample(dir, "audit-copy-relabelled.isms");
    auto report = IsmsFile::verifyAuditCopy(copy, trustingSampleSigner(dir));
    REQUIRE(report.ok());
    CHECK(report->organisation == "Other Ltd");
    CHECK(report->contentMatches);
    CHECK(report->fileMatchesSidecar);
    CHECK(report->chainIntact);
    CHECK(report->isSigned);
    CHECK_FALSE(report->signatureValid);
    CHECK_FALSE(report->verified());
}
