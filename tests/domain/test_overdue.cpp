#include "fixture.h"

#include "domain/overdue.h"
#include "domain/readiness.h"

#include <algorithm>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace isms;
using namespace isms::test;

namespace {

const Date kToday = day("2026-11-23");

// A held review keeps the management review's own due date out of tests about other registers.
void heldReview(Fixture& f, const char* held = "2026-06-01")
{
    f.add("reviews", "MR-1", {F("title", "Review"), F("status", "held"), F("held_date", day(held))});
}

const DueItem* find(const std::vector<DueItem>& items, const std::string& ref)
{
    for (const auto& i : items)
        if (i.item.ref == ref)
            return &i;
    return nullptr;
}

} // namespace

TEST_CASE("A brand-new file has nothing overdue: a review never planned is a readiness gap", "[overdue]")
{
    Fixture f;
    const auto report = dueItems(f.data, kToday);
    // Not "1 overdue: management review, due never": no date has passed.
    CHECK(report.overdue.empty());
    CHECK(report.dueSoon.empty());
    CHECK(report.overdueIn("reviews") == 0);
    // The missing review is what readiness reports, with what to do.
    const auto items = mandatoryDocumentation(f.data, kToday);
    const auto review = std::find_if(items.begin(), items.end(),
                                     [](const MandatoryItem& i) { return i.key == "review"; });
    REQUIRE(review != items.end());
    CHECK(review->presence == Presence::Missing);
    REQUIRE_FALSE(review->missing.empty());
    CHECK(review->missing.front().find("Hold a management review") != std::string::npos);
    // A review that is planned but not yet due is due soon, not overdue.
    f.add("reviews", "MR-1", {F("title", "first"), F("status", "planned"),
                              F("planned_date", kToday.addDays(20))});
    CHECK(dueItems(f.data, kToday).overdue.empty());
    CHECK(dueItems(f.data, kToday).dueSoon.size() == 1);
}

TEST_CASE("Due today is not overdue; yesterday is", "[overdue]")
{
    Fixture f;
    heldReview(f);
    f.add("documents", "DOC-1", {F("title", "Policy"), F("next_review", kToday)});
    f.add("documents", "DOC-2", {F("title", "Procedure"), F("next_review", kToday.addDays(-1))});
    f.add("documents", "DOC-3", {F("title", "Plan"), F("next_review", kToday.addDays(30))});
    f.add("documents", "DOC-4", {F("title", "Far"), F("next_review", kToday.addDays(31))});
    const auto report = dueItems(f.data, kToday);
    REQUIRE(report.overdue.size() == 1);
    CHECK(report.overdue[0].item.ref == "DOC-2");
    CHECK(report.overdue[0].daysOverdue == 1);
    CHECK(report.overdue[0].item.message.find("1 day overdue") != std::string::npos);
    REQUIRE(report.dueSoon.size() == 2);
    CHECK(report.dueSoon[0].item.ref == "DOC-1");
    CHECK(report.dueSoon[0].daysOverdue == 0);
    CHECK(report.dueSoon[0].item.message.find("today") != std::string::npos);
    CHECK(report.dueSoon[1].item.ref == "DOC-3");
    CHECK(report.dueSoon[1].daysOverdue == -30);
    CHECK(report.overdueIn("documents") == 1);
    CHECK(report.dueSoonIn("documents") == 2);

    SECTION("the due-soon window is a parameter")
    {
        const auto narrow = dueItems(f.data, kToday, DueOptions{7, 12});
        CHECK(narrow.dueSoon.size() == 1);
        const auto wide = dueItems(f.data, kToday, DueOptions{31, 12});
        CHECK(wide.dueSoon.size() == 3);
    }
}

TEST_CASE("Overdue items are sorted most overdue first", "[overdue]")
{
    Fixture f;
    heldReview(f);
    f.add("documents", "DOC-1", {F("title", "a"), F("next_review", kToday.addDays(-5))});
    f.add("treatments", "RTP-1", {F("title", "b"), F("due_date", kToday.addDays(-50))});
    f.add("metrics", "M-1", {F("title", "c"), F("next_due", kToday.addDays(-20))});
    const auto report = dueItems(f.data, kToday);
    REQUIRE(report.overdue.size() == 3);
    CHECK(report.overdue[0].item.ref == "RTP-1");
    CHECK(report.overdue[0].daysOverdue == 50);
    CHECK(report.overdue[1].item.ref == "M-1");
    CHECK(report.overdue[2].item.ref == "DOC-1");
}

