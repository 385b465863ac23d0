#include "fixture.h"

#include "domain/risk_flags.h"

#include <catch2/catch_test_macros.hpp>

using namespace isms;
using namespace isms::test;

namespace {

RecordId risk(Fixture& f, std::string ref, int il, int ii, int rl, int ri,
              std::initializer_list<F> more = {})
{
    const RecordId id = f.add("risks", std::move(ref),
                              {F("title", "Laptop theft"), F("inherent_likelihood", il),
                               F("inherent_impact", ii), F("residual_likelihood", rl),
                               F("residual_impact", ri)});
    Record& r = f.get("risks", id);
    for (const auto& field : more)
        r.set(f.data.def("risks"), field.key, field.value);
    return id;
}

} // namespace

TEST_CASE("An empty file has no risk flags and empty heat maps", "[risk_flags]")
{
    Fixture f;
    CHECK(riskFlags(f.data).empty());
    const auto maps = riskHeatMaps(f.data);
    CHECK(maps.inherent.likelihoodLevels == 5);
    CHECK(maps.inherent.cells.size() == 25);
    CHECK(maps.inherent.assessed() == 0);
    CHECK(maps.residual.unassessed == 0);
}

TEST_CASE("A residual level above the threshold needs a recorded acceptance", "[risk_flags]")
{
    Fixture f;
    f.data.methodology.acceptableMaxScore = 5;
    const RecordId boss = f.add("people", "P-1", {F("name", "Ann Boss")});

    SECTION("at the threshold is acceptable without acceptance")
    {
        risk(f, "R-1", 5, 5, 1, 5);  // residual 5
        CHECK(riskFlags(f.data).empty());
    }
    SECTION("one above the threshold is flagged")
    {
        risk(f, "R-1", 5, 5, 2, 3);  // residual 6
        const auto flags = riskFlags(f.data);
        REQUIRE(flags.size() == 1);
        CHECK(flags[0].kind == RiskFlagKind::AboveThresholdUnaccepted);
        CHECK(flags[0].score == 6);
        CHECK(flags[0].item.ref == "R-1");
        CHECK(flags[0].item.registerKey == "risks");
        CHECK(flags[0].item.title == "Laptop theft");
        CHECK(flags[0].item.message.find("no acceptance") != std::string::npos);
    }
    SECTION("accepted by someone on a date is not flagged")
    {
        risk(f, "R-1", 5, 5, 4, 4, {F("accepted_by", boss), F("accepted_on", day("2026-03-01"))});
        CHECK(riskFlags(f.data).empty());
    }
    SECTION("an acceptance without a date is still flagged")
    {
        risk(f, "R-1", 5, 5, 4, 4, {F("accepted_by", boss)});
        const auto flags = riskFlags(f.data);
        REQUIRE(flags.size() == 1);
        CHECK(flags[0].item.message.find("no date") != std::string::npos);
    }
    SECTION("an acceptance without an acceptor is still flagged")
    {
        risk(f, "R-1", 5, 5, 4, 4, {F("accepted_on", day("2026-03-01"))});
        REQUIRE(riskFlags(f.data).size() == 1);
    }
    SECTION("an untreated risk carries its inherent level")
    {
        risk(f, "R-1", 4, 4, 0, 0);
        const auto flags = riskFlags(f.data);
        REQUIRE(flags.size() == 1);
        CHECK(flags[0].score == 16);
        CHECK(flags[0].item.message.find("inherent") != std::string::npos);
    }
    SECTION("closed risks and opportunities are not flagged")
    {
        risk(f, "R-1", 5, 5, 5, 5, {F("status", "closed")});
        risk(f, "R-2", 5, 5, 5, 5, {F("kind", "opportunity")});
        CHECK(riskFlags(f.data).empty());
    }
}

