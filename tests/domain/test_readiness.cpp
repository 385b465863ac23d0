#include "fixture.h"

#include "domain/readiness.h"

#include <catch2/catch_test_macros.hpp>

using namespace isms;
using namespace isms::test;

namespace {

const Date kToday = day("2026-11-23");

const MandatoryItem& item(const std::vector<MandatoryItem>& items, const std::string& key)
{
    for (const auto& i : items)
        if (i.key == key)
            return i;
    throw std::invalid_argument("no mandatory item " + key);
}

RecordId approvedDoc(Fixture& f, std::string ref, const char* mandatory, const char* type = "record")
{
    return f.add("documents", std::move(ref), {F("title", std::string("Doc for ") + mandatory),
                                               F("type", type), F("status", "approved"),
                                               F("mandatory", mandatory)});
}

// A file that meets every mandatory item.
void readyFile(Fixture& f)
{
    const RecordId boss = f.add("people", "P-1", {F("name", "Ann Boss")});
    const RecordId auditor = f.add("people", "P-2", {F("name", "Ian Auditor")});
    f.add("scopes", "SC-1", {F("title", "Scope"), F("statement", "All of it"), F("status", "approved")});
    approvedDoc(f, "DOC-1", "policy", "policy");
    approvedDoc(f, "DOC-2", "risk_assessment_process");
    approvedDoc(f, "DOC-3", "risk_treatment_process");
    approvedDoc(f, "DOC-4", "soa");
    approvedDoc(f, "DOC-5", "operational");
    f.completeSoa();
    f.add("objectives", "O-1", {F("title", "Fewer incidents"), F("measure", "incidents per month"),
                                F("owner", boss), F("due_date", day("2027-06-30"))});
    f.add("competences", "CP-1", {F("title", "Risk assessment")});
    f.add("trainings", "TR-1", {F("title", "ISO 27005 course"), F("result", "passed")});
    f.add("assessments", "RA-1", {F("title", "Annual"), F("date", day("2026-03-01"))});
    f.add("risks", "R-1", {F("title", "Theft"), F("inherent_likelihood", 2), F("inherent_impact", 2)});
    f.add("treatments", "RTP-1", {F("title", "Encrypt"), F("status", "done")});
    const RecordId metric = f.add("metrics", "M-1", {F("title", "Patch latency")});
    f.add("measurements", "MS-1", {F("metric", metric), F("date", day("2026-10-01")), F("value", 3.0)});
    f.add("programmes", "AP-1", {F("title", "2026 programme")});
    f.add("audits", "AU-1", {F("title", "Full ISMS"), F("status", "completed"), F("auditee", boss),
                             F("lead_auditor", auditor)});
    f.add("reviews", "MR-1", {F("title", "2026 review"), F("status", "held"),
                              F("held_date", day("2026-09-01")), F("decisions", "Carry on")});
    f.add("nonconformities", "NC-1", {F("title", "Late review"), F("source", "audit"),
                                      F("status", "closed"), F("effective", "yes")});
}

} // namespace

TEST_CASE("An empty file is missing every mandatory item", "[readiness]")
{
    Fixture f;
    f.data.methodology = Methodology{};  // not even a methodology yet
    const auto items = mandatoryDocumentation(f.data, kToday);
    REQUIRE(items.size() == 14);
    for (const auto& i : items) {
        INFO(i.key);
        CHECK(i.presence == Presence::Missing);
        CHECK(i.evidence.empty());
        CHECK_FALSE(i.missing.empty());
    }
    CHECK(items.front().clause == "4.3");
    CHECK(items.back().clause == "10.2");

    const auto readiness = auditReadiness(f.data, kToday);
    CHECK_FALSE(readiness.ready);
    CHECK(readiness.requirements == 0);
    CHECK(readiness.percentMet == 0);
    CHECK(readiness.mandatoryPresent == 0);
    REQUIRE(readiness.clauses.size() == 7);
    CHECK(readiness.clauses.front().clause == "4");
    CHECK(readiness.clauses.front().title == "Context of the organization");
    CHECK(readiness.clauses.back().clause == "10");
    // Clause 4: "no entries" note plus the scope gap.
    const auto& gaps4 = readiness.clauses.front().gaps;
    REQUIRE(gaps4.size() == 2);
    CHECK(gaps4[0].message.find("no entries") != std::string::npos);
    CHECK(gaps4[1].registerKey == "scopes");
    CHECK(gaps4[1].ref == "4.3");
}

