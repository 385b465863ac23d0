#include "fixture.h"

#include "domain/review_inputs.h"

#include <catch2/catch_test_macros.hpp>

using namespace isms;
using namespace isms::test;

namespace {

const Date kToday = day("2026-11-23");

const ReviewInputSection& section(const ReviewInputs& inputs, const std::string& item)
{
    for (const auto& s : inputs.sections)
        if (s.item == item)
            return s;
    throw std::invalid_argument("no section " + item);
}

bool mentions(const ReviewInputSection& s, const std::string& text)
{
    for (const auto& l : s.lines)
        if (l.text.find(text) != std::string::npos)
            return true;
    return false;
}

const ReviewInputLine* lineFor(const ReviewInputSection& s, const std::string& ref)
{
    for (const auto& l : s.lines)
        if (l.ref == ref)
            return &l;
    return nullptr;
}

} // namespace

TEST_CASE("An empty file still gives every 9.3.2 section, in order", "[review_inputs]")
{
    Fixture f;
    const auto inputs = managementReviewInputs(f.data, kToday);
    CHECK_FALSE(inputs.since.has_value());
    CHECK(inputs.sinceRef.empty());
    REQUIRE(inputs.sections.size() == 10);
    const std::vector<std::string> order{"9.3.2 a)",    "9.3.2 b)",    "9.3.2 c)",
                                         "9.3.2 d) 1)", "9.3.2 d) 2)", "9.3.2 d) 3)",
                                         "9.3.2 d) 4)", "9.3.2 e)",    "9.3.2 f)",
                                         "9.3.2 g)"};
    for (std::size_t i = 0; i < order.size(); ++i) {
        INFO(order[i]);
        CHECK(inputs.sections[i].item == order[i]);
        CHECK_FALSE(inputs.sections[i].title.empty());
        CHECK_FALSE(inputs.sections[i].lines.empty());
    }
    CHECK(mentions(section(inputs, "9.3.2 a)"), "No previous management review"));
    CHECK(mentions(section(inputs, "9.3.2 d) 2)"), "No metrics"));
}

TEST_CASE("Context changes are those since the last held review", "[review_inputs]")
{
    Fixture f;
    f.add("reviews", "MR-1", {F("title", "2025"), F("status", "held"), F("held_date", day("2025-11-01"))});
    f.add("reviews", "MR-2", {F("title", "2026"), F("status", "held"), F("held_date", day("2026-06-01"))});
    f.add("reviews", "MR-3", {F("title", "2027"), F("status", "planned"), F("planned_date", day("2027-06-01"))});
    f.add("issues", "IS-1", {F("title", "Old issue"), F("origin", "external")}, "2026-05-31T23:00:00.000Z");
    f.add("issues", "IS-2", {F("title", "Changed on review day"), F("origin", "internal")},
          "2026-06-01T08:00:00.000Z");
    f.add("issues", "IS-3", {F("title", "Heat waves"), F("origin", "external"), F("climate_relevant", true)},
          "2026-09-15T10:00:00.000Z");
    const RecordId party = f.add("parties", "IP-1", {F("name", "Regulator"), F("type", "regulator")});
    f.add("requirements", "REQ-1", {F("party", party), F("title", "Report breaches in 72 h"),
                                    F("addressed", true)}, "2026-07-01T10:00:00.000Z");

    const auto inputs = managementReviewInputs(f.data, kToday);
    REQUIRE(inputs.since == day("2026-06-01"));
    CHECK(inputs.sinceRef == "MR-2");
    const auto& b = section(inputs, "9.3.2 b)");
    CHECK(lineFor(b, "IS-1") == nullptr);
    REQUIRE(lineFor(b, "IS-2") != nullptr);
    REQUIRE(lineFor(b, "IS-3") != nullptr);
    CHECK(lineFor(b, "IS-3")->registerKey == "issues");
    CHECK(lineFor(b, "IS-3")->text.find("climate") != std::string::npos);
    CHECK(lineFor(b, "IS-3")->text.find("changed 2026-09-15") != std::string::npos);
    const auto& c = section(inputs, "9.3.2 c)");
    CHECK(lineFor(c, "IP-1") == nullptr);  // last changed 2026-01-01
    REQUIRE(lineFor(c, "REQ-1") != nullptr);
    CHECK(lineFor(c, "REQ-1")->text.find("Regulator") != std::string::npos);

    SECTION("without a held review everything is listed")
    {
        f.data.records["reviews"].clear();
        const auto all = managementReviewInputs(f.data, kToday);
        CHECK(section(all, "9.3.2 b)").lines.size() == 3);
        CHECK(lineFor(section(all, "9.3.2 c)"), "IP-1") != nullptr);
    }
    SECTION("nothing changed says so")
    {
        f.data.records["issues"].clear();
        const auto none = managementReviewInputs(f.data, kToday);
        REQUIRE(section(none, "9.3.2 b)").lines.size() == 1);
        CHECK(mentions(section(none, "9.3.2 b)"), "No context issue changed since the last management review (2026-06-01)"));
    }
}

