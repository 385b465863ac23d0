// A risk register brought in from another tool (issue 10 item 7): CISO Assistant's export as it
// is, levels given by label, treatments in other words, assets and controls named in cells,
// missing assets created on request, and a second import that updates instead of duplicating.
#include "content/csv_import.h"
#include "content/import_words.h"
#include "import_support.h"
#include "xlsx_support.h"

#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <set>

using namespace isms;
using namespace isms::content;
using test::demoFile;
using test::snapshot;

namespace {

std::string sample(const std::string& name)
{
    return test::readText(std::filesystem::path(ISMS_TEST_DATA_DIR) / "import" / name);
}

Record risk(const storage::IsmsFile& file, const std::string& ref)
{
    auto found = file.findByRef(file.catalogue().get(reg::risks), ref);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    return **found;
}

// The refs a risk links to through one link type, sorted.
std::set<std::string> linkedRefs(const storage::IsmsFile& file, const Record& from, const std::string& linkKey)
{
    const LinkDef* link = file.catalogue().findLink(std::string_view(linkKey));
    auto links = file.links(std::string(reg::risks), from.id);
    REQUIRE(links.ok());
    std::set<std::string> refs;
    for (const auto& l : *links)
        if (l.link == linkKey && l.fromId == from.id) {
            auto to = file.get(file.catalogue().get(link->to), l.toId);
            REQUIRE(to.ok());
            refs.insert(to->ref);
        }
    return refs;
}

std::string personRef(const storage::IsmsFile& file, const Record& risk)
{
    const auto& risks = file.catalogue().get(reg::risks);
    auto person = file.get(file.catalogue().get(reg::people), risk.integer(risks, "owner"));
    REQUIRE(person.ok());
    return person->ref;
}

bool mentions(const std::vector<std::string>& lines, const std::string& text)
{
    return std::any_of(lines.begin(), lines.end(), [&](const std::string& l) { return l.find(text) != std::string::npos; });
}

} // namespace