TEST_CASE("A complete file has every mandatory item present", "[readiness]")
{
    Fixture f;
    readyFile(f);
    const auto items = mandatoryDocumentation(f.data, kToday);
    for (const auto& i : items) {
        INFO(i.key);
        for (const auto& m : i.missing)
            INFO(m);
        CHECK(i.presence == Presence::Present);
        CHECK(i.missing.empty());
        CHECK_FALSE(i.evidence.empty());
    }
}

TEST_CASE("Each mandatory item turns partial or missing for its own reason", "[readiness]")
{
    Fixture f;
    readyFile(f);
    const RegisterDef& docs = f.data.def("documents");
    auto presence = [&](const std::string& key) { return item(mandatoryDocumentation(f.data, kToday), key).presence; };
    auto setField = [&](std::string_view reg, const std::string& ref, const std::string& field, Value v) {
        for (auto& r : f.data.records[std::string(reg)])
            if (r.ref == ref)
                r.set(f.data.def(reg), field, std::move(v));
    };

    SECTION("scope: a draft is partial, nothing is missing")
    {
        setField("scopes", "SC-1", "status", std::string("draft"));
        CHECK(presence("scope") == Presence::Partial);
        f.data.records["scopes"].clear();
        CHECK(presence("scope") == Presence::Missing);
        approvedDoc(f, "DOC-9", "scope");
        CHECK(presence("scope") == Presence::Present);
    }
    SECTION("policy: a draft policy is partial; any approved document of type policy counts")
    {
        setField("documents", "DOC-1", "status", std::string("in_review"));
        const auto i = item(mandatoryDocumentation(f.data, kToday), "policy");
        CHECK(i.presence == Presence::Partial);
        REQUIRE(i.evidence.size() == 1);
        CHECK(i.evidence[0].find("not approved") != std::string::npos);
        f.add("documents", "DOC-9", {F("title", "Topic policy"), F("type", "policy"), F("status", "approved")});
        CHECK(presence("policy") == Presence::Present);
    }
    SECTION("policy: a retired policy is no evidence")
    {
        setField("documents", "DOC-1", "status", std::string("retired"));
        CHECK(presence("policy") == Presence::Missing);
    }
    SECTION("risk assessment process needs the methodology and the document")
    {
        f.data.methodology.acceptanceCriteria.clear();
        CHECK(presence("risk_assessment_process") == Presence::Partial);
        f.data.methodology = Methodology{};
        setField("documents", "DOC-2", "mandatory", std::string("none"));
        CHECK(presence("risk_assessment_process") == Presence::Missing);
    }
    SECTION("risk treatment process: a plan without the document is partial")
    {
        setField("documents", "DOC-3", "status", std::string("retired"));
        CHECK(presence("risk_treatment_process") == Presence::Partial);
    }
    SECTION("SoA: incomplete or inconsistent is partial")
    {
        f.add("controls", "C-1", {F("title", "Custom"), F("theme", "custom")});
        const auto i = item(mandatoryDocumentation(f.data, kToday), "soa");
        CHECK(i.presence == Presence::Partial);
        REQUIRE(i.missing.size() == 1);
        CHECK(i.missing[0] == "Complete the SoA: 1 control needs a decision or justification.");
        f.data.records["controls"].erase(f.data.records["controls"].begin());
        CHECK(item(mandatoryDocumentation(f.data, kToday), "soa").missing[0]
              == "Complete the SoA: list the 1 missing Annex A control; 1 control needs a decision "
                 "or justification.");
    }
    SECTION("SoA: an excluded control treating a risk is partial")
    {
        setField("controls", "A.5.1", "applicable", std::string("no"));
        setField("controls", "A.5.1", "justification", std::string("n/a"));
        f.link("risk_controls", f.data.records["risks"][0].id, f.data.records["controls"][0].id);
        CHECK(presence("soa") == Presence::Partial);
    }
    SECTION("objectives: one without an owner is partial; a cancelled one does not count")
    {
        f.add("objectives", "O-2", {F("title", "Vague"), F("measure", "x"), F("due_date", kToday)});
        const auto i = item(mandatoryDocumentation(f.data, kToday), "objectives");
        CHECK(i.presence == Presence::Partial);
        CHECK(i.missing[0].find("O-2") != std::string::npos);
        setField("objectives", "O-2", "status", std::string("cancelled"));
        CHECK(presence("objectives") == Presence::Present);
    }
    SECTION("competence: planned training is no evidence")
    {
        setField("trainings", "TR-1", "result", std::string("planned"));
        CHECK(presence("competence") == Presence::Partial);
        f.data.records["competences"].clear();
        CHECK(presence("competence") == Presence::Missing);
    }
    SECTION("operational: approved procedures alone are partial")
    {
        setField("documents", "DOC-5", "mandatory", std::string("none"));
        setField("documents", "DOC-5", "type", std::string("procedure"));
        CHECK(presence("operational") == Presence::Partial);
    }
    SECTION("risk assessment results: an unassessed risk or a stale assessment is partial")
    {
        f.add("risks", "R-2", {F("title", "New")});
        CHECK(presence("risk_assessment_results") == Presence::Partial);
        f.data.records["risks"].pop_back();
        CHECK(presence("risk_assessment_results") == Presence::Present);
        // 12-month interval: 2025-11-23 + 12 months = today is still within it.
        setField("assessments", "RA-1", "date", day("2025-11-23"));
        CHECK(presence("risk_assessment_results") == Presence::Present);
        setField("assessments", "RA-1", "date", day("2025-11-22"));
        CHECK(presence("risk_assessment_results") == Presence::Partial);
    }
    SECTION("risk treatment results: an unaccepted high residual risk is partial")
    {
        f.add("risks", "R-2", {F("title", "Big"), F("inherent_likelihood", 5), F("inherent_impact", 5)});
        CHECK(presence("risk_treatment_results") == Presence::Partial);
    }
    SECTION("monitoring: a metric never measured is partial")
    {
        f.add("metrics", "M-2", {F("title", "Phishing clicks")});
        const auto i = item(mandatoryDocumentation(f.data, kToday), "monitoring");
        CHECK(i.presence == Presence::Partial);
        CHECK(i.missing[0].find("M-2") != std::string::npos);
    }
    SECTION("audit: no completed audit, or a partial auditor, is partial")
    {
        setField("audits", "AU-1", "status", std::string("planned"));
        CHECK(presence("audit") == Presence::Partial);
        setField("audits", "AU-1", "status", std::string("completed"));
        setField("audits", "AU-1", "lead_auditor", f.data.records["people"][0].id);
        CHECK(presence("audit") == Presence::Partial);
    }
    SECTION("review: a held review without decisions is partial; a planned one is missing")
    {
        setField("reviews", "MR-1", "decisions", std::string());
        CHECK(presence("review") == Presence::Partial);
        approvedDoc(f, "DOC-9", "review");
        CHECK(presence("review") == Presence::Present);
        f.data.records["documents"].pop_back();
        setField("reviews", "MR-1", "status", std::string("planned"));
        CHECK(presence("review") == Presence::Partial);  // a held date says it took place
        setField("reviews", "MR-1", "held_date", Value{});
        CHECK(presence("review") == Presence::Missing);
    }
    SECTION("nonconformities: none recorded is missing unless stated")
    {
        f.data.records["nonconformities"].clear();
        CHECK(presence("nonconformities") == Presence::Missing);
        f.add("clauses", "10.2", {F("title", "Nonconformity and corrective action"), F("status", "met")});
        CHECK(presence("nonconformities") == Presence::Present);
    }
    SECTION("nonconformities: closed without a check is partial")
    {
        setField("nonconformities", "NC-1", "effective", std::string("not_checked"));
        CHECK(presence("nonconformities") == Presence::Partial);
    }
    (void)docs;
}

