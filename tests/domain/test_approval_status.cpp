#include "fixture.h"

#include "domain/approval_status.h"
#include "domain/risk_flags.h"

#include <catch2/catch_test_macros.hpp>

using namespace isms;
using namespace isms::test;

namespace {

struct ApprovalFixture : Fixture {
    RecordId owner = add("people", "P-1", {F("name", "Ann Owner")});
    RecordId control = add("controls", "A.8.7", {F("title", "Protection against malware")});
    RecordId other = add("controls", "A.8.13", {F("title", "Information backup")});
    RecordId risk = add("risks", "R-1",
                        {F("title", "Ransomware"), F("kind", "risk"), F("status", "treating"),
                         F("inherent_likelihood", 4), F("inherent_impact", 5), F("inherent_level", 20),
                         F("treatment", "modify"), F("residual_likelihood", 2), F("residual_impact", 4),
                         F("residual_level", 8)});

    ApprovalFixture() { link("risk_controls", risk, control); }

    RiskApproval& approve(std::optional<Date> expires = {})
    {
        RiskApproval a;
        a.id = static_cast<std::int64_t>(data.approvals.size()) + 1;
        a.riskId = risk;
        a.approverId = owner;
        a.approvedAt = "2026-06-01T10:00:00.000Z";
        a.rationale = "Backups are tested monthly.";
        a.expiresOn = expires;
        a.state = approvedStateOf(data, get("risks", risk));
        data.approvals.push_back(a);
        return data.approvals.back();
    }
    ApprovalStatus status(const char* today = "2026-07-01") { return approvalStatus(data, get("risks", risk), day(today)); }
    void set(const char* key, Value v) { get("risks", risk).set(data.def("risks"), key, std::move(v)); }
};

} // namespace

TEST_CASE("A risk nobody approved is not approved", "[approval]")
{
    ApprovalFixture f;
    CHECK(f.status() == ApprovalStatus::NotApproved);
    CHECK(std::string(approvalStatusLabel(ApprovalStatus::NotApproved)) == "Not approved");
    CHECK(std::string(approvalStatusKey(ApprovalStatus::NotApproved)) == "not_approved");
}

TEST_CASE("An approval holds until a material edit", "[approval]")
{
    ApprovalFixture f;
    f.approve();
    CHECK(f.status() == ApprovalStatus::Approved);

    SECTION("a new title or review date is not material")
    {
        f.set("title", std::string("Ransomware on the file server"));
        f.set("review_date", day("2027-01-01"));
        f.set("consequence", std::string("Weeks of lost work"));
        CHECK(f.status() == ApprovalStatus::Approved);
    }
    SECTION("a residual likelihood")
    {
        f.set("residual_likelihood", std::int64_t{3});
        CHECK(f.status() == ApprovalStatus::NeedsReapproval);
    }
    SECTION("an inherent impact")
    {
        f.set("inherent_impact", std::int64_t{4});
        CHECK(f.status() == ApprovalStatus::NeedsReapproval);
    }
    SECTION("a level re-evaluated by a new methodology")
    {
        f.set("residual_level", std::int64_t{12});
        CHECK(f.status() == ApprovalStatus::NeedsReapproval);
    }
    SECTION("the treatment option")
    {
        f.set("treatment", std::string("retain"));
        CHECK(f.status() == ApprovalStatus::NeedsReapproval);
    }
    SECTION("a treating control added")
    {
        f.link("risk_controls", f.risk, f.other);
        CHECK(f.status() == ApprovalStatus::NeedsReapproval);
    }
    SECTION("a treating control removed")
    {
        f.data.links.clear();
        CHECK(f.status() == ApprovalStatus::NeedsReapproval);
    }
    SECTION("a new approval of the edited risk holds again")
    {
        f.set("treatment", std::string("retain"));
        REQUIRE(f.status() == ApprovalStatus::NeedsReapproval);
        f.approve();
        CHECK(f.status() == ApprovalStatus::Approved);
    }
}

