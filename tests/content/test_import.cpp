#include "content/csv_export.h"
#include "content/csv_import.h"
#include "content/demo.h"
#include "content/template.h"
#include "import_support.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace isms;
using namespace isms::content;
using test::demoFile;
using test::snapshot;

TEST_CASE("A good CSV is imported whole", "[import]")
{
    test::TempDir dir;
    auto file = demoFile(dir);
    const auto& treatments = file->catalogue().get(reg::treatments);
    const auto before = snapshot(*file, treatments);

    auto imported = importCsv(*file, treatments, test::sampleCsv("treatments_good.csv"));
    REQUIRE(imported.ok());
    CHECK(imported->imported == 3);
    REQUIRE(imported->refs.size() == 3);
    CHECK(imported->refs[0] == "RTP-100");

    auto first = file->findByRef(treatments, "RTP-100");
    REQUIRE(first.ok());
    REQUIRE(first->has_value());
    const auto& people = file->catalogue().get(reg::people);
    auto owner = file->findByRef(people, "P-003");
    REQUIRE(owner.ok());
    REQUIRE(owner->has_value());
    CHECK((**first).integer(treatments, "owner") == (**owner).id);
    CHECK((**first).date(treatments, "due_date") == Date{2026, 12, 15});

    auto second = file->findByRef(treatments, imported->refs[1]);
    REQUIRE(second.ok());
    REQUIRE(second->has_value());
    CHECK((**second).text(treatments, "title") == "Review firewall rules, quarterly");
    CHECK((**second).text(treatments, "status") == "in_progress");
    CHECK((**second).text(treatments, "evidence") == "Ticket SEC-12\r\nfirst review done");
    CHECK((**second).integer(treatments, "completion") == 25);

    const auto after = snapshot(*file, treatments);
    CHECK(after.logEntries == before.logEntries + 3);
}

TEST_CASE("Any bad input imports nothing and names line and column", "[import]")
{
    struct Case {
        const char* file;
        const char* registerKey;
        const char* expected;
    };
    const auto bad = GENERATE(
        Case{"treatments_unknown_column.csv", "treatments", "line 1, column colour: the treatments register has no such field"},
        Case{"treatments_missing_required_column.csv", "treatments", "line 1, column title: this required column is missing"},
        Case{"treatments_wrong_cell_count.csv", "treatments", "line 3: the row has 6 cells but the header has 5"},
        Case{"treatments_unterminated_quote.csv", "treatments", "line 3: a quoted cell starts here but its closing quote is missing"},
        Case{"treatments_invalid_date.csv", "treatments", "line 7, column due_date: 2026-02-30 is not a date (use YYYY-MM-DD)"},
        Case{"treatments_invalid_enum.csv", "treatments", "line 2, column status: \"finished\" is not one of the allowed values"},
        Case{"treatments_unknown_reference.csv", "treatments", "line 2, column owner: no record P-999 exists in People"},
        Case{"treatments_duplicate_ref.csv", "treatments", "line 3, column ref: RTP-200 appears more than once in the CSV (first on line 2)"},
        Case{"treatments_existing_ref.csv", "treatments", "line 2, column ref: RTP-001 already exists"},
        Case{"treatments_required_empty.csv", "treatments", "line 2, column title: is required but empty"},
        Case{"risks_off_scale.csv", "risks", "line 2, column inherent_likelihood: 7 is off the file's likelihood scale (1 to 5)"});

    test::TempDir dir;
    auto file = demoFile(dir);
    const auto& reg = file->catalogue().get(bad.registerKey);
    const auto before = snapshot(*file, reg);

    auto imported = importCsv(*file, reg, test::sampleCsv(bad.file));
    INFO(bad.file);
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().code == ErrorCode::Invalid);
    INFO(imported.error().message);
    CHECK(imported.error().message.find("Nothing was imported into " + reg.title) == 0);
    CHECK(imported.error().message.find(bad.expected) != std::string::npos);
    CHECK(snapshot(*file, reg) == before);
}