TEST_CASE("A retained risk above the threshold without acceptance is its own flag", "[risk_flags]")
{
    Fixture f;
    risk(f, "R-1", 4, 4, 4, 4, {F("treatment", "retain")});
    risk(f, "R-2", 4, 4, 4, 4, {F("treatment", "modify")});
    risk(f, "R-3", 2, 2, 2, 2, {F("treatment", "retain")});  // 4: within the threshold
    const auto flags = riskFlags(f.data);
    REQUIRE(flags.size() == 2);
    CHECK(flags[0].kind == RiskFlagKind::RetainedWithoutAcceptance);
    CHECK(flags[0].item.ref == "R-1");
    CHECK(flags[1].kind == RiskFlagKind::AboveThresholdUnaccepted);
    CHECK(flags[1].item.ref == "R-2");
}

TEST_CASE("Unassessed and off-scale risks are flagged", "[risk_flags]")
{
    Fixture f;
    risk(f, "R-1", 0, 0, 0, 0);
    risk(f, "R-2", 3, 0, 0, 0);      // half assessed is not assessed
    risk(f, "R-3", 6, 2, 1, 1);      // 6 is off a 5-level scale
    risk(f, "R-4", 2, 2, 1, 7, {F("status", "closed")});  // off scale, even when closed
    risk(f, "R-5", 0, 0, 0, 0, {F("status", "closed")});  // closed: no need to assess
    const auto flags = riskFlags(f.data);
    REQUIRE(flags.size() == 4);
    CHECK(flags[0].kind == RiskFlagKind::OffScale);
    CHECK(flags[0].item.ref == "R-3");
    CHECK(flags[1].kind == RiskFlagKind::OffScale);
    CHECK(flags[1].item.ref == "R-4");
    CHECK(flags[1].item.message.find("residual") != std::string::npos);
    CHECK(flags[2].kind == RiskFlagKind::NotAssessed);
    CHECK(flags[2].item.ref == "R-1");
    CHECK(flags[3].item.ref == "R-2");
}

TEST_CASE("Flags follow the methodology's size and threshold", "[risk_flags]")
{
    Fixture f;
    SECTION("3 levels: a level-4 likelihood is off the scale")
    {
        f.data.methodology = Methodology::preset(3);
        risk(f, "R-1", 4, 1, 1, 1);
        risk(f, "R-2", 3, 3, 3, 3);  // 9 > threshold
        const auto flags = riskFlags(f.data);
        REQUIRE(flags.size() == 2);
        CHECK(flags[0].kind == RiskFlagKind::OffScale);
        CHECK(flags[1].kind == RiskFlagKind::AboveThresholdUnaccepted);
        CHECK(flags[1].score == 9);
    }
    SECTION("10 levels: 10 x 10 is on the scale and above the threshold")
    {
        f.data.methodology = Methodology::preset(10);
        risk(f, "R-1", 10, 10, 10, 10);
        const auto flags = riskFlags(f.data);
        REQUIRE(flags.size() == 1);
        CHECK(flags[0].kind == RiskFlagKind::AboveThresholdUnaccepted);
        CHECK(flags[0].score == 100);
    }
    SECTION("a higher threshold accepts more")
    {
        risk(f, "R-1", 4, 4, 3, 3);
        f.data.methodology.acceptableMaxScore = 9;
        CHECK(riskFlags(f.data).empty());
        f.data.methodology.acceptableMaxScore = 8;
        CHECK(riskFlags(f.data).size() == 1);
    }
}

TEST_CASE("Acceptance flags are sorted by score within their kind", "[risk_flags]")
{
    Fixture f;
    risk(f, "R-1", 5, 5, 3, 3);
    risk(f, "R-2", 5, 5, 5, 5);
    risk(f, "R-3", 5, 5, 4, 4);
    const auto flags = riskFlags(f.data);
    REQUIRE(flags.size() == 3);
    CHECK(flags[0].item.ref == "R-2");
    CHECK(flags[1].item.ref == "R-3");
    CHECK(flags[2].item.ref == "R-1");
}

