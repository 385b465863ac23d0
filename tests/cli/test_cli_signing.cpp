// ismsctl key, export --sign and verify as a sender and an auditor use them: keys in a private
// data folder (XDG_DATA_HOME per test), proofs asked for, and tampering with the sqlite3 shell.
#include "cli_support.h"

#include <catch2/catch_test_macros.hpp>

#include <sys/stat.h>

#include <cstdlib>

using namespace isms::test;

namespace {

// Each test gets its own data location, so keys and trusted keys never leak between tests.
struct SigningSetup {
    DemoFile demo;
    fs::path data = demo.dir / "data";
    fs::path keyFile = data / "ISMS Desk" / "ISMS Desk" / "keys" / "signing.key";
    SigningSetup()
    {
        ::setenv("XDG_DATA_HOME", data.c_str(), 1);
        ::unsetenv("ISMS_KEY_PASSPHRASE");
    }
    Run run(const std::vector<std::string>& arguments) const { return ismsctl(demo.dir, arguments); }
};

unsigned modeOf(const fs::path& path)
{
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    return st.st_mode & 0777;
}

std::string sha256Of(const fs::path& file)
{
    const std::string line = readFile(file.string() + ".sha256");
    return line.substr(0, 64);
}

void sqlite(const fs::path& file, const std::string& sql)
{
    const std::string command = "sqlite3 " + quoted(file.string()) + " " + quoted(sql);
    REQUIRE(std::system(command.c_str()) == 0);
}

} // namespace

TEST_CASE("key create, show, export, trust and list", "[cli][signing]")
{
    SigningSetup s;
    auto help = s.run({"key", "--help"});
    CHECK(help.exitCode == 0);
    CHECK(contains(help.out, "Usage: ismsctl key"));
    CHECK(contains(s.run({"--help"}).out, "  key"));
    CHECK(s.run({"key"}).exitCode == 2);
    CHECK(s.run({"key", "frobnicate"}).exitCode == 2);
    CHECK(s.run({"key", "create"}).exitCode == 2);
    CHECK(s.run({"key", "trust"}).exitCode == 2);

    auto none = s.run({"key", "show"});
    CHECK(none.exitCode == 1);
    CHECK(contains(none.err, "no signing key yet"));

    auto created = s.run({"key", "create", "--name", "Grace Hopper"});
    REQUIRE(created.exitCode == 0);
    CHECK(contains(created.out, "NOT protected by a passphrase"));
    CHECK(modeOf(s.keyFile) == 0600);
    CHECK(modeOf(s.keyFile.parent_path()) == 0700);
    const std::string keyBytes = readFile(s.keyFile);

    auto again = s.run({"key", "create", "--name", "Mallory"});
    CHECK(again.exitCode == 1);
    CHECK(contains(again.err, "--force"));
    CHECK(readFile(s.keyFile) == keyBytes);

    auto shown = s.run({"key", "show"});
    CHECK(shown.exitCode == 0);
    CHECK(contains(shown.out, "Grace Hopper"));
    const auto at = shown.out.find("fingerprint: ") + 13;
    const std::string fingerprint = shown.out.substr(at, 39);
    CHECK(fingerprint.size() == 39);

    const auto pub = s.demo.dir / "grace.pub";
    CHECK(s.run({"key", "export", "--out", pub.string()}).exitCode == 0);
    CHECK(contains(readFile(pub), fingerprint));
    CHECK(s.run({"key", "export", "--out", pub.string()}).exitCode == 1);
    CHECK(contains(s.run({"key", "export"}).out, "ISMS Desk public key 1"));

    CHECK(contains(s.run({"key", "list"}).out, "trust no keys yet"));
    auto trusted = s.run({"key", "trust", pub.string()});
    CHECK(trusted.exitCode == 0);
    CHECK(contains(trusted.out, fingerprint));
    CHECK(contains(s.run({"key", "list"}).out, fingerprint + "  Grace Hopper"));
    CHECK(s.run({"key", "trust", (s.demo.dir / "none.pub").string()}).exitCode == 1);
    CHECK(s.run({"key", "trust", s.demo.path.string()}).exitCode == 1);

    auto forced = s.run({"key", "create", "--name", "Grace Hopper", "--force"});
    CHECK(forced.exitCode == 0);
    CHECK_FALSE(contains(forced.out, fingerprint));
}

TEST_CASE("a passphrase comes from a file or the environment, never the command line", "[cli][signing]")
{
    SigningSetup s;
    const auto passFile = s.demo.dir / "pass.txt";
    {
        std::ofstream(passFile) << "correct horse\n";
    }
    REQUIRE(s.run({"key", "create", "--name", "Grace", "--passphrase-file", passFile.string()}).exitCode == 0);
    CHECK(contains(s.run({"key", "show"}).out, "protected by a passphrase"));
    CHECK_FALSE(contains(readFile(s.keyFile), "correct horse"));

    const auto copy = s.demo.dir / "copy.isms";
    auto asked = s.run({"export", s.demo.path.string(), copy.string(), "--audit-copy", "--sign"});
    CHECK(asked.exitCode == 1);
    CHECK(contains(asked.err, "protected by a passphrase"));
    CHECK_FALSE(fs::exists(copy));

    ::setenv("ISMS_KEY_PASSPHRASE", "wrong horse", 1);
    auto wrong = s.run({"export", s.demo.path.string(), copy.string(), "--audit-copy", "--sign"});
    CHECK(wrong.exitCode == 1);
    CHECK(contains(wrong.err, "Wrong passphrase"));
    CHECK_FALSE(fs::exists(copy));

    ::setenv("ISMS_KEY_PASSPHRASE", "correct horse", 1);
    auto signedCopy = s.run({"export", s.demo.path.string(), copy.string(), "--audit-copy", "--sign"});
    CHECK(signedCopy.exitCode == 0);
    CHECK(contains(signedCopy.out, "signed by:       Grace"));
    ::unsetenv("ISMS_KEY_PASSPHRASE");

    CHECK(s.run({"export", s.demo.path.string(), (s.demo.dir / "x.isms").string(), "--sign"}).exitCode == 2);
}