TEST_CASE("Every problem of a CSV is listed, not just the first", "[import]")
{
    test::TempDir dir;
    auto file = demoFile(dir);
    const auto& treatments = file->catalogue().get(reg::treatments);
    const auto before = snapshot(*file, treatments);
    auto imported = importCsv(*file, treatments, test::sampleCsv("treatments_several_problems.csv"));
    REQUIRE_FALSE(imported.ok());
    const auto& message = imported.error().message;
    INFO(message);
    CHECK(message.find("the CSV has 6 problems") != std::string::npos);
    for (const char* expected : {"line 2, column owner: no record P-999",
                                 "line 2, column due_date: 2026-13-01 is not a date",
                                 "line 2, column status: \"someday\"",
                                 "line 2, column completion: \"half\" is not a whole number",
                                 "line 4, column title: is required but empty",
                                 "line 4, column due_date: not a date is not a date"})
        CHECK(message.find(expected) != std::string::npos);
    CHECK(snapshot(*file, treatments) == before);
}

TEST_CASE("The list of problems is capped", "[import]")
{
    test::TempDir dir;
    auto file = demoFile(dir);
    const auto& treatments = file->catalogue().get(reg::treatments);
    std::string csv = "title,due_date\n";
    for (int n = 0; n < 80; ++n)
        csv += "Action " + std::to_string(n) + ",2026-02-30\n";
    auto imported = importCsv(*file, treatments, csv);
    REQUIRE_FALSE(imported.ok());
    const auto& message = imported.error().message;
    CHECK(message.find("the CSV has 80 problems") != std::string::npos);
    CHECK(message.find("line 51, column due_date") != std::string::npos);
    CHECK(message.find("line 52, column due_date") == std::string::npos);
    CHECK(message.find("... and 30 more.") != std::string::npos);
}

TEST_CASE("Empty input and read-only files are refused", "[import]")
{
    test::TempDir dir;
    auto file = demoFile(dir);
    const auto& treatments = file->catalogue().get(reg::treatments);
    auto empty = importCsv(*file, treatments, "");
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().message.find("the CSV is empty") != std::string::npos);
    auto headerOnly = importCsv(*file, treatments, "title,due_date\r\n");
    REQUIRE(headerOnly.ok());
    CHECK(headerOnly->imported == 0);

    const auto path = file->path();
    file.reset();
    auto readOnly = storage::IsmsFile::open(path, {storage::OpenMode::ReadOnly, "auditor", false},
                                            test::testClock());
    REQUIRE(readOnly.ok());
    auto refused = importCsv(**readOnly, treatments, test::sampleCsv("treatments_good.csv"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::ReadOnly);
}

TEST_CASE("Export then import reproduces a register, references and all", "[import][export]")
{
    test::TempDir dir;
    auto source = demoFile(dir);
    TemplateOptions options;
    options.organisation = "Copy Ltd";
    auto created = createFromTemplate(dir / "copy.isms", options, test::testClock());
    REQUIRE(created.ok());
    auto& target = **created;

    // People refer to each other (reports_to), and risks refer to people.
    for (auto key : {reg::people, reg::risks, reg::roles}) {
        const auto& def = source->catalogue().get(key);
        auto csv = exportCsv(*source, def);
        REQUIRE(csv.ok());
        auto imported = importCsv(target, def, *csv);
        INFO(std::string(key));
        REQUIRE(imported.ok());
        auto again = exportCsv(target, def);
        REQUIRE(again.ok());
        CHECK(*again == *csv);
    }
}

TEST_CASE("Columns may come in any order and any case; computed ones are ignored", "[import]")
{
    test::TempDir dir;
    auto file = demoFile(dir);
    const auto& risks = file->catalogue().get(reg::risks);
    auto imported = importCsv(*file, risks,
                              "Inherent_Level,INHERENT_IMPACT,Title,inherent_likelihood\n"
                              "25,4,Meteor strike,2\n");
    REQUIRE(imported.ok());
    auto risk = file->findByRef(risks, imported->refs.at(0));
    REQUIRE(risk.ok());
    REQUIRE(risk->has_value());
    CHECK((**risk).integer(risks, "inherent_level") == 8);  // from the matrix, not the CSV
}
