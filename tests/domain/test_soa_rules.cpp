#include "fixture.h"

#include "domain/soa_rules.h"

#include <catch2/catch_test_macros.hpp>

using namespace isms;
using namespace isms::test;

TEST_CASE("An empty SoA is incomplete because the Annex A controls are missing", "[soa]")
{
    Fixture f;
    const auto result = soaCompleteness(f.data);
    CHECK_FALSE(result.complete);
    CHECK(result.controls == 0);
    REQUIRE(result.missing.size() == 1);
    CHECK(result.missing[0].id == 0);
    CHECK(result.missing[0].message.find("0 of the 93") != std::string::npos);
    CHECK(soaInconsistencies(f.data).empty());
    CHECK(soaSummary(f.data).controls == 0);
}

TEST_CASE("Every control needs a decision and a justification", "[soa]")
{
    Fixture f;
    f.completeSoa();
    REQUIRE(soaCompleteness(f.data).complete);

    SECTION("a custom control must be decided too")
    {
        f.add("controls", "C-1", {F("title", "Clean desk audits"), F("theme", "custom")});
        const auto result = soaCompleteness(f.data);
        CHECK_FALSE(result.complete);
        CHECK(result.controls == 94);
        CHECK(result.annexAControls == 93);
        REQUIRE(result.missing.size() == 1);
        CHECK(result.missing[0].ref == "C-1");
        CHECK(result.missing[0].message.find("No decision") != std::string::npos);
    }
    SECTION("\"undecided\" is not a decision")
    {
        f.add("controls", "C-1", {F("title", "X"), F("theme", "custom"), F("applicable", "undecided"),
                                  F("reason_risk", true)});
        CHECK_FALSE(soaCompleteness(f.data).complete);
    }
    SECTION("applicable needs a reason flag")
    {
        f.add("controls", "C-1", {F("title", "X"), F("theme", "custom"), F("applicable", "yes"),
                                  F("justification", "We like it")});
        const auto result = soaCompleteness(f.data);
        REQUIRE(result.missing.size() == 1);
        CHECK(result.missing[0].message.find("reason for inclusion") != std::string::npos);
        CHECK(result.decided == 94);
        CHECK(result.justified == 93);
    }
    SECTION("each inclusion reason suffices")
    {
        const char* reason = nullptr;
        SECTION("legal") { reason = "reason_legal"; }
        SECTION("contractual") { reason = "reason_contractual"; }
        SECTION("risk") { reason = "reason_risk"; }
        f.add("controls", "C-1", {F("title", "X"), F("theme", "custom"), F("applicable", "yes"),
                                  F(reason, true)});
        CHECK(soaCompleteness(f.data).complete);
    }
    SECTION("excluded needs a justification text, not blanks")
    {
        const RecordId id = f.add("controls", "C-1",
                                  {F("title", "X"), F("theme", "custom"), F("applicable", "no"),
                                   F("justification", "  \n")});
        CHECK_FALSE(soaCompleteness(f.data).complete);
        f.get("controls", id).set(f.data.def("controls"), "justification",
                                  std::string("No outsourced development."));
        CHECK(soaCompleteness(f.data).complete);
    }
    SECTION("one Annex A control fewer is incomplete")
    {
        f.data.records["controls"].pop_back();
        const auto result = soaCompleteness(f.data);
        CHECK_FALSE(result.complete);
        REQUIRE(result.missing.size() == 1);
        CHECK(result.missing[0].message.find("92 of the 93") != std::string::npos);
    }
}

TEST_CASE("Missing SoA entries are listed in ref order", "[soa]")
{
    Fixture f;
    f.completeSoa();
    f.add("controls", "C-2", {F("title", "B"), F("theme", "custom")});
    f.add("controls", "C-1", {F("title", "A"), F("theme", "custom")});
    const auto result = soaCompleteness(f.data);
    REQUIRE(result.missing.size() == 2);
    CHECK(result.missing[0].ref == "C-1");
    CHECK(result.missing[1].ref == "C-2");
    CHECK(result.missing[1].title == "B");
}