TEST_CASE("CISO Assistant's risk export comes in with its levels, assets and treatments", "[import][risks]")
{
    test::TempDir dir;
    auto file = demoFile(dir);
    const auto& risks = file->catalogue().get(reg::risks);
    const auto& assets = file->catalogue().get(reg::assets);
    const std::string csv = sample("ciso-assistant-risks.csv");

    // An asset the file lacks is refused by name, and nothing is written.
    const auto before = snapshot(*file, risks);
    auto refused = importCsv(*file, risks, csv);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.find("line 6, column assets: no asset 'Laptop fleet' in Assets") != std::string::npos);
    CHECK(refused.error().message.find("--create-missing") != std::string::npos);
    CHECK(snapshot(*file, risks) == before);

    ImportOptions options;
    options.createMissing = true;
    options.sourceName = "ciso-assistant-risks.csv";
    auto assetsBefore = file->count(assets);
    REQUIRE(assetsBefore.ok());
    auto imported = importCsv(*file, risks, csv, options);
    REQUIRE(imported.ok());
    CHECK(imported->imported == 4);
    CHECK(imported->refs == std::vector<std::string>{"R.1", "R.2", "R.3", "R.4"});  // the source's own refs
    REQUIRE(imported->createdRefs.size() == 1);
    CHECK(imported->linksAdded == 10);
    CHECK(mentions(imported->leftOut, "current_proba (taken from inherent_proba instead)"));
    CHECK(mentions(imported->leftOut, "current_level (a level ISMS Desk computes"));
    CHECK(mentions(imported->leftOut, "strength_of_knowledge"));

    const Record r1 = risk(*file, "R.1");
    CHECK(r1.text(risks, "title") == "Ransomware encrypts the payroll database");
    CHECK(r1.text(risks, "notes") == "An attacker encrypts production data and backups.");
    CHECK(r1.text(risks, "threat") == "Ransomware\nPhishing");  // kept as written, so it round-trips
    CHECK(r1.integer(risks, "inherent_likelihood") == 5);      // "Almost certain" on the demo's scale
    CHECK(r1.integer(risks, "inherent_impact") == 5);          // "Severe"
    CHECK(r1.integer(risks, "inherent_level") == 25);
    CHECK(r1.integer(risks, "residual_likelihood") == 2);      // "Unlikely"
    CHECK(r1.integer(risks, "residual_impact") == 4);          // "Major"
    CHECK(r1.text(risks, "treatment") == "modify");            // "mitigate"
    CHECK(r1.text(risks, "existing_controls") == "Offline backups\nEDR on servers");
    CHECK(personRef(*file, r1) == "P-004");                    // "Daniel Reyes", by name
    CHECK(linkedRefs(*file, r1, "risk_assets") == std::set<std::string>{"A-001", "A-002"});
    // "A.8.13 Information backup" by the ref it starts with, "A.8.7" by ref.
    CHECK(linkedRefs(*file, r1, "risk_controls") == std::set<std::string>{"A.8.13", "A.8.7"});

    const Record r2 = risk(*file, "R.2");
    CHECK(r2.text(risks, "treatment") == "share");  // "transfer"
    CHECK(personRef(*file, r2) == "P-003");         // by ref
    const Record r3 = risk(*file, "R.3");
    CHECK(r3.text(risks, "treatment") == "retain");  // "accept"
    CHECK(r3.text(risks, "existing_controls").empty());  // "--"
    const Record r4 = risk(*file, "R.4");
    CHECK(r4.text(risks, "treatment").empty());  // "open": not decided yet
    CHECK(r4.integer(risks, "inherent_likelihood") == 0);

    // The asset it added says where it came from and what to check.
    auto laptop = file->findByRef(assets, imported->createdRefs.front());
    REQUIRE(laptop.ok());
    REQUIRE(laptop->has_value());
    CHECK((**laptop).text(assets, "name") == "Laptop fleet");
    CHECK((**laptop).text(assets, "type") == "information");
    CHECK((**laptop).text(assets, "description").find("ciso-assistant-risks.csv") != std::string::npos);
    CHECK(linkedRefs(*file, r3, "risk_assets") == std::set<std::string>{"A-003", (**laptop).ref});
    auto assetsAfter = file->count(assets);
    REQUIRE(assetsAfter.ok());
    CHECK(*assetsAfter == *assetsBefore + 1);

    auto check = file->check();
    REQUIRE(check.ok());
    CHECK(check->healthy());

    SECTION("importing the same export again is refused as duplicates, unless updating")
    {
        const auto imported1 = snapshot(*file, risks);
        auto again = importCsv(*file, risks, csv, options);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().message.find("line 2, column ref: R.1 already exists") != std::string::npos);
        CHECK(again.error().message.find("--update") != std::string::npos);
        CHECK(snapshot(*file, risks) == imported1);

        options.update = true;
        auto same = importCsv(*file, risks, csv, options);
        REQUIRE(same.ok());
        CHECK(same->imported == 0);
        CHECK(same->updatedRefs.empty());
        CHECK(same->unchanged == 4);
        CHECK(same->createdRefs.empty());  // Laptop fleet is found by name now
        CHECK(snapshot(*file, risks) == imported1);  // nothing logged either
    }
    SECTION("an updated export changes exactly what changed, links included")
    {
        std::string changed = csv;
        const std::string r2Levels = "Possible;Major;Possible;Major;Medium;Possible;Moderate";
        const auto at = changed.find(r2Levels);
        REQUIRE(at != std::string::npos);
        changed.replace(at, r2Levels.size(), "Possible;Major;Possible;Major;Medium;Unlikely;Moderate");
        const auto controls = changed.find("A.8.1|A.5.10");
        REQUIRE(controls != std::string::npos);
        changed.replace(controls, 12, "A.8.1");
        changed += "R.5;A new scenario;;;;Rare;Minor;;;;;;;;;;;\r\n";
        options.update = true;
        auto updated = importCsv(*file, risks, changed, options);
        INFO((updated.ok() ? std::string() : updated.error().message));
        REQUIRE(updated.ok());
        CHECK(updated->imported == 1);
        CHECK(updated->refs == std::vector<std::string>{"R.5"});
        CHECK(updated->updatedRefs == std::vector<std::string>{"R.2", "R.3"});
        CHECK(updated->unchanged == 2);
        CHECK(updated->linksRemoved == 1);
        CHECK(risk(*file, "R.2").integer(risks, "residual_likelihood") == 2);
        CHECK(linkedRefs(*file, risk(*file, "R.3"), "risk_controls") == std::set<std::string>{"A.8.1"});
        auto healthy = file->check();
        REQUIRE(healthy.ok());
        CHECK(healthy->healthy());
    }
}