TEST_CASE("Actions of previous reviews and their improvements are followed up", "[review_inputs]")
{
    Fixture f;
    const RecordId mr = f.add("reviews", "MR-1", {F("title", "2026"), F("status", "held"),
                                                   F("held_date", day("2026-06-01")),
                                                   F("actions", "Hire a CISO\n\n- Buy a SIEM")});
    const RecordId im = f.add("improvements", "IM-1", {F("title", "Automate patching"),
                                                        F("status", "in_progress"),
                                                        F("due_date", day("2026-10-01"))});
    f.add("improvements", "IM-2", {F("title", "Unrelated"), F("status", "planned")});
    f.link("review_improvements", mr, im);
    f.add("treatments", "RTP-1", {F("title", "a"), F("status", "done")});
    f.add("treatments", "RTP-2", {F("title", "b"), F("status", "planned"), F("due_date", day("2026-11-01"))});
    const auto a = section(managementReviewInputs(f.data, kToday), "9.3.2 a)");
    CHECK(mentions(a, "Action decided at MR-1: Hire a CISO"));
    CHECK(mentions(a, "Action decided at MR-1: - Buy a SIEM"));
    REQUIRE(lineFor(a, "IM-1") != nullptr);
    CHECK(lineFor(a, "IM-1")->text.find("overdue") != std::string::npos);
    CHECK(lineFor(a, "IM-2") == nullptr);
    CHECK(mentions(a, "Risk treatment actions: 2, 1 Done, 1 Planned; 1 overdue."));
}

TEST_CASE("Nonconformities and audits of the period are reported", "[review_inputs]")
{
    Fixture f;
    f.add("reviews", "MR-1", {F("title", "x"), F("status", "held"), F("held_date", day("2026-06-01"))});
    f.add("nonconformities", "NC-1", {F("title", "Old"), F("source", "audit"), F("raised_on", day("2026-01-10")),
                                      F("status", "open")});
    f.add("nonconformities", "NC-2", {F("title", "New"), F("source", "complaint"),
                                      F("raised_on", day("2026-07-10")), F("status", "closed"),
                                      F("effective", "yes")});
    const RecordId au = f.add("audits", "AU-1", {F("title", "ISMS audit"), F("status", "completed"),
                                                  F("held_date", day("2026-09-01")),
                                                  F("conclusion", "Mostly conforming")});
    f.add("audits", "AU-0", {F("title", "Old audit"), F("status", "completed"), F("held_date", day("2026-02-01"))});
    f.add("findings", "F-1", {F("audit", au), F("title", "x"), F("type", "minor"), F("status", "open")});
    f.add("findings", "F-2", {F("audit", au), F("title", "y"), F("type", "opportunity"), F("status", "open")});
    const auto inputs = managementReviewInputs(f.data, kToday);

    const auto& d1 = section(inputs, "9.3.2 d) 1)");
    CHECK(lineFor(d1, "NC-1") == nullptr);
    REQUIRE(lineFor(d1, "NC-2") != nullptr);
    CHECK(mentions(d1, "1 raised since"));
    CHECK(mentions(d1, "1 effective"));
    CHECK(mentions(d1, "1 nonconformities open in total"));

    const auto& d3 = section(inputs, "9.3.2 d) 3)");
    REQUIRE(lineFor(d3, "AU-1") != nullptr);
    CHECK(lineFor(d3, "AU-1")->text.find("Mostly conforming") != std::string::npos);
    CHECK(lineFor(d3, "AU-0") == nullptr);
    CHECK(mentions(d3, "1 Minor nonconformity"));
    CHECK(mentions(d3, "2 open"));

    const auto& e = section(inputs, "9.3.2 e)");
    CHECK(lineFor(e, "NC-2") != nullptr);

    const auto& g = section(inputs, "9.3.2 g)");
    CHECK(lineFor(g, "F-2") != nullptr);
    CHECK(lineFor(g, "F-1") == nullptr);
}

