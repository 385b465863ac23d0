// ismsctl import of a risk register from another tool: CSV or XLSX, --map, --create-missing,
// --update; every refusal leaves the file byte-identical.
#include "cli_support.h"

#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <thread>

using namespace isms::test;

namespace {

std::string importSample(const std::string& name)
{
    return (fs::path(ISMS_TEST_DATA_DIR) / "import" / name).string();
}

void writeText(const fs::path& path, const std::string& text)
{
    std::ofstream out(path, std::ios::binary);
    out << text;
}

} // namespace

TEST_CASE("import brings in CISO Assistant's export, CSV or XLSX, and again with --update", "[cli][import]")
{
    DemoFile demo;
    const auto path = demo.path.string();
    const std::string before = readFile(demo.path);

    auto refused = ismsctl(demo.dir, {"import", path, "risks", importSample("ciso-assistant-risks.xlsx")});
    CHECK(refused.exitCode == 1);
    CHECK(contains(refused.err, "row 4, column assets: no asset 'Laptop fleet' in Assets"));
    CHECK(contains(refused.err, "was not changed"));
    CHECK(readFile(demo.path) == before);

    auto imported = ismsctl(demo.dir, {"import", path, "risks", importSample("ciso-assistant-risks.xlsx"), "--create-missing"});
    INFO(imported.err);
    CHECK(imported.exitCode == 0);
    CHECK(contains(imported.out, "Imported 4 records into Risks and opportunities"));
    CHECK(contains(imported.out, "(R.1 to R.4)"));
    CHECK(contains(imported.out, "added 1 asset (A-026: check its type and owner)"));
    CHECK(contains(imported.out, "10 links added"));
    CHECK(contains(imported.out, "Not imported:\n  current_proba (taken from inherent_proba instead)"));

    auto listed = ismsctl(demo.dir, {"list", path, "risks", "--format", "csv"});
    CHECK(contains(listed.out, "R.1,Ransomware encrypts the payroll database"));
    CHECK(contains(listed.out, ",P-004,5,5,25,"));  // owner by name, levels by label, the level computed

    // The CSV export of the same scenarios, again: nothing changes, nothing is duplicated.
    const std::string afterFirst = readFile(demo.path);
    auto duplicate = ismsctl(demo.dir, {"import", path, "risks", importSample("ciso-assistant-risks.csv")});
    CHECK(duplicate.exitCode == 1);
    CHECK(contains(duplicate.err, "R.1 already exists"));
    CHECK(readFile(demo.path) == afterFirst);
    auto again = ismsctl(demo.dir, {"import", path, "risks", importSample("ciso-assistant-risks.csv"), "--update"});
    CHECK(again.exitCode == 0);
    CHECK(contains(again.out, "Imported 0 records"));
    CHECK(contains(again.out, "4 unchanged"));

    auto check = ismsctl(demo.dir, {"check", path});
    CHECK(check.exitCode == 0);
}

