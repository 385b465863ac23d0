// Signing keys as files: private and exclusive, protected by a passphrase when asked, public keys
// exported and trusted, fingerprints people can read out.

#include "test_support.h"

#include "storage/signing_key.h"

#include <catch2/catch_test_macros.hpp>

#include <sys/stat.h>

#include <regex>

using namespace isms;
using namespace isms::storage;
using namespace isms::storage::test;

namespace {

unsigned modeOf(const std::filesystem::path& path)
{
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    return st.st_mode & 0777;
}

} // namespace

TEST_CASE("a new signing key is private and never replaced silently", "[signing]")
{
    TempDir dir;
    const auto keys = dir / "data" / "keys";
    auto created = createSigningKey(keys, "Grace Hopper", "", false);
    REQUIRE(created.ok());
    CHECK(created->path == keys / "signing.key");
    CHECK(modeOf(keys) == 0700);
    CHECK(modeOf(keys / "signing.key") == 0600);
    CHECK_FALSE(created->passphraseProtected);
    CHECK(dir.listing() == std::vector<std::string>{"data"});

    const std::string bytes = readBytes(keys / "signing.key");
    auto again = createSigningKey(keys, "Someone Else", "", false);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(again.error().message.find("--force") != std::string::npos);
    CHECK(readBytes(keys / "signing.key") == bytes);

    auto replaced = createSigningKey(keys, "Grace Hopper", "", true);
    REQUIRE(replaced.ok());
    CHECK_FALSE(replaced->publicKey == created->publicKey);
    CHECK(modeOf(keys / "signing.key") == 0600);
    CHECK(std::filesystem::directory_iterator(keys)->path().filename() == "signing.key");

    auto info = readSigningKeyInfo(keys);
    REQUIRE(info.ok());
    CHECK(info->publicKey == replaced->publicKey);
    CHECK(info->publicKey.name == "Grace Hopper");
}

TEST_CASE("a signing key file planted as a link is not followed", "[signing]")
{
    TempDir dir;
    std::filesystem::create_directories(dir / "keys");
    writeBytes(dir / "victim", "precious");
    std::filesystem::create_symlink(dir / "victim", dir / "keys" / "signing.key");
    CHECK(createSigningKey(dir / "keys", "Grace", "", false).error().code == ErrorCode::Conflict);
    CHECK(readBytes(dir / "victim") == "precious");
}

TEST_CASE("a passphrase protects the key", "[signing]")
{
    TempDir dir;
    auto created = createSigningKey(dir / "keys", "Grace", "correct horse", false);
    REQUIRE(created.ok());
    CHECK(created->passphraseProtected);
    CHECK(readSigningKeyInfo(dir / "keys")->passphraseProtected);
    const std::string text = readBytes(dir / "keys" / "signing.key");
    CHECK(text.find("protection: argon2id") != std::string::npos);

    auto wrong = loadSigningKey(dir / "keys", "wrong horse");
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message.find("Wrong passphrase") != std::string::npos);
    auto none = loadSigningKey(dir / "keys", "");
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message.find("protected by a passphrase") != std::string::npos);
    auto right = loadSigningKey(dir / "keys", "correct horse");
    REQUIRE(right.ok());
    CHECK(right->publicKey() == created->publicKey);
}

TEST_CASE("damaged or exposed key files are refused", "[signing]")
{
    TempDir dir;
    REQUIRE(createSigningKey(dir / "keys", "Grace", "", false).ok());
    const auto file = dir / "keys" / "signing.key";
    SECTION("readable by others")
    {
        std::filesystem::permissions(file, std::filesystem::perms::others_read, std::filesystem::perm_options::add);
        auto r = loadSigningKey(dir / "keys", "");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.find("chmod 600") != std::string::npos);
    }
    SECTION("a public key that does not belong to the secret")
    {
        std::string text = readBytes(file);
        const auto at = text.find("public: ") + 8;
        text[at] = text[at] == 'a' ? 'b' : 'a';
        std::filesystem::remove(file);
        writeBytes(file, text);
        std::filesystem::permissions(file, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
        auto r = loadSigningKey(dir / "keys", "");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Corrupt);
    }
    SECTION("not a key file")
    {
        std::filesystem::remove(file);
        writeBytes(file, "hello\n");
        std::filesystem::permissions(file, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
        CHECK(readSigningKeyInfo(dir / "keys").error().code == ErrorCode::Corrupt);
    }
    SECTION("no key yet")
    {
        auto r = readSigningKeyInfo(dir / "none");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::NotFound);
        CHECK(r.error().message.find("key create") != std::string::npos);
    }
}

TEST_CASE("key names are one line of text", "[signing]")
{
    TempDir dir;
    for (const std::string bad : {std::string(), std::string("two\nlines"), std::string("bell\a"), std::string(201, 'x')}) {
        auto r = createSigningKey(dir / "keys", bad, "", false);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Invalid);
    }
    CHECK_FALSE(std::filesystem::exists(dir / "keys" / "signing.key"));
}

TEST_CASE("public keys are exported, read back and trusted", "[signing]")
{
    TempDir dir;
    auto created = createSigningKey(dir / "keys", "Grace Hopper, Example Ltd", "", false);
    REQUIRE(created.ok());
    const PublicKey& key = created->publicKey;
    CHECK(std::regex_match(key.fingerprint(), std::regex("([A-Z2-7]{4} ){7}[A-Z2-7]{4}")));

    REQUIRE(writePublicKeyFile(dir / "grace.pub", key).ok());
    CHECK(writePublicKeyFile(dir / "grace.pub", key).error().code == ErrorCode::Conflict);
    CHECK(readBytes(dir / "grace.pub").find(key.fingerprint()) != std::string::npos);
    auto read = readPublicKeyFile(dir / "grace.pub");
    REQUIRE(read.ok());
    CHECK(*read == key);
    CHECK(read->name == "Grace Hopper, Example Ltd");

    CHECK(trustedKeys(dir / "trusted")->empty());
    REQUIRE(trustPublicKey(dir / "trusted", *read).ok());
    REQUIRE(trustPublicKey(dir / "trusted", *read).ok());
    auto trusted = trustedKeys(dir / "trusted");
    REQUIRE(trusted.ok());
    REQUIRE(trusted->size() == 1);
    CHECK(trusted->front() == key);
    CHECK(modeOf(dir / "trusted") == 0700);

    writeBytes(dir / "bad.pub", "ISMS Desk public key 1\nname: x\npublic: 12\n");
    CHECK(readPublicKeyFile(dir / "bad.pub").error().code == ErrorCode::Invalid);
    CHECK(readPublicKeyFile(dir / "none.pub").error().code == ErrorCode::NotFound);
}