TEST_CASE("verify needs a proof: the sidecar, --digest or a trusted signature", "[cli][signing]")
{
    SigningSetup s;
    const auto copy = s.demo.dir / "copy.isms";
    auto exported = s.run({"export", s.demo.path.string(), copy.string(), "--audit-copy", "--author", "Ada"});
    REQUIRE(exported.exitCode == 0);
    CHECK(contains(exported.out, "exported by:     Ada"));
    const std::string sha = sha256Of(copy);
    auto withSidecar = s.run({"verify", copy.string()});
    CHECK(withSidecar.exitCode == 0);
    CHECK(contains(withSidecar.out, "by Ada"));

    fs::remove(copy.string() + ".sha256");
    auto bare = s.run({"verify", copy.string()});
    CHECK(bare.exitCode == 1);
    CHECK(contains(bare.err, "is NOT verified: only its internal consistency was checked"));
    CHECK(contains(bare.err, "--digest"));

    CHECK(s.run({"verify", copy.string(), "--digest", sha}).exitCode == 0);
    auto wrong = s.run({"verify", copy.string(), "--digest", std::string(64, 'a')});
    CHECK(wrong.exitCode == 1);
    CHECK(contains(wrong.out, "given --digest:   FAILED"));
    CHECK(s.run({"verify", copy.string(), "--digest", "abc"}).exitCode == 2);
    CHECK(s.run({"verify", copy.string(), "--digest", sha, "--signed"}).exitCode == 1);

    // The organisation renamed with the sqlite3 shell and a new sidecar written beside it.
    sqlite(copy, "UPDATE meta SET value = 'Other Ltd' WHERE key = 'organisation'");
    {
        std::ofstream(copy.string() + ".sha256") << std::string(64, '0') << "  copy.isms\n";
    }
    auto renamed = s.run({"verify", copy.string()});
    CHECK(renamed.exitCode == 1);
    CHECK(contains(renamed.out, "content digest:   FAILED"));
}

TEST_CASE("a signed copy verifies by a trusted key and fails when changed after signing", "[cli][signing]")
{
    SigningSetup s;
    REQUIRE(s.run({"key", "create", "--name", "Grace Hopper"}).exitCode == 0);
    const auto copy = s.demo.dir / "copy.isms";
    REQUIRE(s.run({"export", s.demo.path.string(), copy.string(), "--audit-copy", "--sign"}).exitCode == 0);
    fs::remove(copy.string() + ".sha256");

    auto untrusted = s.run({"verify", copy.string()});
    CHECK(untrusted.exitCode == 1);
    CHECK(contains(untrusted.out, "valid, by \"Grace Hopper\""));
    CHECK(contains(untrusted.out, "NOT marked as trusted"));
    CHECK(contains(untrusted.err, "key trust"));

    const auto pub = s.demo.dir / "grace.pub";
    REQUIRE(s.run({"key", "export", "--out", pub.string()}).exitCode == 0);
    REQUIRE(s.run({"key", "trust", pub.string()}).exitCode == 0);
    auto trusted = s.run({"verify", copy.string(), "--signed"});
    CHECK(trusted.exitCode == 0);
    CHECK(contains(trusted.out, "a key you trust"));

    // A record changed; the tamperer stores the content digest verify now computes and a new sidecar.
    sqlite(copy, "UPDATE r_risks SET title = 'Nothing to see' WHERE id = 1");
    auto changed = s.run({"verify", copy.string()});
    CHECK(changed.exitCode == 1);
    CHECK(contains(changed.out, "content digest:   FAILED"));
    const auto at = changed.out.find("content now ");
    REQUIRE(at != std::string::npos);
    const std::string recomputed = changed.out.substr(at + 12, 64);
    sqlite(copy, "UPDATE meta SET value = '" + recomputed + "' WHERE key = 'content_digest'");
    const std::string report = s.run({"verify", copy.string()}).out;
    const auto shaAt = report.find("file SHA-256:     ") + 18;
    {
        std::ofstream(copy.string() + ".sha256") << report.substr(shaAt, 64) << "  copy.isms\n";
    }
    auto restamped = s.run({"verify", copy.string()});
    CHECK(contains(restamped.out, "sidecar .sha256:  ok"));
    CHECK(contains(restamped.out, "content digest:   ok"));
    CHECK(contains(restamped.out, "INVALID"));
    CHECK(restamped.exitCode == 1);
    CHECK(contains(restamped.err, "changed after export"));
}
