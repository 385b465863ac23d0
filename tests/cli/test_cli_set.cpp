// ismsctl set: one record's fields changed through the same rules and change log as the window;
// every bad input refused with a message and the file left byte for byte as it was.
#include "cli_support.h"

#include <chrono>
#include <csignal>
#include <thread>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace isms::test;

TEST_CASE("set changes fields by key or label, resolves references by ref, and logs one change", "[cli][set]")
{
    DemoFile demo;
    const std::string file = demo.path.string();
    auto help = ismsctl(demo.dir, {"set", "--help"});
    CHECK(help.exitCode == 0);
    CHECK(contains(help.out, "Usage: ismsctl set"));
    CHECK(contains(help.out, "Exit codes"));

    auto set = ismsctl(demo.dir, {"set", file, "r-001", "residual_likelihood=1", "Treatment=Retain", "owner=P-001",
                                  "notes=", "review_date=2027-03-31", "--author", "script"});
    INFO(set.out + set.err);
    REQUIRE(set.exitCode == 0);
    CHECK(contains(set.out, "Set residual_likelihood, treatment, owner, notes, review_date of R-001."));
    auto listed = ismsctl(demo.dir, {"list", file, "risks", "--format", "csv"});
    const auto line = listed.out.substr(listed.out.find("\nR-001,"), 400);
    CHECK(contains(line, ",P-001,"));
    CHECK(contains(line, ",retain,1,4,4,"));  // residual level recomputed from the matrix
    CHECK(contains(line, "2027-03-31"));
    auto history = ismsctl(demo.dir, {"history", file, "risks/R-001"});
    CHECK(contains(history.out, "script"));
    CHECK(ismsctl(demo.dir, {"check", file}).exitCode == 0);

    // A control by its Annex A ref; the same value again changes nothing and still succeeds.
    auto control = ismsctl(demo.dir, {"set", file, "A.5.15", "implementation=implemented"});
    CHECK(control.exitCode == 0);
    auto again = ismsctl(demo.dir, {"set", file, "A.5.15", "implementation=implemented"});
    CHECK(again.exitCode == 0);
    CHECK(ismsctl(demo.dir, {"check", file}).exitCode == 0);
}

TEST_CASE("set refuses every bad input and writes nothing", "[cli][set]")
{
    DemoFile demo;
    const std::string file = demo.path.string();
    expectRefusedUnchanged(demo.dir, demo.path, {
        {{"set", file, "R-001", "residual_likelihood=9"}, 1, "Residual likelihood"},
        {{"set", file, "R-001", "treatment=mitigate"}, 1, "treatment"},
        {{"set", file, "R-001", "review_date=2026-02-30"}, 1, "YYYY-MM-DD"},
        {{"set", file, "R-001", "owner=P-999"}, 1, "no record 'P-999'"},
        {{"set", file, "R-001", "colour=red"}, 1, "has no field 'colour'"},
        {{"set", file, "R-001", "inherent_level=3"}, 1, "computed"},
        {{"set", file, "R-001", "title="}, 1, "Title"},
        {{"set", file, "R-001", "treatment=share", "residual_impact=0"}, 1, "Nothing was written"},
        {{"set", file, "R-999", "title=x"}, 1, "no register holds a record 'R-999'"},
        {{"set", file, "R-001", "--register", "assets", "title=x"}, 1, "no record 'R-001'"},
        {{"set", file, "R-001", "--register", "nonsense", "title=x"}, 2, "nonsense"},
        {{"set", file, "R-001", "title"}, 2, "is not FIELD=VALUE"},
        {{"set", file, "R-001", "=x"}, 2, "is not FIELD=VALUE"},
        {{"set", file, "R-001"}, 2, "set --help"},
    });
}

TEST_CASE("set refuses an audit copy and leaves it as it was exported", "[cli][set]")
{
    DemoFile demo;
    const auto copy = demo.dir / "audit.isms";
    REQUIRE(ismsctl(demo.dir, {"export", demo.path.string(), copy.string(), "--audit-copy"}).exitCode == 0);
    const std::string bytes = readFile(copy);
    auto run = ismsctl(demo.dir, {"set", copy.string(), "R-001", "title=Changed"});
    CHECK(run.exitCode == 1);
    CHECK(contains(run.err, "audit copy"));
    CHECK(readFile(copy) == bytes);
    CHECK(ismsctl(demo.dir, {"verify", copy.string()}).exitCode == 0);
}

namespace {

// R-001's row of the risks register as `list --format csv` prints it.
std::string riskRow(const TempDir& dir, const std::string& file)
{
    const auto listed = ismsctl(dir, {"list", file, "risks", "--format", "csv"});
    const auto at = listed.out.find("\nR-001,");
    return at == std::string::npos ? std::string() : listed.out.substr(at + 1, listed.out.find('\n', at + 1) - at - 1);
}

} // namespace

TEST_CASE("set killed with kill -9 at any moment leaves the old values or the new ones, never half", "[cli][set][kill]")
{
    DemoFile demo;
    const std::string file = demo.path.string();
    const auto args = [&](int round) {
        const std::string n = std::to_string(round);
        return std::vector<std::string>{"set", file, "R-001", "title=Kill title " + n, "notes=Kill notes " + n};
    };
    // How long one set takes here (with the shell that starts it), to spread the kills over its
    // second half, where it opens the file, writes and commits; the first half is start-up.
    const auto started = std::chrono::steady_clock::now();
    REQUIRE(ismsctl(demo.dir, args(0)).exitCode == 0);
    const auto took = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started);

    int before = 0;  // the round whose values the file holds
    int killed = 0;
    constexpr int kRounds = 40;
    for (int round = 1; round <= kRounds; ++round) {
        const pid_t child = spawnIsmsctl(args(round));
        REQUIRE(child > 0);
        std::this_thread::sleep_for(took / 2 + took * round / (kRounds + kRounds / 4));
        ::kill(child, SIGKILL);
        int status = 0;
        REQUIRE(::waitpid(child, &status, 0) == child);
        killed += WIFSIGNALED(status) ? 1 : 0;

        const std::string row = riskRow(demo.dir, file);
        INFO("round " << round << ": " << row);
        const bool isNew = contains(row, "Kill title " + std::to_string(round) + ",");
        const bool isOld = contains(row, "Kill title " + std::to_string(before) + ",");
        REQUIRE(isNew != isOld);
        const int holds = isNew ? round : before;
        CHECK(contains(row, "Kill notes " + std::to_string(holds)));  // both fields, or neither
        before = holds;
        auto check = ismsctl(demo.dir, {"check", file});
        INFO(check.out + check.err);
        REQUIRE(check.exitCode == 0);
    }
    INFO(killed << " of " << kRounds << " runs were killed before they finished");
    CHECK(killed > 0);
    // After all that, the file takes an edit as usual.
    CHECK(ismsctl(demo.dir, args(kRounds + 1)).exitCode == 0);
    CHECK(contains(riskRow(demo.dir, file), "Kill notes " + std::to_string(kRounds + 1)));
}
