// Export defuses what a spreadsheet would run; import of our own export gives back every value.
#include "content/csv_formula.h"
#include "content/csv_import.h"
#include "content/template.h"
#include "import_support.h"

#include <catch2/catch_test_macros.hpp>

using namespace isms;
using namespace isms::content;

namespace {

// Every prefix a spreadsheet may run, the apostrophe the rule itself uses, and harmless text.
const std::vector<std::string>& trickyValues()
{
    static const std::vector<std::string> values{
        "=1+1", "=HYPERLINK(\"http://example.invalid\",\"Click\")", "+1+cmd|' /C calc'!A0",
        "-2+3", "@SUM(A1:A9)", "\t=1+1", "\rnext", "=", "+", "-", "@",
        "'", "''", "'quoted'", "'=1+1", "''=1", "'-5",
        "-5", "-0.25", "+12", "plain", "a=b", "x-1", "10-20"};
    return values;
}

} // namespace

TEST_CASE("Cells a spreadsheet would run get an apostrophe; plain numbers do not", "[csv][formula]")
{
    CHECK(defusedCell("=1+1") == "'=1+1");
    CHECK(defusedCell("+1") == "+1");
    CHECK(defusedCell("+1+1") == "'+1+1");
    CHECK(defusedCell("-5") == "-5");
    CHECK(defusedCell("-0.25") == "-0.25");
    CHECK(defusedCell("-0.") == "'-0.");
    CHECK(defusedCell("-1e5") == "'-1e5");
    CHECK(defusedCell("@x") == "'@x");
    CHECK(defusedCell("\tx") == "'\tx");
    CHECK(defusedCell("\rx") == "'\rx");
    CHECK(defusedCell("'x") == "''x");
    CHECK(defusedCell("x=1") == "x=1");
    CHECK(defusedCell("") == "");
    for (const auto& value : trickyValues()) {
        INFO(value);
        CHECK(restoredCell(defusedCell(value)) == value);
        const std::string written = defusedCell(value);
        const bool runnable = !written.empty() && std::string("=+-@\t\r").find(written[0]) != std::string::npos;
        if (runnable)  // only a plain number may still start with a sign
            CHECK((value == "-5" || value == "-0.25" || value == "+12"));
    }
}

TEST_CASE("Importing our own export restores every dangerous value exactly", "[csv][formula][import]")
{
    test::TempDir dir;
    TemplateOptions options;
    options.organisation = "Formula Ltd";
    auto source = createFromTemplate(dir / "source.isms", options, test::testClock());
    REQUIRE(source.ok());
    const auto& treatments = (*source)->catalogue().get(reg::treatments);
    const auto title = *treatments.indexOf("title");
    const auto evidence = *treatments.indexOf("evidence");
    const auto due = *treatments.indexOf("due_date");
    for (const auto& value : trickyValues()) {
        Record record = Record::blank(treatments);
        record.values[title] = "T " + value;  // a title must not be blank
        record.values[evidence] = value;
        record.values[due] = Date{2026, 12, 1};
        REQUIRE((*source)->insert(treatments, record).ok());
    }
    auto csv = exportCsv(**source, treatments);
    REQUIRE(csv.ok());
    CHECK(csv->find(",'=1+1\r\n") != std::string::npos);  // evidence is the last column
    CHECK(csv->find(",''quoted'\r\n") != std::string::npos);
    CHECK(csv->find(",-5\r\n") != std::string::npos);
    for (const char* raw : {",=", ",+1+", ",@", ",\"\t", ",\"\r"})
        CHECK(csv->find(raw) == std::string::npos);

    auto target = createFromTemplate(dir / "target.isms", options, test::testClock());
    REQUIRE(target.ok());
    auto imported = importCsv(**target, treatments, *csv);
    REQUIRE(imported.ok());
    REQUIRE(imported->refs.size() == trickyValues().size());
    for (std::size_t n = 0; n < trickyValues().size(); ++n) {
        auto record = (*target)->findByRef(treatments, imported->refs[n]);
        REQUIRE((record.ok() && record->has_value()));
        INFO(trickyValues()[n]);
        CHECK((**record).text(treatments, "evidence") == trickyValues()[n]);
        CHECK((**record).text(treatments, "title") == "T " + trickyValues()[n]);
    }
    auto again = exportCsv(**target, treatments);
    REQUIRE(again.ok());
    CHECK(*again == *csv);
}