TEST_CASE("Finished or retired things are never overdue", "[overdue]")
{
    Fixture f;
    heldReview(f);
    const Date past = kToday.addDays(-10);
    f.add("documents", "DOC-1", {F("title", "old"), F("status", "retired"), F("next_review", past)});
    f.add("treatments", "RTP-1", {F("title", "a"), F("status", "done"), F("due_date", past)});
    f.add("treatments", "RTP-2", {F("title", "b"), F("status", "cancelled"), F("due_date", past)});
    f.add("actions", "CA-1", {F("title", "c"), F("status", "done"), F("due_date", past)});
    f.add("improvements", "IM-1", {F("title", "d"), F("decision", "rejected"), F("due_date", past)});
    f.add("improvements", "IM-2", {F("title", "e"), F("status", "done"), F("due_date", past)});
    f.add("objectives", "O-1", {F("title", "f"), F("status", "achieved"), F("due_date", past)});
    f.add("objectives", "O-2", {F("title", "g"), F("status", "cancelled"), F("due_date", past)});
    f.add("risks", "R-1", {F("title", "h"), F("status", "closed"), F("review_date", past)});
    f.add("audits", "AU-1", {F("title", "i"), F("status", "completed"), F("planned_date", past)});
    f.add("audits", "AU-2", {F("title", "j"), F("held_date", past), F("planned_date", past)});
    f.add("nonconformities", "NC-1", {F("title", "k"), F("effective", "yes"),
                                      F("effectiveness_due", past), F("status", "closed")});
    const auto report = dueItems(f.data, kToday);
    CHECK(report.overdue.empty());
}

TEST_CASE("Every dated obligation is checked", "[overdue]")
{
    Fixture f;
    heldReview(f);
    const Date past = kToday.addDays(-3);
    f.add("treatments", "RTP-1", {F("title", "a"), F("status", "in_progress"), F("due_date", past)});
    f.add("actions", "CA-1", {F("title", "b"), F("due_date", past)});
    f.add("improvements", "IM-1", {F("title", "c"), F("decision", "accepted"), F("due_date", past)});
    f.add("audits", "AU-1", {F("title", "d"), F("status", "planned"), F("planned_date", past)});
    f.add("audits", "AU-2", {F("title", "e"), F("planned_date", past)});  // no status, not held
    f.add("risks", "R-1", {F("title", "f"), F("review_date", past)});
    f.add("issues", "IS-1", {F("title", "g"), F("review_date", past)});
    f.add("parties", "IP-1", {F("name", "h"), F("review_date", past)});
    f.add("requirements", "REQ-1", {F("title", "i"), F("review_date", past)});
    f.add("competences", "CP-1", {F("title", "j"), F("review_date", past)});
    f.add("objectives", "O-1", {F("title", "k"), F("status", "at_risk"), F("due_date", past)});
    f.add("metrics", "M-1", {F("title", "l"), F("next_due", past)});
    f.add("trainings", "TR-1", {F("title", "m"), F("expires", past)});
    f.add("nonconformities", "NC-1", {F("title", "n"), F("effective", "not_checked"),
                                      F("effectiveness_due", past)});
    f.add("nonconformities", "NC-2", {F("title", "o"), F("effectiveness_due", past)});  // unset = not checked
    const auto report = dueItems(f.data, kToday);
    for (const char* ref : {"RTP-1", "CA-1", "IM-1", "AU-1", "AU-2", "R-1", "IS-1", "IP-1", "REQ-1",
                            "CP-1", "O-1", "M-1", "TR-1", "NC-1", "NC-2"}) {
        INFO(ref);
        const DueItem* item = find(report.overdue, ref);
        REQUIRE(item != nullptr);
        CHECK(item->daysOverdue == 3);
        CHECK(item->due == past);
        CHECK_FALSE(item->item.message.empty());
    }
    CHECK(report.overdue.size() == 15);
    CHECK(report.overdueIn("audits") == 2);
    CHECK(report.overdueIn("nonconformities") == 2);
    CHECK(find(report.overdue, "TR-1")->item.message.find("Expired") != std::string::npos);
}

TEST_CASE("A nonconformity closed without an effectiveness check is overdue", "[overdue]")
{
    Fixture f;
    heldReview(f);
    SECTION("closed, dated")
    {
        f.add("nonconformities", "NC-1", {F("title", "a"), F("status", "closed"),
                                          F("closed_on", kToday.addDays(-4)),
                                          F("effectiveness_due", kToday.addDays(60))});
        const auto report = dueItems(f.data, kToday);
        REQUIRE(report.overdue.size() == 1);
        CHECK(report.overdue[0].item.message.find("Closed without checking") != std::string::npos);
        CHECK(report.overdue[0].daysOverdue == 4);
        CHECK(report.dueSoon.empty());
    }
    SECTION("closed, undated")
    {
        f.add("nonconformities", "NC-1", {F("title", "a"), F("status", "closed")});
        const auto report = dueItems(f.data, kToday);
        REQUIRE(report.overdue.size() == 1);
        CHECK(report.overdue[0].daysOverdue == 0);
    }
    SECTION("checked but not effective is not overdue here")
    {
        f.add("nonconformities", "NC-1", {F("title", "a"), F("status", "closed"), F("effective", "no")});
        CHECK(dueItems(f.data, kToday).overdue.empty());
    }
}

