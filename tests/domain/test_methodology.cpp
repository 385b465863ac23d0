#include "domain/catalogue.h"
#include "domain/methodology.h"
#include "domain/risk_levels.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace isms;

TEST_CASE("Presets of every allowed size are valid and score likelihood x impact", "[methodology]")
{
    const int levels = GENERATE(3, 4, 5, 6, 7, 8, 9, 10);
    const auto m = Methodology::preset(levels);
    REQUIRE(m.validate().ok());
    CHECK(m.likelihood.size() == static_cast<std::size_t>(levels));
    CHECK(m.score(1, 1) == 1);
    CHECK(m.score(levels, levels) == levels * levels);
    CHECK(m.score(0, 1) == 0);
    CHECK(m.score(levels + 1, 1) == 0);
    CHECK(m.band(levels * levels)->label == "Critical");
    CHECK(m.band(1)->label == "Low");
    CHECK(m.band(0) == nullptr);
    CHECK(m.acceptable(1));
    CHECK_FALSE(m.acceptable(levels * levels));
}

TEST_CASE("An invalid methodology is refused with a reason", "[methodology]")
{
    auto m = Methodology::preset5x5();
    SECTION("too few levels")
    {
        m.likelihood.resize(2);
        m.matrix.resize(10);
    }
    SECTION("too many levels")
    {
        m.impact.resize(11, ScaleLevel{"x", ""});
    }
    SECTION("incomplete matrix") { m.matrix.pop_back(); }
    SECTION("bad colour") { m.bands[0].colour = "green"; }
    SECTION("bands out of order") { std::swap(m.bands[0], m.bands[1]); }
    SECTION("unlabelled level") { m.impact[2].label.clear(); }
    const auto result = m.validate();
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::Invalid);
    CHECK_FALSE(result.error().message.empty());
}

TEST_CASE("Risk levels follow the file's own matrix", "[methodology]")
{
    const auto& risks = Catalogue::standard().get("risks");
    auto m = Methodology::preset5x5();
    auto risk = Record::blank(risks);
    risk.set(risks, "inherent_likelihood", std::int64_t{4});
    risk.set(risks, "inherent_impact", std::int64_t{5});
    risk.set(risks, "residual_likelihood", std::int64_t{2});
    applyRiskLevels(risks, risk, m);
    CHECK(risk.integer(risks, "inherent_level") == 20);
    CHECK(isEmpty(risk.get(risks, "residual_level")));  // residual impact not assessed yet

    m.matrix[(4 - 1) * 5 + (5 - 1)] = 23;  // a custom matrix cell
    applyRiskLevels(risks, risk, m);
    CHECK(risk.integer(risks, "inherent_level") == 23);

    const auto small = Methodology::preset(3);  // shrinking the scale leaves level 4 unassessed
    applyRiskLevels(risks, risk, small);
    CHECK(isEmpty(risk.get(risks, "inherent_level")));
}