TEST_CASE("Words the file's scales do not know are listed with its choices, and a mapping maps them", "[import][risks]")
{
    test::TempDir dir;
    auto file = demoFile(dir);
    const auto& risks = file->catalogue().get(reg::risks);
    const std::string csv = "Risk ID,Scenario,Probability,Impact,Treatment\r\n"
                            "EXT-1,Supplier breach,High,Medium,Reduce\r\n"
                            "EXT-2,Insider misuse,low,Very high,mitigate\r\n";
    const auto before = snapshot(*file, risks);
    auto refused = importCsv(*file, risks, csv);
    REQUIRE_FALSE(refused.ok());
    const std::string& message = refused.error().message;
    INFO(message);
    CHECK(message.find("column risk id: the risks register has no such field") != std::string::npos);
    CHECK(message.find("--map") != std::string::npos);
    CHECK(snapshot(*file, risks) == before);

    ImportOptions options;
    options.map.columns = {{"risk id", "ref"}, {"scenario", "title"}, {"probability", "inherent_likelihood"},
                           {"impact", "inherent_impact"}, {"treatment", "treatment"}};
    auto unmatched = importCsv(*file, risks, csv, options);
    REQUIRE_FALSE(unmatched.ok());
    const std::string& words = unmatched.error().message;
    INFO(words);
    CHECK(words.find("line 2, column probability: 'High' is not a level of the file's likelihood scale "
                     "(1 Rare, 2 Unlikely, 3 Possible, 4 Likely, 5 Almost certain)") != std::string::npos);
    CHECK(words.find("line 2, column impact: 'Medium' is not a level of the file's impact scale") != std::string::npos);
    CHECK(words.find("line 2, column treatment: \"Reduce\"") == std::string::npos);  // a treatment word it knows
    CHECK(words.find("the CSV has 4 problems") != std::string::npos);
    CHECK(snapshot(*file, risks) == before);

    // The words the dialog offers to map, each once, with the choices they could mean.
    const auto offered = unknownWords(*file, risks, csv, options);
    REQUIRE(offered.size() == 4);
    CHECK(offered[0].mapKey == "likelihood");
    CHECK(offered[0].word == "High");
    CHECK(offered[0].column == "probability");
    REQUIRE(offered[0].choices.size() == 5);
    CHECK(offered[0].choices[3].key == "4");
    CHECK(offered[0].choices[3].label == "4 Likely");
    CHECK(offered[1].mapKey == "impact");
    CHECK(offered[1].word == "Medium");
    CHECK(offered[2].word == "low");
    CHECK(offered[3].word == "Very high");

    options.map.values["likelihood"] = {{"high", "4"}, {"low", "Unlikely"}};
    options.map.values["impact"] = {{"medium", "3"}, {"very high", "5"}};
    auto imported = importCsv(*file, risks, csv, options);
    REQUIRE(imported.ok());
    CHECK(risk(*file, "EXT-1").integer(risks, "inherent_likelihood") == 4);
    CHECK(risk(*file, "EXT-1").integer(risks, "inherent_impact") == 3);
    CHECK(risk(*file, "EXT-1").text(risks, "treatment") == "modify");
    CHECK(risk(*file, "EXT-2").integer(risks, "inherent_likelihood") == 2);
    CHECK(risk(*file, "EXT-2").integer(risks, "inherent_impact") == 5);
}