TEST_CASE("Measurements are compared with the target and the previous value", "[review_inputs]")
{
    Fixture f;
    const RecordId lower = f.add("metrics", "M-1", {F("title", "Patch latency"), F("target_value", 5.0),
                                                     F("direction", "lower"), F("unit", "days")});
    const RecordId higher = f.add("metrics", "M-2", {F("title", "Training coverage"), F("target_value", 95.0),
                                                      F("direction", "higher"), F("unit", "%")});
    f.add("metrics", "M-3", {F("title", "Never measured")});
    f.add("measurements", "MS-2", {F("metric", lower), F("date", day("2026-10-01")), F("value", 4.5)});
    f.add("measurements", "MS-1", {F("metric", lower), F("date", day("2026-09-01")), F("value", 7.0)});
    f.add("measurements", "MS-3", {F("metric", higher), F("date", day("2026-09-01")), F("value", 96.0)});
    f.add("measurements", "MS-4", {F("metric", higher), F("date", day("2026-10-01")), F("value", 90.0)});
    const auto d2 = section(managementReviewInputs(f.data, kToday), "9.3.2 d) 2)");
    REQUIRE(lineFor(d2, "M-1") != nullptr);
    CHECK(lineFor(d2, "M-1")->text.find("4.5 days on 2026-10-01 (target 5 days, met); improving (previous 7 days")
          != std::string::npos);
    REQUIRE(lineFor(d2, "M-2") != nullptr);
    CHECK(lineFor(d2, "M-2")->text.find("90 % on 2026-10-01 (target 95 %, not met); worsening")
          != std::string::npos);
    CHECK(lineFor(d2, "M-3")->text.find("not measured yet") != std::string::npos);
}

TEST_CASE("Objectives and risk results are summarised", "[review_inputs]")
{
    Fixture f;
    f.add("reviews", "MR-1", {F("title", "x"), F("status", "held"), F("held_date", day("2026-06-01"))});
    f.add("objectives", "O-1", {F("title", "Fewer incidents"), F("status", "at_risk"), F("target", "< 3"),
                                F("current_value", "4"), F("due_date", day("2026-11-01"))});
    f.add("objectives", "O-2", {F("title", "Dropped"), F("status", "cancelled")});
    f.add("assessments", "RA-1", {F("title", "Annual"), F("date", day("2026-09-01")), F("trigger", "planned")});
    f.add("assessments", "RA-0", {F("title", "Initial"), F("date", day("2025-09-01"))});
    f.add("risks", "R-1", {F("title", "Big"), F("inherent_likelihood", 5), F("inherent_impact", 5)});
    f.add("risks", "R-2", {F("title", "Small"), F("inherent_likelihood", 1), F("inherent_impact", 1)});
    f.add("risks", "R-3", {F("title", "Unknown")});
    f.add("treatments", "RTP-1", {F("title", "Late"), F("status", "in_progress"), F("due_date", day("2026-11-01"))});

    const auto inputs = managementReviewInputs(f.data, kToday);
    const auto& d4 = section(inputs, "9.3.2 d) 4)");
    REQUIRE(lineFor(d4, "O-1") != nullptr);
    CHECK(lineFor(d4, "O-1")->text.find("At risk (current 4, target < 3), due 2026-11-01, overdue")
          != std::string::npos);
    CHECK(lineFor(d4, "O-2") == nullptr);

    const auto& fsec = section(inputs, "9.3.2 f)");
    CHECK(lineFor(fsec, "RA-1") != nullptr);
    CHECK(lineFor(fsec, "RA-0") == nullptr);
    CHECK(mentions(fsec, "3 open risks by residual level: Low 1, Medium 0, High 0, Critical 1; 1 not assessed."));
    CHECK(lineFor(fsec, "R-1") != nullptr);  // above the threshold without acceptance
    CHECK(lineFor(fsec, "R-2") == nullptr);
    CHECK(lineFor(fsec, "RTP-1") != nullptr);
    CHECK(mentions(fsec, "Risk treatment plan: 1, 1 In progress; 1 overdue."));
}

TEST_CASE("Long risk lists stop after 25 lines and say how many more", "[review_inputs]")
{
    Fixture f;
    for (int n = 0; n < 30; ++n)
        f.add("risks", "R-" + std::to_string(100 + n), {F("title", "Big"), F("inherent_likelihood", 5),
                                                        F("inherent_impact", 5)});
    const auto fsec = section(managementReviewInputs(f.data, kToday), "9.3.2 f)");
    CHECK(lineFor(fsec, "R-124") != nullptr);
    CHECK(lineFor(fsec, "R-125") == nullptr);
    CHECK(mentions(fsec, "... and 5 more risks above the acceptance threshold without acceptance (30 in all)."));
}