TEST_CASE("Clause readiness rolls the checklist up to clauses 4 to 10", "[readiness]")
{
    Fixture f;
    readyFile(f);
    f.add("clauses", "6.1", {F("title", "Actions to address risks")});  // a heading: not counted
    f.add("clauses", "6.1.2", {F("title", "Risk assessment"), F("status", "met")});
    f.add("clauses", "6.1.3", {F("title", "Risk treatment"), F("status", "in_progress")});
    f.add("clauses", "6.2", {F("title", "Objectives")});
    f.add("clauses", "6.1.10", {F("title", "Made up"), F("status", "met")});
    f.add("clauses", "CL-7", {F("title", "7.2 Competence"), F("status", "met")});
    f.add("clauses", "A.5.1", {F("title", "not a clause"), F("status", "met")});
    const auto r = auditReadiness(f.data, kToday);
    const auto& six = r.clauses[2];
    CHECK(six.clause == "6");
    CHECK(six.requirements == 4);
    CHECK(six.met == 2);
    CHECK(six.inProgress == 1);
    CHECK(six.notStarted == 1);
    CHECK(six.percentMet == 50);
    REQUIRE(six.gaps.size() == 2);
    CHECK(six.gaps[0].ref == "6.1.3");  // clause order, not text order
    CHECK(six.gaps[0].message.find("in progress") != std::string::npos);
    CHECK(six.gaps[1].ref == "6.2");
    CHECK(six.gaps[1].registerKey == "clauses");
    const auto& seven = r.clauses[3];
    CHECK(seven.requirements == 1);
    CHECK(seven.percentMet == 100);
    CHECK(seven.gaps.empty());
    CHECK(r.requirements == 5);
    CHECK(r.met == 3);
    CHECK(r.percentMet == 60);
    CHECK(r.mandatoryPresent == 14);
    CHECK_FALSE(r.ready);

    SECTION("a failing mandatory item is a gap of its clause")
    {
        f.add("metrics", "M-2", {F("title", "Never measured")});
        const auto again = auditReadiness(f.data, kToday);
        const auto& nine = again.clauses[5];
        CHECK(nine.clause == "9");
        REQUIRE(nine.gaps.size() == 2);  // "no entries" + monitoring
        CHECK(nine.gaps[1].registerKey == "metrics");
        CHECK(nine.gaps[1].ref == "9.1");
        CHECK(again.mandatoryPresent == 13);
    }
}

TEST_CASE("Everything met and present is ready", "[readiness]")
{
    Fixture f;
    readyFile(f);
    for (int top = 4; top <= 10; ++top)
        f.add("clauses", std::to_string(top) + ".1", {F("title", "x"), F("status", "met")});
    auto r = auditReadiness(f.data, kToday);
    CHECK(r.ready);
    CHECK(r.percentMet == 100);
    for (const auto& c : r.clauses)
        CHECK(c.gaps.empty());
    f.data.records["clauses"].back().set(f.data.def("clauses"), "status", std::string("in_progress"));
    r = auditReadiness(f.data, kToday);
    CHECK_FALSE(r.ready);
    CHECK(r.percentMet == 85);
}

TEST_CASE("Top-level clause numbers", "[readiness]")
{
    CHECK(topLevelClause("6.1.3 d") == 6);
    CHECK(topLevelClause("10.2") == 10);
    CHECK(topLevelClause("4") == 4);
    CHECK(topLevelClause("3.1") == 0);
    CHECK(topLevelClause("11") == 0);
    CHECK(topLevelClause("A.5.1") == 0);
    CHECK(topLevelClause("") == 0);
}