TEST_CASE("A risk import naming what is not there, or too much, imports nothing", "[import][risks]")
{
    test::TempDir dir;
    auto file = demoFile(dir);
    const auto& risks = file->catalogue().get(reg::risks);
    struct Case {
        const char* csv;
        const char* expected;
    };
    const Case cases[] = {
        {"title,risk_controls\nX,A.9.99\n", "line 2, column risk_controls: no control 'A.9.99' in Statement of Applicability"},
        {"title,Treated by control\nX,Quantum shield\n", "no control 'Quantum shield'"},
        {"title,owner\nX,P-002|P-003\n", "line 2, column owner: names 2 records, but a risk has one Risk owner"},
        {"title,owner\nX,Nobody Known\n", "line 2, column owner: no record Nobody Known exists in People"},
        {"title,treatment\nX,ignore it\n", "line 2, column treatment: \"ignore it\" is not one of the allowed values"},
        {"title,inherent_likelihood\nX,6\n", "line 2, column inherent_likelihood: 6 is off the file's likelihood scale (1 to 5)"},
        {"title,inherent_likelihood\nX,2.5\n", "line 2, column inherent_likelihood: '2.5' is not a level"},
        {"title,assets\nX,Nowhere asset\n", "no asset 'Nowhere asset' in Assets"},
        {"ref,title,Title\nR.9,X,Y\n", "line 1, column title: this column appears twice in the header"},
    };
    for (const auto& c : cases) {
        INFO(c.csv);
        const auto before = snapshot(*file, risks);
        auto imported = importCsv(*file, risks, c.csv);
        REQUIRE_FALSE(imported.ok());
        INFO(imported.error().message);
        CHECK(imported.error().message.find(c.expected) != std::string::npos);
        CHECK(snapshot(*file, risks) == before);
    }
}

TEST_CASE("A workbook imports as its CSV does, dates included", "[import][xlsx]")
{
    test::TempDir dir;
    auto file = demoFile(dir);
    const auto& risks = file->catalogue().get(reg::risks);
    using test::text;
    using test::number;
    test::writeXlsx(dir / "risks.xlsx",
                    {{text("ref_id"), text("name"), text("assets"), text("current_proba"), text("current_impact"),
                      text("treatment"), text("review_date"), text("applied_controls")},
                     {text("R.1"), text("Payroll data leak"), text("Customer payroll database\nA-002"), number(4), text("Severe"),
                      text("Mitigate"), test::date(2027, 3, 31), text("A.5.15|A.8.2")},
                     {text("R.2"), text("Backup failure")}});
    const std::string workbook = test::readText(dir / "risks.xlsx");
    auto imported = importCsv(*file, risks, workbook);
    REQUIRE(imported.ok());
    CHECK(imported->imported == 2);
    const Record r1 = risk(*file, "R.1");
    CHECK(r1.integer(risks, "inherent_likelihood") == 4);  // current_* fills inherent when no inherent_* column
    CHECK(r1.integer(risks, "inherent_impact") == 5);
    CHECK(r1.text(risks, "treatment") == "modify");
    CHECK(r1.date(risks, "review_date") == Date{2027, 3, 31});
    CHECK(linkedRefs(*file, r1, "risk_assets") == std::set<std::string>{"A-001", "A-002"});
    CHECK(linkedRefs(*file, r1, "risk_controls") == std::set<std::string>{"A.5.15", "A.8.2"});
    CHECK(risk(*file, "R.2").text(risks, "title") == "Backup failure");

    // A workbook's problems are named by worksheet row.
    test::writeXlsx(dir / "bad.xlsx", {{text("title"), text("inherent_impact")}, {text("X"), number(9)}});
    const auto before = snapshot(*file, risks);
    auto refused = importCsv(*file, risks, test::readText(dir / "bad.xlsx"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.find("the workbook has 1 problem") != std::string::npos);
    CHECK(refused.error().message.find("row 2, column inherent_impact: 9 is off the file's impact scale") != std::string::npos);
    CHECK(snapshot(*file, risks) == before);
}
