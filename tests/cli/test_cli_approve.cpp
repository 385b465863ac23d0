// ismsctl approve: a risk owner's approval, refused with a message and nothing written for a
// bad REF, someone who is not a person, a bad or past date, a blank rationale, a read-only file
// or an audit copy.
#include "cli_support.h"

#include <sys/stat.h>

using namespace isms::test;

TEST_CASE("approve records a person's approval and check stays healthy", "[cli][approve]")
{
    DemoFile demo;
    auto help = ismsctl(demo.dir, {"approve", "--help"});
    CHECK(help.exitCode == 0);
    CHECK(contains(help.out, "Usage: ismsctl approve"));
    CHECK(contains(help.out, "Exit codes"));

    auto approved = ismsctl(demo.dir, {"approve", demo.path.string(), "R-001", "--by", "P-003", "--rationale",
                                       "Backups are restored every month.", "--expires", "2099-12-31",
                                       "--author", "tester"});
    INFO(approved.out + approved.err);
    CHECK(approved.exitCode == 0);
    CHECK(contains(approved.out, "Approved R-001 by P-003"));
    CHECK(contains(approved.out, "2099-12-31"));
    auto history = ismsctl(demo.dir, {"history", demo.path.string(), "risks/R-001"});
    CHECK(contains(history.out + history.err, "approve"));
    CHECK(contains(history.out, "Backups are restored every month."));
    auto checked = ismsctl(demo.dir, {"check", demo.path.string()});
    CHECK(checked.exitCode == 0);
}

TEST_CASE("approve refuses bad input and writes nothing", "[cli][approve]")
{
    DemoFile demo;
    const std::string file = demo.path.string();
    expectRefusedUnchanged(demo.dir, demo.path, {
        {{"approve", file, "R-999", "--by", "P-001", "--rationale", "ok"}, 1, "there is no risk 'R-999'"},
        {{"approve", file, "R-001", "--by", "R-002", "--rationale", "ok"}, 1, "'R-002' is a risk, not a person"},
        {{"approve", file, "R-001", "--by", "X-77", "--rationale", "ok"}, 1, "'X-77' is not a person"},
        {{"approve", file, "R-001", "--by", "P-001", "--rationale", "   "}, 1, "needs a rationale"},
        {{"approve", file, "R-001", "--by", "P-001", "--rationale", "ok", "--expires", "2026-02-30"}, 2, "YYYY-MM-DD"},
        {{"approve", file, "R-001", "--by", "P-001", "--rationale", "ok", "--expires", "2001-01-01"}, 1, "has passed"},
        {{"approve", file, "R-001", "--rationale", "ok"}, 2, "needs --by PERSON-REF"},
        {{"approve", file, "R-001", "--by", "P-001"}, 2, "needs --by PERSON-REF and --rationale"},
        {{"approve", file}, 2, "approve --help"},
    });
}

TEST_CASE("approve refuses an audit copy and a read-only file, leaving them as they were", "[cli][approve]")
{
    DemoFile demo;
    const auto copy = demo.dir / "audit.isms";
    REQUIRE(ismsctl(demo.dir, {"export", demo.path.string(), copy.string(), "--audit-copy"}).exitCode == 0);
    const std::string copyBytes = readFile(copy);
    auto audit = ismsctl(demo.dir, {"approve", copy.string(), "R-001", "--by", "P-001", "--rationale", "ok"});
    CHECK(audit.exitCode == 1);
    CHECK(contains(audit.err, "audit copy"));
    CHECK(contains(audit.err, "Nothing was written"));
    CHECK(readFile(copy) == copyBytes);
    CHECK(ismsctl(demo.dir, {"verify", copy.string()}).exitCode == 0);

    if (::geteuid() != 0) {  // root may write a read-only file anyway
        const std::string bytes = readFile(demo.path);
        fs::permissions(demo.path, fs::perms::owner_read | fs::perms::group_read, fs::perm_options::replace);
        auto readOnly = ismsctl(demo.dir, {"approve", demo.path.string(), "R-001", "--by", "P-001", "--rationale", "ok"});
        CHECK(readOnly.exitCode == 1);
        CHECK(readFile(demo.path) == bytes);
    }
}