TEST_CASE("An excluded control in use is inconsistent", "[soa]")
{
    Fixture f;
    const RecordId excluded = f.add("controls", "A.8.1",
                                    {F("title", "User endpoint devices"), F("applicable", "no"),
                                     F("justification", "No endpoints")});
    const RecordId r1 = f.add("risks", "R-2", {F("title", "Theft")});
    const RecordId r2 = f.add("risks", "R-1", {F("title", "Loss")});
    const RecordId t1 = f.add("treatments", "RTP-1", {F("title", "Encrypt disks")});

    SECTION("not linked: consistent") { CHECK(soaInconsistencies(f.data).empty()); }
    SECTION("linked from risks")
    {
        f.link("risk_controls", r1, excluded);
        f.link("risk_controls", r2, excluded);
        const auto issues = soaInconsistencies(f.data);
        REQUIRE(issues.size() == 1);
        CHECK(issues[0].kind == SoaIssueKind::ExcludedButTreatsRisk);
        CHECK(issues[0].item.ref == "A.8.1");
        CHECK(issues[0].relatedRefs == std::vector<std::string>{"R-1", "R-2"});
        CHECK(issues[0].item.message.find("R-1, R-2") != std::string::npos);
    }
    SECTION("linked from a treatment action")
    {
        f.link("treatment_controls", t1, excluded);
        const auto issues = soaInconsistencies(f.data);
        REQUIRE(issues.size() == 1);
        CHECK(issues[0].kind == SoaIssueKind::ExcludedButImplemented);
        CHECK(issues[0].relatedRefs == std::vector<std::string>{"RTP-1"});
    }
    SECTION("other links to the control do not count")
    {
        const RecordId doc = f.add("documents", "DOC-1", {F("title", "Policy")});
        f.link("control_documents", excluded, doc);
        CHECK(soaInconsistencies(f.data).empty());
    }
}

TEST_CASE("A control treating a risk needs 'risk treatment' as a reason", "[soa]")
{
    Fixture f;
    const RecordId c = f.add("controls", "A.5.15", {F("title", "Access control"),
                                                     F("applicable", "yes"),
                                                     F("reason_legal", true)});
    const RecordId r = f.add("risks", "R-1", {F("title", "Unauthorised access")});
    f.link("risk_controls", r, c);
    auto issues = soaInconsistencies(f.data);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].kind == SoaIssueKind::TreatsRiskWithoutRiskReason);
    CHECK(issues[0].item.message.find("add 'risk treatment' as a reason") != std::string::npos);

    f.get("controls", c).set(f.data.def("controls"), "reason_risk", true);
    CHECK(soaInconsistencies(f.data).empty());

    SECTION("an undecided control treating a risk also lacks the reason")
    {
        const RecordId u = f.add("controls", "A.5.16", {F("title", "Identity management")});
        f.link("risk_controls", r, u);
        issues = soaInconsistencies(f.data);
        REQUIRE(issues.size() == 1);
        CHECK(issues[0].item.ref == "A.5.16");
    }
    SECTION("a treatment link alone does not demand the reason")
    {
        const RecordId u = f.add("controls", "A.5.17", {F("title", "Authentication"),
                                                         F("applicable", "yes")});
        const RecordId t = f.add("treatments", "RTP-1", {F("title", "MFA")});
        f.link("treatment_controls", t, u);
        CHECK(soaInconsistencies(f.data).empty());
    }
}

TEST_CASE("The SoA summary counts decisions and implementation", "[soa]")
{
    Fixture f;
    f.add("controls", "C-1", {F("title", "a"), F("applicable", "yes"), F("implementation", "implemented")});
    f.add("controls", "C-2", {F("title", "b"), F("applicable", "yes"), F("implementation", "partial")});
    f.add("controls", "C-3", {F("title", "c"), F("applicable", "no")});
    f.add("controls", "C-4", {F("title", "d"), F("applicable", "undecided")});
    f.add("controls", "C-5", {F("title", "e")});
    const auto s = soaSummary(f.data);
    CHECK(s.controls == 5);
    CHECK(s.decision("yes") == 2);
    CHECK(s.decision("no") == 1);
    CHECK(s.decision("undecided") == 2);
    CHECK(s.implementation("implemented") == 1);
    CHECK(s.implementation("partial") == 1);
    CHECK(s.implementation("planned") == 0);
    CHECK(s.implementation("") == 3);
    REQUIRE(s.byDecision.size() == 3);
    CHECK(s.byDecision[0].key == "undecided");
    CHECK(s.byImplementation.back().label == "Not set");
}