TEST_CASE("The order of the treating controls does not matter", "[approval]")
{
    const RegisterDef& risks = Catalogue::standard().get("risks");
    const Record r = Record::blank(risks);
    CHECK(approvedStateOf(risks, r, {3, 1, 2, 1}) == approvedStateOf(risks, r, {1, 2, 3}));
    CHECK(!(approvedStateOf(risks, r, {1, 2}) == approvedStateOf(risks, r, {1, 2, 3})));
}

TEST_CASE("An approval expires after its expiry day", "[approval]")
{
    ApprovalFixture f;
    f.approve(day("2026-12-31"));
    CHECK(f.status("2026-12-31") == ApprovalStatus::Approved);
    CHECK(f.status("2027-01-01") == ApprovalStatus::Expired);

    SECTION("a material edit outweighs the expiry")
    {
        f.set("residual_impact", std::int64_t{5});
        CHECK(f.status("2027-01-01") == ApprovalStatus::NeedsReapproval);
    }
    SECTION("the latest approval decides, not the first")
    {
        f.approve();  // no expiry
        CHECK(f.status("2027-01-01") == ApprovalStatus::Approved);
    }
}

TEST_CASE("Approval counts cover open risks only", "[approval]")
{
    ApprovalFixture f;
    f.approve();
    f.add("risks", "R-2", {F("title", "Flood"), F("kind", "risk"), F("status", "assessed")});
    f.add("risks", "R-3", {F("title", "Closed one"), F("kind", "risk"), F("status", "closed")});
    f.add("risks", "R-4", {F("title", "New market"), F("kind", "opportunity")});
    const RecordId expiring = f.add("risks", "R-5", {F("title", "Old laptops"), F("kind", "risk")});
    RiskApproval old;
    old.id = 99;
    old.riskId = expiring;
    old.approverId = f.owner;
    old.rationale = "Replaced next year.";
    old.expiresOn = day("2026-01-31");
    old.state = approvedStateOf(f.data, f.get("risks", expiring));
    f.data.approvals.push_back(old);
    const RecordId edited = f.add("risks", "R-6", {F("title", "Phishing"), F("kind", "risk"), F("treatment", "modify")});
    RiskApproval lapsed = old;
    lapsed.id = 100;
    lapsed.riskId = edited;
    lapsed.expiresOn.reset();
    lapsed.state = approvedStateOf(f.data, f.get("risks", edited));
    f.data.approvals.push_back(lapsed);
    f.get("risks", edited).set(f.data.def("risks"), "treatment", std::string("share"));

    const ApprovalCounts c = approvalCounts(f.data, day("2026-07-01"));
    CHECK(c.open == 4);
    CHECK(c.approved == 1);
    CHECK(c.expired == 1);
    CHECK(c.needsReapproval == 1);
    CHECK(c.notApproved == 1);
}

TEST_CASE("An approval needs a rationale and an expiry not yet passed", "[approval]")
{
    const Date today = day("2026-07-01");
    CHECK(approvalProblem("Tested monthly.", std::nullopt, today).empty());
    CHECK(approvalProblem("Tested monthly.", day("2026-07-01"), today).empty());
    CHECK(!approvalProblem("", std::nullopt, today).empty());
    CHECK(!approvalProblem("  \n\t", std::nullopt, today).empty());
    const Message past = approvalProblem("Tested monthly.", day("2026-06-30"), today);
    REQUIRE(!past.empty());
    CHECK(english(past).find("2026-06-30") != std::string::npos);
}

TEST_CASE("A risk above the threshold approved as it is now is not flagged", "[approval][risk_flags]")
{
    ApprovalFixture f;
    f.data.methodology.acceptableMaxScore = 5;
    f.set("residual_level", std::int64_t{8});
    REQUIRE(riskFlags(f.data).size() == 1);
    f.approve();
    CHECK(riskFlags(f.data).empty());
    f.set("residual_likelihood", std::int64_t{3});
    CHECK(riskFlags(f.data).size() == 1);  // the approval lapsed: flagged again
}
