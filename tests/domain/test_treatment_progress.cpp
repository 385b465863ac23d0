#include "fixture.h"

#include "domain/treatment_progress.h"

#include <catch2/catch_test_macros.hpp>

using namespace isms;
using namespace isms::test;

namespace {

struct PlanFixture : Fixture {
    RecordId risk = add("risks", "R-1", {F("title", "Ransomware"), F("kind", "risk"), F("status", "treating")});

    RecordId action(const char* ref, const char* status, int completion = 0, const char* completedOn = nullptr)
    {
        const RecordId id = add("treatments", ref, {F("title", ref), F("status", status), F("completion", completion)},
                                "2026-05-20T08:00:00.000Z");
        if (completedOn)
            get("treatments", id).set(data.def("treatments"), "completed_on", day(completedOn));
        link("treatment_risks", id, risk);
        return id;
    }
};

} // namespace

TEST_CASE("Progress per risk and overall from its treatment actions", "[treatment_progress]")
{
    PlanFixture f;
    f.action("RTP-1", "done", 0, "2026-05-01");
    f.action("RTP-2", "in_progress", 50);
    f.action("RTP-3", "cancelled", 10);  // not counted
    const RecordId second = f.add("risks", "R-2", {F("title", "Flood"), F("kind", "risk")});
    f.add("risks", "R-3", {F("title", "Closed"), F("kind", "risk"), F("status", "closed")});
    const RecordId shared = f.add("treatments", "RTP-4", {F("title", "Shared"), F("status", "planned")});
    f.link("treatment_risks", shared, f.risk);
    f.link("treatment_risks", shared, second);

    const TreatmentProgress p = treatmentProgress(f.data);
    REQUIRE(p.risks.size() == 2);
    const RiskProgress* first = p.of(f.risk);
    REQUIRE(first);
    CHECK(first->actions == 3);
    CHECK(first->done == 1);
    CHECK(first->percent == 50);  // (100 + 50 + 0) / 3
    CHECK_FALSE(first->allDone());
    CHECK(p.of(second)->actions == 1);
    CHECK(p.of(second)->percent == 0);
    CHECK(p.actions == 3);  // RTP-4 once
    CHECK(p.done == 1);
    CHECK(p.percent == 50);
    CHECK(p.risksWithoutActions == 0);
    CHECK(p.notReassessed.empty());
}

TEST_CASE("A risk whose actions are all done but never re-assessed is flagged", "[treatment_progress]")
{
    PlanFixture f;
    f.action("RTP-1", "done", 0, "2026-05-01");
    f.action("RTP-2", "done", 0, "2026-05-10");

    SECTION("residual never set")
    {
        const TreatmentProgress p = treatmentProgress(f.data);
        CHECK(p.risksAllDone == 1);
        CHECK(p.of(f.risk)->notReassessed);
        REQUIRE(p.notReassessed.size() == 1);
        CHECK(p.notReassessed[0].ref == "R-1");
        CHECK(p.notReassessed[0].message.find("2026-05-10") != std::string::npos);
    }
    SECTION("residual set before the last action was done")
    {
        f.data.residualAssessedAt[f.risk] = "2026-05-09T16:00:00.000Z";
        CHECK(treatmentProgress(f.data).of(f.risk)->notReassessed);
    }
    SECTION("residual set on the day the last action was done, or later")
    {
        f.data.residualAssessedAt[f.risk] = "2026-05-10T16:00:00.000Z";
        CHECK_FALSE(treatmentProgress(f.data).of(f.risk)->notReassessed);
        f.data.residualAssessedAt[f.risk] = "2026-06-01T09:00:00.000Z";
        const TreatmentProgress p = treatmentProgress(f.data);
        CHECK_FALSE(p.of(f.risk)->notReassessed);
        CHECK(p.notReassessed.empty());
    }
    SECTION("a done action without a completion date counts from its last change")
    {
        f.action("RTP-3", "done");  // changed 2026-05-20
        f.data.residualAssessedAt[f.risk] = "2026-05-15T16:00:00.000Z";
        CHECK(treatmentProgress(f.data).of(f.risk)->notReassessed);
    }
    SECTION("one action still open: not flagged")
    {
        f.action("RTP-3", "planned");
        CHECK_FALSE(treatmentProgress(f.data).of(f.risk)->notReassessed);
    }
}

TEST_CASE("A risk without actions has no progress and no flag", "[treatment_progress]")
{
    PlanFixture f;
    const TreatmentProgress p = treatmentProgress(f.data);
    CHECK(p.risksWithoutActions == 1);
    CHECK(p.of(f.risk)->percent == 0);
    CHECK_FALSE(p.of(f.risk)->allDone());
    CHECK(p.notReassessed.empty());
    CHECK(p.percent == 0);
}
