#include "content/reference_data.h"
#include "content/template.h"
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

using namespace isms;
using namespace isms::content;

TEST_CASE("A template file holds all 93 controls undecided and every clause", "[template]")
{
    test::TempDir dir;
    TemplateOptions options;
    options.organisation = "Example Ltd";
    options.author = "tester";
    auto created = createFromTemplate(dir / "new.isms", options, test::testClock());
    REQUIRE(created.ok());
    auto& file = **created;

    const auto& controlsDef = file.catalogue().get(reg::controls);
    auto controls = file.list(controlsDef);
    REQUIRE(controls.ok());
    REQUIRE(controls->size() == 93);
    for (std::size_t n = 0; n < controls->size(); ++n) {
        const auto& c = (*controls)[n];
        CHECK(c.ref == annexAControls()[n].id);
        CHECK(c.text(controlsDef, "title") == annexAControls()[n].title);
        CHECK(c.text(controlsDef, "applicable") == "undecided");
    }
    auto policies = file.findByRef(controlsDef, "A.5.1");
    REQUIRE(policies.ok());
    REQUIRE(policies->has_value());
    CHECK((**policies).text(controlsDef, "theme") == "organizational");
    auto media = file.findByRef(controlsDef, "A.7.10");
    REQUIRE(media.ok());
    REQUIRE(media->has_value());
    CHECK((**media).text(controlsDef, "theme") == "physical");

    const auto& clausesDef = file.catalogue().get(reg::clauses);
    auto clauses = file.list(clausesDef);
    REQUIRE(clauses.ok());
    REQUIRE(clauses->size() == clauseRequirements().size());
    CHECK(clauses->size() == 41);
    auto climate = file.findByRef(clausesDef, "4.1");
    REQUIRE(climate.ok());
    REQUIRE(climate->has_value());
    CHECK((**climate).text(clausesDef, "title") == "Understanding the organization and its context");
    CHECK((**climate).text(clausesDef, "summary").find("climate change") != std::string::npos);
    auto audit = file.findByRef(clausesDef, "9.2.2");
    REQUIRE(audit.ok());
    CHECK(audit->has_value());

    auto scopes = file.count(file.catalogue().get(reg::scopes));
    REQUIRE(scopes.ok());
    CHECK(*scopes == 0);
    auto methodology = file.methodology();
    REQUIRE(methodology.ok());
    CHECK(methodology->likelihood.size() == 5);
    CHECK(file.info().organisation == "Example Ltd");
    auto health = file.check();
    REQUIRE(health.ok());
    CHECK(health->healthy());
}

TEST_CASE("The template takes the scale size and a draft scope", "[template]")
{
    test::TempDir dir;
    TemplateOptions options;
    options.organisation = "Example Ltd";
    options.levels = 4;
    options.scopeStatement = "Everything in the Leeds office.";
    auto created = createFromTemplate(dir / "new.isms", options, test::testClock());
    REQUIRE(created.ok());
    auto& file = **created;
    auto methodology = file.methodology();
    REQUIRE(methodology.ok());
    CHECK(methodology->likelihood.size() == 4);
    CHECK(methodology->impact.size() == 4);
    const auto& scopesDef = file.catalogue().get(reg::scopes);
    auto scopes = file.list(scopesDef);
    REQUIRE(scopes.ok());
    REQUIRE(scopes->size() == 1);
    CHECK(scopes->front().text(scopesDef, "statement") == "Everything in the Leeds office.");
    CHECK(scopes->front().text(scopesDef, "status") == "draft");
}

TEST_CASE("A given methodology is used as it is", "[template]")
{
    test::TempDir dir;
    TemplateOptions options;
    options.organisation = "Example Ltd";
    options.methodology = Methodology::preset(7);
    options.methodology->acceptanceCriteria = "Our own words.";
    auto created = createFromTemplate(dir / "new.isms", options, test::testClock());
    REQUIRE(created.ok());
    auto methodology = (*created)->methodology();
    REQUIRE(methodology.ok());
    CHECK(methodology->likelihood.size() == 7);
    CHECK(methodology->acceptanceCriteria == "Our own words.");
}

TEST_CASE("Bad template options are refused and leave no file", "[template]")
{
    test::TempDir dir;
    TemplateOptions options;
    options.organisation = "Example Ltd";
    for (int levels : {2, 11}) {
        options.levels = levels;
        auto created = createFromTemplate(dir / "bad.isms", options, test::testClock());
        REQUIRE_FALSE(created.ok());
        CHECK(created.error().message.find("between 3 and 10") != std::string::npos);
        CHECK_FALSE(std::filesystem::exists(dir / "bad.isms"));
    }
    options.levels = 5;
    options.organisation.clear();
    auto unnamed = createFromTemplate(dir / "bad.isms", options, test::testClock());
    REQUIRE_FALSE(unnamed.ok());
    CHECK(unnamed.error().message.find("organisation") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir / "bad.isms"));
}

TEST_CASE("The template never overwrites an existing file", "[template]")
{
    test::TempDir dir;
    const auto path = dir / "existing.isms";
    {
        std::ofstream(path) << "precious";
    }
    TemplateOptions options;
    options.organisation = "Example Ltd";
    auto created = createFromTemplate(path, options, test::testClock());
    REQUIRE_FALSE(created.ok());
    CHECK(test::readText(path) == "precious");
}
