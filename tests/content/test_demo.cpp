#include "content/csv_export.h"
#include "content/demo.h"
#include "content/scale.h"
#include "storage/sha256.h"
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

using namespace isms;
using namespace isms::content;

namespace {

std::int64_t countOf(const storage::IsmsFile& file, std::string_view key)
{
    auto n = file.count(file.catalogue().get(key));
    REQUIRE(n.ok());
    return *n;
}

} // namespace

TEST_CASE("The demo file is a healthy, fully populated ISMS", "[demo]")
{
    test::TempDir dir;
    auto created = createDemo(dir / "demo.isms", {}, test::testClock());
    REQUIRE(created.ok());
    auto& file = **created;

    auto health = file.check();
    REQUIRE(health.ok());
    CHECK(health->healthy());
    CHECK(health->chain.entries > 300);
    CHECK(file.info().organisation == kDemoOrganisation);

    CHECK(countOf(file, reg::people) >= 15);
    CHECK(countOf(file, reg::assets) == 25);
    CHECK(countOf(file, reg::risks) >= 30);
    CHECK(countOf(file, reg::controls) == 93);
    CHECK(countOf(file, reg::clauses) == 41);
    for (auto key : {reg::issues, reg::parties, reg::requirements, reg::scopes, reg::roles,
                     reg::documents, reg::treatments, reg::objectives, reg::metrics,
                     reg::measurements, reg::programmes, reg::audits, reg::findings, reg::reviews,
                     reg::nonconformities, reg::actions, reg::improvements, reg::trainings})
        CHECK(countOf(file, key) > 0);
}

TEST_CASE("The demo gives every rule something to show", "[demo]")
{
    test::TempDir dir;
    auto created = createDemo(dir / "demo.isms", {}, test::testClock());
    REQUIRE(created.ok());
    auto data = (*created)->loadAll();
    REQUIRE(data.ok());
    const Date today = test::testClock().today();

    const auto& risks = data->def(reg::risks);
    int aboveWithoutAcceptance = 0, accepted = 0;
    for (const auto& r : data->of(reg::risks)) {
        const auto residual = r.integer(risks, "residual_level");
        CHECK(r.integer(risks, "inherent_level") > 0);
        if (!isEmpty(r.get(risks, "accepted_by")))
            ++accepted;
        else if (!data->methodology.acceptable(static_cast<int>(residual)))
            ++aboveWithoutAcceptance;
    }
    CHECK(aboveWithoutAcceptance >= 2);
    CHECK(accepted >= 3);

    const auto& controls = data->def(reg::controls);
    int undecided = 0, excluded = 0;
    for (const auto& c : data->of(reg::controls)) {
        undecided += c.text(controls, "applicable") == "undecided";
        excluded += c.text(controls, "applicable") == "no";
    }
    CHECK(undecided == 3);
    CHECK(excluded == 3);

    const auto& treatments = data->def(reg::treatments);
    int overdue = 0;
    for (const auto& t : data->of(reg::treatments))
        if (t.text(treatments, "status") != "done" && t.date(treatments, "due_date") < today)
            ++overdue;
    CHECK(overdue >= 3);

    const auto& documents = data->def(reg::documents);
    int pastReview = 0;
    for (const auto& d : data->of(reg::documents))
        if (d.text(documents, "status") == "approved" && d.date(documents, "next_review") < today)
            ++pastReview;
    CHECK(pastReview >= 2);

    const auto& issues = data->def(reg::issues);
    bool climate = false;
    for (const auto& i : data->of(reg::issues))
        climate = climate || i.boolean(issues, "climate_relevant");
    CHECK(climate);

    std::map<std::string, int> links;
    for (const auto& l : data->links)
        ++links[l.link];
    for (const char* key : {"risk_assets", "risk_controls", "treatment_risks", "treatment_controls",
                            "finding_nonconformities", "clause_evidence", "issue_risks",
                            "control_documents", "objective_metrics", "audit_auditors",
                            "review_improvements"})
        CHECK(links[key] > 0);
}

TEST_CASE("The demo is the same for the same day", "[demo]")
{
    test::TempDir dir;
    auto first = createDemo(dir / "a.isms", {}, test::testClock());
    auto second = createDemo(dir / "b.isms", {}, test::testClock());
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    for (auto key : {reg::risks, reg::controls, reg::treatments, reg::people}) {
        const auto& def = (*first)->catalogue().get(key);
        auto a = exportCsv(**first, def);
        auto b = exportCsv(**second, def);
        REQUIRE(a.ok());
        REQUIRE(b.ok());
        CHECK(*a == *b);
    }
}