TEST_CASE("import --map names columns and words; a bad map file changes nothing", "[cli][import]")
{
    DemoFile demo;
    const auto path = demo.path.string();
    const auto csv = demo.dir / "register.csv";
    writeText(csv, "Risk ID,Scenario,Probability,Severity,Comment\nEXT-1,Supplier breach,High,Medium,first draft\n");
    const std::string before = readFile(demo.path);

    auto unmapped = ismsctl(demo.dir, {"import", path, "risks", csv.string()});
    CHECK(unmapped.exitCode == 1);
    CHECK(contains(unmapped.err, "column risk id: the risks register has no such field (map it to a field, or leave it out, in a mapping file: --map"));
    CHECK(readFile(demo.path) == before);

    const auto map = demo.dir / "map.json";
    const std::vector<std::pair<std::string, std::string>> badMaps = {
        {"{\"columns\": ", "is not a JSON object"},
        {"{\"columns\": {\"Risk ID\": 1}}", "a value that is not text"},
        {"{\"rows\": {}}", "has a member \"rows\" it does not know"},
    };
    for (const auto& [text, expected] : badMaps) {
        writeText(map, text);
        auto bad = ismsctl(demo.dir, {"import", path, "risks", csv.string(), "--map", map.string()});
        INFO(text);
        CHECK(bad.exitCode == 1);
        CHECK(contains(bad.err, "map.json: The mapping file "));
        CHECK(contains(bad.err, expected));
        CHECK(contains(bad.err, "Nothing was imported."));
        CHECK(readFile(demo.path) == before);
    }
    auto noMap = ismsctl(demo.dir, {"import", path, "risks", csv.string(), "--map", (demo.dir / "none.json").string()});
    CHECK(noMap.exitCode == 1);
    CHECK(contains(noMap.err, "none.json: cannot read this mapping file"));

    writeText(map, R"({"columns": {"Risk ID": "ref", "Scenario": "title", "Probability": "inherent_likelihood",
                                    "Severity": "inherent_impact", "Comment": ""},
                       "values": {"likelihood": {"High": "4"}}})");
    auto words = ismsctl(demo.dir, {"import", path, "risks", csv.string(), "--map", map.string()});
    CHECK(words.exitCode == 1);
    CHECK(contains(words.err, "'Medium' is not a level of the file's impact scale (1 Negligible, 2 Minor, 3 Moderate, 4 Major, 5 Severe)"));
    CHECK(readFile(demo.path) == before);

    writeText(map, R"({"columns": {"Risk ID": "ref", "Scenario": "title", "Probability": "inherent_likelihood",
                                    "Severity": "inherent_impact", "Comment": ""},
                       "values": {"likelihood": {"High": "4"}, "impact": {"Medium": "Moderate"}}})");
    auto mapped = ismsctl(demo.dir, {"import", path, "risks", csv.string(), "--map", map.string()});
    INFO(mapped.err);
    CHECK(mapped.exitCode == 0);
    CHECK(contains(mapped.out, "Imported 1 record into"));
    CHECK(contains(mapped.out, "comment (left out by the mapping)"));
    auto listed = ismsctl(demo.dir, {"list", path, "risks", "--format", "csv"});
    CHECK(contains(listed.out, "EXT-1,Supplier breach,"));
    CHECK(contains(listed.out, ",4,3,12,"));
}

TEST_CASE("import --help documents the new options and exit codes", "[cli][import]")
{
    TempDir dir;
    auto help = ismsctl(dir, {"import", "--help"});
    CHECK(help.exitCode == 0);
    for (const char* text : {"--map", "--update", "--create-missing", "XLSX", "Exit codes"})
        CHECK(contains(help.out, text));
}

TEST_CASE("import killed with kill -9 at any moment adds all its rows or none", "[cli][import][kill]")
{
    DemoFile demo;
    const std::string file = demo.path.string();
    // 2,000 risks naming assets and controls: enough work that the kills land inside it.
    std::string csv = "title;assets;applied_controls;current_proba;current_impact;treatment\n";
    for (int i = 1; i <= 2000; ++i)
        csv += "Imported risk " + std::to_string(i) + ";A-00" + std::to_string(1 + i % 9) + "|A-010;A.8." + std::to_string(1 + i % 30)
            + ";Likely;Major;mitigate\n";
    const auto source = demo.dir / "many.csv";
    writeText(source, csv);
    const auto countRisks = [&] {
        const auto listed = ismsctl(demo.dir, {"list", file, "risks", "--format", "csv"});
        return std::count(listed.out.begin(), listed.out.end(), '\n') - 1;
    };
    const auto risksBefore = countRisks();
    const std::vector<std::string> args{"import", file, "risks", source.string()};

    // How long one import takes here, measured on a copy, to spread the kills over all of it.
    const auto copy = demo.dir / "timing.isms";
    fs::copy_file(demo.path, copy);
    const auto started = std::chrono::steady_clock::now();
    REQUIRE(ismsctl(demo.dir, {"import", copy.string(), "risks", source.string()}).exitCode == 0);
    const auto took = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started);

    int killed = 0, imports = 0;
    constexpr int kRounds = 12;
    for (int round = 1; round <= kRounds; ++round) {
        const pid_t child = spawnIsmsctl(args);
        REQUIRE(child > 0);
        std::this_thread::sleep_for(took * round / (kRounds - 2));  // up to 1.2 times as long: commits too
        ::kill(child, SIGKILL);
        int status = 0;
        REQUIRE(::waitpid(child, &status, 0) == child);
        killed += WIFSIGNALED(status) ? 1 : 0;
        const auto risks = countRisks();
        INFO("round " << round << ": " << risks << " risks");
        REQUIRE((risks - risksBefore) % 2000 == 0);  // whole imports only
        imports = static_cast<int>((risks - risksBefore) / 2000);
        auto check = ismsctl(demo.dir, {"check", file});
        INFO(check.out + check.err);
        REQUIRE(check.exitCode == 0);
    }
    INFO(killed << " of " << kRounds << " imports were killed; " << imports << " completed");
    CHECK(killed > 0);
}