TEST_CASE("Heat maps count open risks per cell and band", "[risk_flags]")
{
    Fixture f;
    risk(f, "R-1", 5, 4, 2, 1);
    risk(f, "R-2", 5, 4, 0, 0);
    risk(f, "R-3", 1, 1, 1, 1);
    risk(f, "R-4", 0, 0, 0, 0);
    risk(f, "R-5", 9, 1, 1, 1);
    risk(f, "R-6", 5, 4, 1, 1, {F("status", "closed")});
    risk(f, "R-7", 5, 4, 1, 1, {F("kind", "opportunity")});
    const auto maps = riskHeatMaps(f.data);
    CHECK(maps.inherent.count(5, 4) == 2);
    CHECK(maps.inherent.count(4, 5) == 0);
    CHECK(maps.inherent.count(1, 1) == 1);
    CHECK(maps.inherent.count(0, 1) == 0);
    CHECK(maps.inherent.assessed() == 3);
    CHECK(maps.inherent.unassessed == 1);
    CHECK(maps.inherent.offScale == 1);
    CHECK(maps.residual.count(2, 1) == 1);
    CHECK(maps.residual.count(1, 1) == 2);
    CHECK(maps.residual.unassessed == 2);
    // 5x5 bands: Low 1-4, Medium 5-8, High 9-16, Critical 17+ (see Methodology::preset).
    REQUIRE(maps.inherent.bandCounts.size() == 4);
    CHECK(maps.inherent.bandCounts[0] == 1);  // 1
    CHECK(maps.inherent.bandCounts[3] == 2);  // 20
    CHECK(maps.residual.bandCounts[0] == 3);
}

TEST_CASE("Heat maps take the shape of the methodology", "[risk_flags]")
{
    Fixture f;
    f.data.methodology = Methodology::preset(3);
    risk(f, "R-1", 3, 3, 1, 1);
    auto maps = riskHeatMaps(f.data);
    CHECK(maps.inherent.cells.size() == 9);
    CHECK(maps.inherent.count(3, 3) == 1);
    f.data.methodology = Methodology::preset(10);
    maps = riskHeatMaps(f.data);
    CHECK(maps.inherent.cells.size() == 100);
    CHECK(maps.inherent.count(3, 3) == 1);
    CHECK(maps.inherent.count(10, 10) == 0);
}

TEST_CASE("Without a methodology every assessed risk is off the scale", "[risk_flags]")
{
    Fixture f;
    f.data.methodology = Methodology{};
    risk(f, "R-1", 2, 2, 1, 1);
    risk(f, "R-2", 0, 0, 0, 0);
    const auto flags = riskFlags(f.data);
    REQUIRE(flags.size() == 2);
    CHECK(flags[0].kind == RiskFlagKind::OffScale);
    CHECK(flags[1].kind == RiskFlagKind::NotAssessed);
    const auto maps = riskHeatMaps(f.data);
    CHECK(maps.inherent.cells.empty());
    CHECK(maps.inherent.offScale == 1);
    CHECK(maps.inherent.unassessed == 1);
    CHECK(maps.inherent.count(2, 2) == 0);
}

TEST_CASE("Residual bands use the residual level, or the inherent one when untreated", "[risk_flags]")
{
    Fixture f;  // 5x5 bands: Low 1-4, Medium 5-8, High 9-16, Critical 17+
    risk(f, "R-1", 5, 5, 1, 1);  // Low after treatment
    risk(f, "R-2", 5, 5, 0, 0);  // untreated: Critical
    risk(f, "R-3", 0, 0, 0, 0);  // unassessed
    risk(f, "R-4", 5, 5, 5, 5, {F("status", "closed")});
    const auto bands = residualBands(f.data);
    CHECK(bands.open == 3);
    REQUIRE(bands.perBand.size() == 4);
    CHECK(bands.perBand == std::vector<int>{1, 0, 0, 1});
    CHECK(bands.unassessed == 1);
    CHECK(effectiveResidualScore(f.data, f.data.of("risks")[0]) == 1);
    CHECK(effectiveResidualScore(f.data, f.data.of("risks")[1]) == 25);
}