TEST_CASE("The management review interval runs from the last held review", "[overdue]")
{
    Fixture f;
    SECTION("held exactly 12 months ago: due today, not overdue")
    {
        heldReview(f, "2025-11-23");
        const auto report = dueItems(f.data, kToday);
        CHECK(report.overdue.empty());
        REQUIRE(report.dueSoon.size() == 1);
        CHECK(report.dueSoon[0].due == kToday);
        CHECK(report.dueSoon[0].item.ref == "MR-1");
    }
    SECTION("held 12 months and a day ago: overdue")
    {
        heldReview(f, "2025-11-22");
        const auto report = dueItems(f.data, kToday);
        REQUIRE(report.overdue.size() == 1);
        CHECK(report.overdue[0].daysOverdue == 1);
    }
    SECTION("the latest held review counts, not the first")
    {
        heldReview(f, "2024-01-10");
        f.add("reviews", "MR-2", {F("title", "b"), F("status", "held"), F("held_date", day("2026-10-01"))});
        const auto report = dueItems(f.data, kToday);
        CHECK(report.overdue.empty());
        CHECK(report.dueSoon.empty());
    }
    SECTION("a review marked held without a held date counts from its planned date")
    {
        f.add("reviews", "MR-1", {F("title", "a"), F("status", "held"),
                                  F("planned_date", day("2025-11-01"))});
        const auto report = dueItems(f.data, kToday);
        REQUIRE(report.overdue.size() == 1);
        CHECK(report.overdue[0].due == day("2026-11-01"));
        CHECK(report.overdue[0].daysOverdue == 22);
    }
    SECTION("the interval is a parameter")
    {
        heldReview(f, "2026-04-01");
        CHECK(dueItems(f.data, kToday).overdue.empty());
        const auto report = dueItems(f.data, kToday, DueOptions{30, 6});
        REQUIRE(report.overdue.size() == 1);
        CHECK(report.overdue[0].due == day("2026-10-01"));
    }
    SECTION("a planned review is not a held one")
    {
        heldReview(f, "2025-01-01");
        f.add("reviews", "MR-2", {F("title", "b"), F("status", "planned"),
                                  F("planned_date", day("2026-12-01"))});
        const auto report = dueItems(f.data, kToday);
        REQUIRE(report.overdue.size() == 1);
        CHECK(report.overdue[0].item.ref == "MR-1");
    }
    SECTION("never held but planned: the planned date is the due date")
    {
        f.add("reviews", "MR-1", {F("title", "first"), F("status", "planned"),
                                  F("planned_date", kToday.addDays(10))});
        auto report = dueItems(f.data, kToday);
        CHECK(report.overdue.empty());
        REQUIRE(report.dueSoon.size() == 1);
        CHECK(report.dueSoon[0].daysOverdue == -10);
        f.get("reviews", 1).set(f.data.def("reviews"), "planned_date", kToday.addDays(-2));
        report = dueItems(f.data, kToday);
        REQUIRE(report.overdue.size() == 1);
        CHECK(report.overdue[0].item.message.find("never held") != std::string::npos);
    }
}

TEST_CASE("Undated overdue items come first", "[overdue]")
{
    Fixture f;
    heldReview(f);
    f.add("documents", "DOC-1", {F("title", "a"), F("next_review", kToday.addDays(-400))});
    f.add("nonconformities", "NC-1", {F("title", "closed unchecked"), F("status", "closed")});
    const auto report = dueItems(f.data, kToday);
    REQUIRE(report.overdue.size() == 2);
    CHECK(report.overdue[0].item.ref == "NC-1");
    CHECK_FALSE(report.overdue[0].due.has_value());
    CHECK(report.overdue[1].item.ref == "DOC-1");
}

TEST_CASE("A training replaced by a later one does not expire", "[overdue]")
{
    Fixture f;
    heldReview(f);
    const RecordId ann = f.add("people", "P-1", {F("name", "Ann")});
    const RecordId bob = f.add("people", "P-2", {F("name", "Bob")});
    const RecordId cp = f.add("competences", "CP-1", {F("title", "First aid")});
    f.add("trainings", "TR-1", {F("title", "2024"), F("person", ann), F("competence", cp),
                                F("date", day("2024-01-01")), F("expires", day("2026-01-01")),
                                F("result", "passed")});
    const RecordId later = f.add("trainings", "TR-2", {F("title", "2026"), F("person", ann), F("competence", cp),
                                F("date", day("2026-01-01")), F("expires", day("2028-01-01")),
                                F("result", "passed")});
    f.add("trainings", "TR-3", {F("title", "Bob 2024"), F("person", bob), F("competence", cp),
                                F("date", day("2024-01-01")), F("expires", day("2026-01-01")),
                                F("result", "passed")});
    const bool laterOneFailed = GENERATE(false, true);
    if (laterOneFailed)
        f.get("trainings", later).set(f.data.def("trainings"), "result", std::string("failed"));
    const auto report = dueItems(f.data, kToday);
    CHECK(find(report.overdue, "TR-3") != nullptr);
    CHECK((find(report.overdue, "TR-1") != nullptr) == laterOneFailed);
    CHECK(find(report.overdue, "TR-2") == nullptr);
}
