#include "domain/assessment_compare.h"
#include "domain/pair_choice.h"

#include <catch2/catch_test_macros.hpp>

using namespace isms;

namespace {

RiskSnapshot risk(RecordId id, const char* ref, int inherentL, int inherentI, int residualL, int residualI,
                  const Methodology& m)
{
    RiskSnapshot r;
    r.riskId = id;
    r.ref = ref;
    r.title = std::string("Risk ") + ref;
    r.inherentLikelihood = inherentL;
    r.inherentImpact = inherentI;
    r.inherentLevel = m.score(inherentL, inherentI);
    r.residualLikelihood = residualL;
    r.residualImpact = residualI;
    r.residualLevel = m.score(residualL, residualI);
    return r;
}

AssessmentRun run(const char* ref, Methodology m)
{
    AssessmentRun r;
    r.ref = ref;
    r.methodologyKept = true;
    r.methodology = std::move(m);
    return r;
}

} // namespace

TEST_CASE("Comparing two runs sorts risks into rose, fell, appeared and closed", "[assessment]")
{
    const Methodology m = Methodology::preset5x5();
    AssessmentRun a = run("RA-001", m), b = run("RA-002", m);
    a.risks = {risk(1, "R-001", 4, 4, 2, 2, m), risk(2, "R-002", 3, 3, 0, 0, m), risk(3, "R-003", 2, 2, 1, 1, m),
               risk(4, "R-004", 5, 5, 3, 3, m)};
    b.risks = {risk(1, "R-001", 4, 4, 3, 2, m),   // residual 4 (Low) -> 6 (Medium)
               risk(2, "R-002", 3, 3, 1, 1, m),   // residual assessed: 9 (inherent) -> 1
               risk(4, "R-004", 5, 5, 3, 3, m),   // unchanged
               risk(10, "R-010", 2, 2, 0, 0, m)}; // new
    const RunComparison c = compareRuns(a, b);
    CHECK(c.sameMethod);
    REQUIRE(c.rose.size() == 1);
    CHECK(c.rose[0].ref == "R-001");
    REQUIRE(c.fell.size() == 1);
    CHECK(c.fell[0].ref == "R-002");
    REQUIRE(c.appeared.size() == 1);
    CHECK(c.appeared[0].ref == "R-010");
    CHECK_FALSE(c.appeared[0].before);
    REQUIRE(c.closed.size() == 1);
    CHECK(c.closed[0].ref == "R-003");
    CHECK_FALSE(c.closed[0].after);
    CHECK(c.unchanged == 1);
}

TEST_CASE("Across a method change a move is judged by band, not by raw score", "[assessment]")
{
    const Methodology five = Methodology::preset5x5();  // bands Low 1, Medium 5, High 9, Critical 17
    const Methodology four = Methodology::preset(4);    // bands Low 1, Medium 3, High 6, Critical 11
    REQUIRE_FALSE(sameMethodology(five, four));
    AssessmentRun a = run("RA-001", five), b = run("RA-002", four);
    a.risks = {risk(1, "R-001", 2, 3, 0, 0, five), risk(2, "R-002", 1, 1, 0, 0, five), risk(3, "R-003", 5, 5, 0, 0, five)};
    b.risks = {risk(1, "R-001", 2, 2, 0, 0, four), risk(2, "R-002", 4, 4, 0, 0, four), risk(3, "R-003", 3, 3, 0, 0, four)};
    const RunComparison c = compareRuns(a, b);
    CHECK_FALSE(c.sameMethod);
    // 6 (Medium) then 4 (Medium under the 4x4 method): the score fell but the band held.
    CHECK(c.unchanged == 1);
    REQUIRE(c.rose.size() == 1);
    CHECK(c.rose[0].ref == "R-002");
    CHECK(c.rose[0].bandBefore == 1);
    CHECK(c.rose[0].bandAfter == 4);
    REQUIRE(c.fell.size() == 1);
    CHECK(c.fell[0].ref == "R-003");
}

TEST_CASE("An unassessed risk has band 0 and a method copy compares equal to itself", "[assessment]")
{
    const Methodology m = Methodology::preset5x5();
    CHECK(bandPosition(m, 0) == 0);
    CHECK(bandPosition(m, 25) == static_cast<int>(m.bands.size()));
    CHECK(sameMethodology(m, m));
    Methodology changed = m;
    changed.acceptableMaxScore += 1;
    CHECK_FALSE(sameMethodology(m, changed));
    AssessmentRun empty = run("RA-001", m);
    const RunComparison c = compareRuns(empty, empty);
    CHECK(c.rose.empty());
    CHECK(c.unchanged == 0);
}

TEST_CASE("Choosing the pair to compare: last two by default, refs, and clear refusals", "[assessment]")
{
    const std::vector<std::string> keys{"RA-001", "RA-002", "RA-003"};
    auto c = choosePair(keys, "", "");
    REQUIRE(c.ok());
    CHECK(c.from == 1);
    CHECK(c.to == 2);
    c = choosePair(keys, "RA-001", "RA-003");
    REQUIRE(c.ok());
    CHECK(c.from == 0);
    CHECK(c.to == 2);
    c = choosePair(keys, "RA-001", "");
    REQUIRE(c.ok());
    CHECK(c.to == 1);
    c = choosePair(keys, "", "RA-002");
    REQUIRE(c.ok());
    CHECK(c.from == 0);
    CHECK(choosePair(keys, "RA-009", "").problem == PairChoice::Problem::Unknown);
    CHECK(choosePair(keys, "RA-009", "").unknown == "RA-009");
    CHECK(choosePair(keys, "RA-002", "RA-002").problem == PairChoice::Problem::Same);
    CHECK(choosePair({"RA-001"}, "", "").problem == PairChoice::Problem::TooFew);
    CHECK(choosePair({}, "", "").problem == PairChoice::Problem::TooFew);
}
