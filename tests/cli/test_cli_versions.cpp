// ismsctl assess, soa-version and the comparing report kinds, as users meet them.
#include "cli_support.h"

#include <catch2/catch_test_macros.hpp>

using namespace isms::test;

TEST_CASE("assess records runs and assessment-compare compares the last two", "[cli][versions]")
{
    TempDir dir;
    const std::string file = (dir / "f.isms").string();
    REQUIRE(ismsctl(dir, {"new", file, "--org", "Versions Ltd"}).exitCode == 0);

    auto none = ismsctl(dir, {"report", file, "assessment-compare"});
    CHECK(none.exitCode == 1);
    CHECK(contains(none.err, "Comparing needs two assessment runs and the file has 0"));

    auto noTrigger = ismsctl(dir, {"assess", file});
    CHECK(noTrigger.exitCode == 2);
    CHECK(contains(noTrigger.err, "--trigger planned"));
    CHECK(ismsctl(dir, {"assess", file, "--trigger", "sometimes"}).exitCode == 2);
    auto nobody = ismsctl(dir, {"assess", file, "--trigger", "planned", "--by", "P-999"});
    CHECK(nobody.exitCode == 1);
    CHECK(contains(nobody.err, "'P-999' is not a person of the people register"));

    auto first = ismsctl(dir, {"assess", file, "--trigger", "planned", "--note", "Yearly"});
    REQUIRE(first.exitCode == 0);
    CHECK(contains(first.out, "Recorded RA-"));
    auto one = ismsctl(dir, {"report", file, "assessment-compare"});
    CHECK(one.exitCode == 1);
    CHECK(contains(one.err, "has 1"));
    REQUIRE(ismsctl(dir, {"assess", file, "--trigger", "change"}).exitCode == 0);
    auto compared = ismsctl(dir, {"report", file, "assessment-compare"});
    CHECK(compared.exitCode == 0);
    CHECK(contains(compared.out, "Risk assessment comparison"));
    CHECK(contains(compared.out, "The same in both runs"));
    auto unknown = ismsctl(dir, {"report", file, "assessment-compare", "--from", "RA-077"});
    CHECK(unknown.exitCode == 1);
    CHECK(contains(unknown.err, "There is no assessment run RA-077"));
    CHECK(ismsctl(dir, {"report", file, "soa", "--from", "RA-001"}).exitCode == 2);
    CHECK(ismsctl(dir, {"check", file}).exitCode == 0);
}

TEST_CASE("soa-version approves numbered versions and soa-diff compares them", "[cli][versions]")
{
    TempDir dir;
    const std::string file = (dir / "demo.isms").string();
    REQUIRE(ismsctl(dir, {"demo", file}).exitCode == 0);
    CHECK(ismsctl(dir, {"soa-version", file}).exitCode == 2);
    auto nobody = ismsctl(dir, {"soa-version", file, "--approved-by", "P-999"});
    CHECK(nobody.exitCode == 1);
    CHECK(contains(nobody.err, "Nothing was approved"));

    // The demo holds versions 1 and 2 that differ.
    auto diff = ismsctl(dir, {"report", file, "soa-diff"});
    REQUIRE(diff.exitCode == 0);
    CHECK(contains(diff.out, "Version 1, approved by"));
    CHECK(contains(diff.out, "A.8.30"));
    CHECK(contains(diff.out, "incomplete: 3 controls undecided"));

    auto third = ismsctl(dir, {"soa-version", file, "--approved-by", "P-001", "--note", "Surveillance"});
    REQUIRE(third.exitCode == 0);
    CHECK(contains(third.out, "Approved SoA version 3"));
    CHECK(contains(third.out, "incomplete"));
    auto same = ismsctl(dir, {"report", file, "soa-diff"});
    CHECK(same.exitCode == 0);
    CHECK(contains(same.out, "Nothing changed between the two versions."));
    auto chosen = ismsctl(dir, {"report", file, "soa-diff", "--from", "1", "--to", "v3"});
    CHECK(chosen.exitCode == 0);
    CHECK(contains(chosen.out, "A.8.30"));
    CHECK(ismsctl(dir, {"report", file, "soa-diff", "--from", "2", "--to", "2"}).exitCode == 1);
    CHECK(ismsctl(dir, {"check", file}).exitCode == 0);
}

TEST_CASE("check catches an assessment snapshot or an SoA version changed with sqlite3", "[cli][versions][tampered]")
{
    TempDir dir;
    for (const auto& [name, expected] : {std::pair{"snapshot-changed", "The risk snapshot of assessments RA-002 differs"},
                                         std::pair{"kept-methodology-changed", "The methodology kept with assessments RA-002"},
                                         std::pair{"soa-version-changed", "SoA version 1 differs from its history"}}) {
        INFO(name);
        const auto copy = dir / (std::string(name) + ".isms");
        fs::copy_file(fs::path(ISMS_TEST_DATA_DIR) / "tampered" / (std::string(name) + ".isms"), copy);
        auto run = ismsctl(dir, {"check", copy.string()});
        CHECK(run.exitCode == 1);
        CHECK(contains(run.out + run.err, expected));
    }
}