TEST_CASE("The demo refuses to overwrite a file", "[demo]")
{
    test::TempDir dir;
    {
        std::ofstream(dir / "taken.isms") << "mine";
    }
    auto created = createDemo(dir / "taken.isms", {}, test::testClock());
    REQUIRE_FALSE(created.ok());
    CHECK(test::readText(dir / "taken.isms") == "mine");
}

TEST_CASE("The scale generator writes the numbers asked for", "[scale]")
{
    test::TempDir dir;
    ScaleOptions options;
    options.risks = 500;
    options.assets = 40;
    options.audits = 12;
    options.changeLogEntries = 100;
    auto created = generateScale(dir / "scale.isms", options, test::testClock());
    REQUIRE(created.ok());
    auto& file = **created;
    CHECK(countOf(file, reg::risks) == 500);
    CHECK(countOf(file, reg::assets) == 40);
    CHECK(countOf(file, reg::audits) == 12);
    auto risksDef = file.catalogue().get(reg::risks);
    auto some = file.list(risksDef, storage::Query{{}, {}, {}, false, 0, 5});
    REQUIRE(some.ok());
    for (const auto& r : *some)
        CHECK(r.integer(risksDef, "inherent_level") > 0);
    auto health = file.check();
    REQUIRE(health.ok());
    CHECK(health->healthy());
    // Template inserts + people + assets + risks + audits/findings + links + updates.
    CHECK(health->chain.entries >= 500 + 40 + 12 + 100);
}

TEST_CASE("Extra generated risks on the demo affect the demo's own assets", "[scale]")
{
    test::TempDir dir;
    auto created = createDemo(dir / "demo.isms", {}, test::testClock());
    REQUIRE(created.ok());
    auto& file = **created;
    const auto& riskAssets = file.catalogue().link("risk_assets");
    auto linksBefore = file.allLinks(riskAssets);
    REQUIRE(linksBefore.ok());
    const auto risksBefore = countOf(file, reg::risks);

    ScaleOptions options;
    options.risks = 50;
    auto added = addScaleRecords(file, options);
    REQUIRE(added.ok());
    CHECK(added->risks == 50);
    CHECK(added->assets == 0);
    CHECK(countOf(file, reg::risks) == risksBefore + 50);
    CHECK(countOf(file, reg::assets) == 25);
    auto linksAfter = file.allLinks(riskAssets);
    REQUIRE(linksAfter.ok());
    CHECK(linksAfter->size() == linksBefore->size() + 50);
}

TEST_CASE("The demo carries evidence files it made itself, intact", "[demo][evidence]")
{
    test::TempDir dir;
    auto created = createDemo(dir / "demo.isms", {}, test::testClock());
    REQUIRE(created.ok());
    auto& file = **created;
    struct Expected {
        std::string_view registerKey;
        const char* name;
        const char* mediaType;
        std::string magic;
    };
    const Expected expected[] = {
        {reg::documents, "information-security-policy-signed.pdf", "application/pdf", "%PDF-1.4"},
        {reg::controls, "server-room-entry-plan.png", "image/png", "\x89PNG\r\n\x1a\n"},
        {reg::metrics, "mfa-coverage.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
         "PK\x03\x04"},
    };
    for (const auto& e : expected) {
        INFO(e.name);
        std::optional<storage::Attachment> found;
        const auto records = file.list(file.catalogue().get(e.registerKey)).value();
        for (const auto& record : records) {
            const auto attached = file.attachments(std::string(e.registerKey), record.id).value();
            for (const auto& a : attached)
                if (a.name == e.name)
                    found = a;
        }
        REQUIRE(found);
        CHECK(found->mediaType == e.mediaType);
        auto content = file.attachmentContent(found->id);
        REQUIRE(content.ok());
        CHECK(static_cast<std::int64_t>(content->size()) == found->size);
        CHECK(found->size > 200);
        CHECK(storage::sha256Hex(content->data(), content->size()) == found->sha256);
        const std::string bytes(reinterpret_cast<const char*>(content->data()), content->size());
        CHECK(bytes.rfind(e.magic, 0) == 0);
        if (std::string_view(e.name).ends_with(".pdf"))
            CHECK(bytes.find("%%EOF") != std::string::npos);
        if (std::string_view(e.name).ends_with(".xlsx"))
            CHECK(bytes.find("xl/worksheets/sheet1.xml") != std::string::npos);
    }
    // The policy PDF hangs on the information security policy itself.
    const auto& documents = file.catalogue().get(reg::documents);
    const auto allDocuments = file.list(documents).value();
    for (const auto& d : allDocuments)
        if (d.text(documents, "title") == "Information security policy")
            CHECK(file.attachments(std::string(reg::documents), d.id)->size() == 1);
    CHECK(file.check()->healthy());
}
