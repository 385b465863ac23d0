// ismsctl as a user runs it: exit codes, what it prints, and that reading verbs leave the file
// byte-identical.
#include "cli_support.h"

#include <catch2/catch_test_macros.hpp>

using namespace isms::test;

TEST_CASE("ismsctl without a verb or with a wrong one is a usage error", "[cli]")
{
    TempDir dir;
    auto none = ismsctl(dir, {});
    CHECK(none.exitCode == 2);
    CHECK(contains(none.err, "no verb given"));
    auto unknown = ismsctl(dir, {"frobnicate"});
    CHECK(unknown.exitCode == 2);
    CHECK(contains(unknown.err, "unknown verb 'frobnicate'"));
    auto help = ismsctl(dir, {"--help"});
    CHECK(help.exitCode == 0);
    for (const char* verb : {"registers", "new", "demo", "check", "list", "import", "history",
                             "export", "verify", "info"})
        CHECK(contains(help.out, std::string("  ") + verb));
}

TEST_CASE("Every verb has --help and checks its argument count", "[cli]")
{
    TempDir dir;
    for (const char* verb : {"registers", "new", "demo", "check", "list", "import", "history",
                             "export", "verify", "info", "approve"}) {
        INFO(verb);
        auto help = ismsctl(dir, {verb, "--help"});
        CHECK(help.exitCode == 0);
        CHECK(contains(help.out, std::string("Usage: ismsctl ") + verb));
        auto tooMany = ismsctl(dir, {verb, "a", "b", "c", "d", "e"});
        CHECK(tooMany.exitCode == 2);
        CHECK(contains(tooMany.err, std::string("ismsctl ") + verb + " --help"));
        auto badOption = ismsctl(dir, {verb, "--no-such-option"});
        CHECK(badOption.exitCode == 2);
    }
}

TEST_CASE("registers lists keys, titles and clauses", "[cli]")
{
    TempDir dir;
    auto run = ismsctl(dir, {"registers"});
    CHECK(run.exitCode == 0);
    CHECK(contains(run.out, "risks"));
    CHECK(contains(run.out, "Statement of Applicability"));
    CHECK(contains(run.out, "6.1.3 d"));
}

TEST_CASE("new makes a file from the template and refuses bad options", "[cli]")
{
    TempDir dir;
    const auto path = dir / "client.isms";
    auto made = ismsctl(dir, {"new", path.string(), "--org", "Client Ltd", "--levels", "4",
                              "--scope", "The Leeds office"});
    CHECK(made.exitCode == 0);
    CHECK(contains(made.out, "93 Annex A controls"));
    CHECK(contains(made.out, "4x4"));
    auto info = ismsctl(dir, {"info", path.string()});
    CHECK(info.exitCode == 0);
    CHECK(contains(info.out, "Client Ltd"));
    CHECK(contains(info.out, "4 likelihood x 4 impact"));

    auto again = ismsctl(dir, {"new", path.string(), "--org", "Client Ltd"});
    CHECK(again.exitCode == 1);
    CHECK(contains(again.err, path.string()));

    auto noOrg = ismsctl(dir, {"new", (dir / "x.isms").string()});
    CHECK(noOrg.exitCode == 2);
    CHECK(contains(noOrg.err, "--org"));
    auto badLevels = ismsctl(dir, {"new", (dir / "y.isms").string(), "--org", "Y", "--levels", "12"});
    CHECK(badLevels.exitCode == 1);
    CHECK(contains(badLevels.err, "between 3 and 10"));
    CHECK_FALSE(fs::exists(dir / "y.isms"));
}

TEST_CASE("Reading verbs leave the file byte-identical", "[cli]")
{
    DemoFile demo;
    const auto path = demo.path.string();
    const std::string before = readFile(demo.path);

    auto check = ismsctl(demo.dir, {"check", path});
    CHECK(check.exitCode == 0);
    CHECK(contains(check.out, "Healthy."));
    CHECK(contains(check.out, "chain intact"));
    // The readiness summary is the readiness report's own facts (reports/builders/readiness_report).
    CHECK(contains(check.out, "Mandatory documented information:"));
    CHECK(contains(check.out, "Decided and justified:"));
    CHECK(contains(check.out, "Not yet ready for the certification audit."));

    auto info = ismsctl(demo.dir, {"info", path});
    CHECK(info.exitCode == 0);
    CHECK(contains(info.out, "Fernbrook Analytics Ltd"));

    auto table = ismsctl(demo.dir, {"list", path, "risks"});
    CHECK(table.exitCode == 0);
    CHECK(contains(table.out, "R-001"));
    CHECK(contains(table.out, "records)"));

    auto csv = ismsctl(demo.dir, {"list", path, "treatments", "--format", "csv"});
    CHECK(csv.exitCode == 0);
    CHECK(csv.out.rfind("ref,title,owner,due_date", 0) == 0);

    auto json = ismsctl(demo.dir, {"list", path, "controls", "--format", "json"});
    CHECK(json.exitCode == 0);
    CHECK(contains(json.out, "\"ref\": \"A.5.1\""));
    CHECK(contains(json.out, "\"reason_risk\": true"));

    auto history = ismsctl(demo.dir, {"history", path, "R-001"});
    CHECK(history.exitCode == 0);
    CHECK(contains(history.out, "insert"));
    CHECK(contains(history.out, "risks/R-001"));
    auto qualified = ismsctl(demo.dir, {"history", path, "controls/A.5.1", "--limit", "1"});
    CHECK(qualified.exitCode == 0);
    CHECK(contains(qualified.out, "(1 entries)"));
    auto whole = ismsctl(demo.dir, {"history", path, "--limit", "5"});
    CHECK(whole.exitCode == 0);
    CHECK(contains(whole.out, "(5 entries)"));

    CHECK(readFile(demo.path) == before);
    CHECK_FALSE(fs::exists(path + "-wal"));
    CHECK_FALSE(fs::exists(path + "-shm"));
}

TEST_CASE("check exits 1 and names what was changed behind the program's back", "[cli]")
{
    TempDir dir;
    const auto corpus = fs::path(ISMS_TEST_DATA_DIR) / "tampered";
    const std::pair<const char*, const char*> cases[] = {
        {"risk-title", "risks R-003: field \"title\" is \"Changed behind its back\" in the file"},
        {"organisation-renamed", "File setting \"organisation\" is \"Other Ltd\""},
        {"column-dropped", "column \"threat\""},
        {"annex-a-renamed", "Annex A control A.5.1 is titled \"Our own policies\""},
        {"approval-changed", "Approval 1 of risks R-003: its \"rationale\" differs from its history"},
    };
    for (const auto& [name, expected] : cases) {
        INFO(name);
        const auto path = dir / (std::string(name) + ".isms");
        fs::copy_file(corpus / (std::string(name) + ".isms"), path);
        auto run = ismsctl(dir, {"check", path.string()});
        INFO(run.out + run.err);
        CHECK(run.exitCode == 1);
        CHECK(contains(run.out + run.err, expected));
    }
    const auto base = dir / "base.isms";
    fs::copy_file(corpus / "base.isms", base);
    auto healthy = ismsctl(dir, {"check", base.string()});
    CHECK(healthy.exitCode == 0);
    CHECK(contains(healthy.out, "matches its history, schema and register descriptions"));
}

TEST_CASE("Unknown registers and records are explained", "[cli]")
{
    DemoFile demo;
    const auto path = demo.path.string();
    auto unknown = ismsctl(demo.dir, {"list", path, "riskz"});
    CHECK(unknown.exitCode == 2);
    CHECK(contains(unknown.err, "no register called 'riskz'"));
    CHECK(contains(unknown.err, "Did you mean 'risks'?"));
    CHECK(contains(unknown.err, "ismsctl registers"));
    auto format = ismsctl(demo.dir, {"list", path, "risks", "--format", "xml"});
    CHECK(format.exitCode == 2);
    auto record = ismsctl(demo.dir, {"history", path, "R-999"});
    CHECK(record.exitCode == 1);
    CHECK(contains(record.err, "no record R-999"));
}

TEST_CASE("import adds all rows or none and reports every problem", "[cli]")
{
    DemoFile demo;
    const auto path = demo.path.string();
    const std::string before = readFile(demo.path);

    auto bad = ismsctl(demo.dir, {"import", path, "treatments", sample("treatments_several_problems.csv")});
    CHECK(bad.exitCode == 1);
    CHECK(contains(bad.err, "Nothing was imported"));
    CHECK(contains(bad.err, "line 2, column owner"));
    CHECK(contains(bad.err, "line 4, column title"));
    CHECK(contains(bad.err, "was not changed"));
    CHECK(readFile(demo.path) == before);

    auto good = ismsctl(demo.dir, {"import", path, "treatments", sample("treatments_good.csv"),
                                   "--author", "importer"});
    CHECK(good.exitCode == 0);
    CHECK(contains(good.out, "Imported 3 records"));
    auto history = ismsctl(demo.dir, {"history", path, "RTP-100"});
    CHECK(history.exitCode == 0);
    CHECK(contains(history.out, "importer"));

    auto missing = ismsctl(demo.dir, {"import", path, "treatments", (demo.dir / "none.csv").string()});
    CHECK(missing.exitCode == 1);
    CHECK(contains(missing.err, "none.csv"));
}

TEST_CASE("export --audit-copy and verify", "[cli]")
{
    DemoFile demo;
    const auto copy = demo.dir / "audit.isms";
    auto exported = ismsctl(demo.dir, {"export", demo.path.string(), copy.string(), "--audit-copy"});
    CHECK(exported.exitCode == 0);
    CHECK(fs::exists(copy));
    CHECK(fs::exists(copy.string() + ".sha256"));

    const std::string copyBytes = readFile(copy);
    auto verified = ismsctl(demo.dir, {"verify", copy.string()});
    CHECK(verified.exitCode == 0);
    CHECK(contains(verified.out, "Verified"));
    auto checked = ismsctl(demo.dir, {"check", copy.string()});
    CHECK(checked.exitCode == 0);
    auto imported = ismsctl(demo.dir, {"import", copy.string(), "treatments", sample("treatments_good.csv")});
    CHECK(imported.exitCode == 1);
    CHECK(contains(imported.err, "is an audit copy"));
    CHECK(readFile(copy) == copyBytes);
    CHECK(ismsctl(demo.dir, {"verify", copy.string()}).exitCode == 0);

    // One byte changed after export: verify must notice.
    {
        std::fstream f(copy, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(static_cast<std::streamoff>(copyBytes.size() - 10));
        f.put(static_cast<char>(copyBytes[copyBytes.size() - 10] ^ 0x5A));
    }
    auto tampered = ismsctl(demo.dir, {"verify", copy.string()});
    CHECK(tampered.exitCode == 1);

    auto notAudit = ismsctl(demo.dir, {"verify", demo.path.string()});
    CHECK(notAudit.exitCode == 1);
    CHECK(contains(notAudit.out, "NO (not made by export --audit-copy)"));
    CHECK(contains(notAudit.err, "is NOT verified"));

    auto plain = ismsctl(demo.dir, {"export", demo.path.string(), (demo.dir / "plain.isms").string()});
    CHECK(plain.exitCode == 0);
    CHECK(fs::exists(demo.dir / "plain.isms"));
}

TEST_CASE("Files that are not ISMS files get the storage's message", "[cli]")
{
    TempDir dir;
    const auto text = dir / "notes.isms";
    {
        std::ofstream(text) << "just some notes, not a database\n";
    }
    const std::string before = readFile(text);
    for (const char* verb : {"check", "info", "history"}) {
        auto run = ismsctl(dir, {verb, text.string()});
        INFO(verb);
        CHECK(run.exitCode == 1);
        CHECK(contains(run.err, text.string()));
        CHECK(contains(run.err, "is not an ISMS Desk file"));
    }
    auto list = ismsctl(dir, {"list", text.string(), "risks"});
    CHECK(list.exitCode == 1);
    CHECK(readFile(text) == before);

    auto missing = ismsctl(dir, {"info", (dir / "absent.isms").string()});
    CHECK(missing.exitCode == 1);
    CHECK(contains(missing.err, "absent.isms"));
    CHECK(contains(missing.err, "does not exist"));
    CHECK_FALSE(fs::exists(dir / "absent.isms"));
}

TEST_CASE("demo --risks adds generated risks beyond the sample", "[cli]")
{
    TempDir dir;
    const auto path = dir / "big.isms";
    auto run = ismsctl(dir, {"demo", path.string(), "--risks", "300"});
    CHECK(run.exitCode == 0);
    CHECK(contains(run.out, "with 300 risks"));
    auto info = ismsctl(dir, {"info", path.string()});
    CHECK(contains(info.out, "risks             300"));
}

TEST_CASE("docs/data-model.md is exactly what the catalogue describes", "[cli][docs]")
{
    TempDir dir;
    const auto run = ismsctl(dir, {"registers", "--markdown"});
    REQUIRE(run.exitCode == 0);
    const std::string doc = readFile(fs::path(ISMS_DOCS_DIR) / "data-model.md");
    const std::string marker = "<!-- generated: ismsctl registers --markdown -->\n";
    const auto at = doc.find(marker);
    REQUIRE(at != std::string::npos);
    INFO("Regenerate the generated part of docs/data-model.md with `ismsctl registers --markdown`.");
    CHECK(doc.substr(at + marker.size()) == run.out);
}

TEST_CASE("notes: an auditor's notes on a copy are merged into the file as findings, once", "[cli][notes]")
{
    DemoFile demo;
    const auto copy = demo.dir / "copy.isms";
    const auto notes = demo.dir / "copy.isms.notes";
    REQUIRE(ismsctl(demo.dir, {"export", demo.path.string(), copy.string(), "--audit-copy"}).exitCode == 0);
    const std::string copyBytes = readFile(copy);
    const auto copyTime = fs::last_write_time(copy);

    for (const char* sub : {"add", "list", "merge"}) {
        INFO(sub);
        auto help = ismsctl(demo.dir, {"notes", sub, "--help"});
        CHECK(help.exitCode == 0);
        CHECK(contains(help.out, std::string("Usage: ismsctl notes ") + sub));
        CHECK(contains(help.out, "Exit codes"));
    }
    CHECK(ismsctl(demo.dir, {"notes"}).exitCode == 2);
    CHECK(ismsctl(demo.dir, {"notes", "frob"}).exitCode == 2);
    CHECK(ismsctl(demo.dir, {"notes", "add", copy.string(), "--type", "minor"}).exitCode == 2);
    CHECK(ismsctl(demo.dir, {"notes", "add", copy.string(), "--type", "minor", "--text", "x", "--record", "R-003"}).exitCode == 2);

    auto added = ismsctl(demo.dir, {"notes", "add", copy.string(), "--type", "minor", "--clause", "A.5.15",
                                    "--record", "risks:R-003", "--text", "Access reviews not recorded",
                                    "--evidence", "3 of 12 requests", "--author", "Auditor"});
    INFO(added.err);
    REQUIRE(added.exitCode == 0);
    CHECK(contains(added.out, "added to " + notes.string()));
    CHECK_FALSE(contains(added.err, "warning"));
    auto oddClause = ismsctl(demo.dir, {"notes", "add", copy.string(), "--type", "observation", "--text",
                                        "Policy owner unclear", "--clause", "A.5.99", "--author", "Auditor"});
    CHECK(oddClause.exitCode == 0);
    CHECK(contains(oddClause.err, "'A.5.99' is neither a clause of 4 to 10 nor an Annex A control"));
    auto badType = ismsctl(demo.dir, {"notes", "add", copy.string(), "--type", "critical", "--text", "x"});
    CHECK(badType.exitCode == 1);
    CHECK(contains(badType.err, "not one of major, minor, observation, opportunity"));
    auto noRecord = ismsctl(demo.dir, {"notes", "add", copy.string(), "--type", "minor", "--text", "x",
                                       "--record", "risks:R-999"});
    CHECK(noRecord.exitCode == 1);
    CHECK(contains(noRecord.err, "no risk R-999 in this copy"));
    // Elsewhere when asked (the copy's folder may be read-only), but never into the copy itself.
    const auto elsewhere = demo.dir / "elsewhere.notes";
    CHECK(ismsctl(demo.dir, {"notes", "add", copy.string(), "--notes", elsewhere.string(), "--type", "minor",
                             "--text", "Kept elsewhere"}).exitCode == 0);
    CHECK(contains(ismsctl(demo.dir, {"notes", "list", elsewhere.string()}).out, "Kept elsewhere"));
    auto intoCopy = ismsctl(demo.dir, {"notes", "add", copy.string(), "--notes", copy.string(), "--type", "minor",
                                       "--text", "x"});
    CHECK(intoCopy.exitCode == 1);
    CHECK(contains(intoCopy.err, "is not an ISMS Desk auditor notes file"));
    // The copy is only read.
    CHECK(readFile(copy) == copyBytes);
    CHECK(fs::last_write_time(copy) == copyTime);
    CHECK(ismsctl(demo.dir, {"verify", copy.string()}).exitCode == 0);

    auto listed = ismsctl(demo.dir, {"notes", "list", notes.string()});
    CHECK(listed.exitCode == 0);
    CHECK(contains(listed.out, "Access reviews not recorded"));
    CHECK(contains(listed.out, "risks:R-003"));
    CHECK(contains(listed.out, "2 note(s)."));
    auto json = ismsctl(demo.dir, {"notes", "list", notes.string(), "--json"});
    CHECK(json.exitCode == 0);
    CHECK(contains(json.out, "\"type\": \"observation\""));

    auto dry = ismsctl(demo.dir, {"notes", "merge", demo.path.string(), notes.string(), "--audit", "AU-001", "--dry-run"});
    CHECK(dry.exitCode == 0);
    CHECK(contains(dry.out, "Would merge 2 note(s)"));
    CHECK(ismsctl(demo.dir, {"notes", "merge", demo.path.string(), notes.string()}).exitCode == 2);
    CHECK(contains(ismsctl(demo.dir, {"notes", "merge", "--help"}).out, "--wait"));
    CHECK(ismsctl(demo.dir, {"notes", "merge", demo.path.string(), notes.string(), "--audit", "AU-001", "--wait",
                             "soon"}).exitCode == 2);
    auto noAudit = ismsctl(demo.dir, {"notes", "merge", demo.path.string(), notes.string(), "--audit", "AU-999"});
    CHECK(noAudit.exitCode == 1);
    CHECK(contains(noAudit.err, "There is no audit AU-999"));

    const auto findingsBefore = ismsctl(demo.dir, {"list", demo.path.string(), "findings"}).out;
    auto merged = ismsctl(demo.dir, {"notes", "merge", demo.path.string(), notes.string(), "--audit", "AU-001"});
    INFO(merged.err);
    REQUIRE(merged.exitCode == 0);
    CHECK(contains(merged.out, "Merged 2 note(s) as findings of AU-001"));
    const auto findingsAfter = ismsctl(demo.dir, {"list", demo.path.string(), "findings"}).out;
    CHECK(contains(findingsAfter, "Access reviews not recorded"));
    CHECK_FALSE(contains(findingsBefore, "Access reviews not recorded"));
    CHECK(ismsctl(demo.dir, {"check", demo.path.string()}).exitCode == 0);

    auto again = ismsctl(demo.dir, {"notes", "merge", demo.path.string(), notes.string(), "--audit", "AU-001"});
    CHECK(again.exitCode == 0);
    CHECK(contains(again.out, "Nothing to merge: all 2 note(s)"));
    CHECK(ismsctl(demo.dir, {"list", demo.path.string(), "findings"}).out == findingsAfter);

    // Notes taken on another file's copy are refused; so are the bad samples.
    DemoFile other;
    const auto before = readFile(other.path);
    auto foreign = ismsctl(other.dir, {"notes", "merge", other.path.string(), notes.string(), "--audit", "AU-001", "--author", "someone else"});
    CHECK(foreign.exitCode == 1);
    CHECK(contains(foreign.err, "another ISMS file"));
    const auto samples = fs::path(ISMS_TEST_DATA_DIR) / "notes";
    auto foreignId = ismsctl(demo.dir, {"notes", "list", (samples / "foreign-application-id.notes").string()});
    CHECK(foreignId.exitCode == 1);
    CHECK(contains(foreignId.err, "is not an ISMS Desk auditor notes file"));
    auto truncated = ismsctl(demo.dir, {"notes", "list", (samples / "truncated.notes").string()});
    CHECK(truncated.exitCode == 1);
    CHECK(contains(truncated.err, "cut short"));
    auto badSample = ismsctl(demo.dir, {"notes", "list", (samples / "bad-type.notes").string()});
    CHECK(badSample.exitCode == 1);
    CHECK(contains(badSample.out, "[INVALID]"));
    CHECK(contains(badSample.err, "\"critical\""));
}

namespace {

// Two CSVs with refs of their own, so both imports can succeed.
fs::path treatmentsCsv(const TempDir& dir, const std::string& name, int firstRef)
{
    const auto path = dir / name;
    std::ofstream out(path, std::ios::binary);
    out << "ref,title,owner,due_date,status,completion,completed_on,evidence\n";
    for (int i = 0; i < 3; ++i)
        out << "RTP-" << firstRef + i << ",Treatment " << firstRef + i << ",,2027-01-31,planned,0,,\n";
    return path;
}

} // namespace

TEST_CASE("Readers work while the file is held for editing; writers wait with --wait", "[cli][lock]")
{
    DemoFile demo;
    const auto path = demo.path.string();
    const auto a = treatmentsCsv(demo.dir, "a.csv", 500);
    const auto b = treatmentsCsv(demo.dir, "b.csv", 600);
    // flock(1) holds the same lock an editor holds (an exclusive flock on the file) for 1.5 s.
    const std::string holder = "flock -x " + quoted(path) + " sleep 1.5 & sleep 0.3; ";

    auto first = ismsctl(demo.dir, {"import", path, "treatments", a.string(), "--author", "x"});
    CHECK(first.exitCode == 0);  // nothing holds it yet
    // While it is held a reader reads, and an import without --wait is refused at once, saying why.
    const std::string listCmd = holder + quoted(ISMSCTL_PATH) + " list " + quoted(path) + " risks >"
        + quoted((demo.dir / "list.txt").string()) + " 2>&1; " + quoted(ISMSCTL_PATH) + " import "
        + quoted(path) + " treatments " + quoted(b.string()) + " >" + quoted((demo.dir / "refused.txt").string())
        + " 2>&1; echo $? >" + quoted((demo.dir / "refused-code.txt").string()) + "; wait";
    REQUIRE(std::system(listCmd.c_str()) == 0);
    CHECK(contains(readFile(demo.dir / "list.txt"), "R-001"));
    CHECK(contains(readFile(demo.dir / "refused.txt"), "is open in another program"));
    CHECK(readFile(demo.dir / "refused-code.txt") == "1\n");

    // Two imports that meet (both start while the file is held) both get in with --wait.
    const auto c = treatmentsCsv(demo.dir, "c.csv", 700);
    std::string both = holder;
    for (const auto& [csv, name] : {std::pair{b, std::string("b")}, std::pair{c, std::string("c")}})
        both += "( " + quoted(ISMSCTL_PATH) + " import " + quoted(path) + " treatments " + quoted(csv.string())
            + " --wait 20 >" + quoted((demo.dir / (name + ".out")).string()) + " 2>&1; echo $? >"
            + quoted((demo.dir / (name + ".code")).string()) + " ) & ";
    both += "wait";
    REQUIRE(std::system(both.c_str()) == 0);
    for (const char* name : {"b", "c"}) {
        INFO(readFile(demo.dir / (std::string(name) + ".out")));
        CHECK(readFile(demo.dir / (std::string(name) + ".code")) == "0\n");
        CHECK(contains(readFile(demo.dir / (std::string(name) + ".out")), "Imported 3 records"));
    }
    auto listed = ismsctl(demo.dir, {"list", path, "treatments", "--format", "csv"});
    for (const char* ref : {"RTP-500", "RTP-600", "RTP-700"})
        CHECK(contains(listed.out, ref));

    auto bad = ismsctl(demo.dir, {"import", path, "treatments", c.string(), "--wait", "soon"});
    CHECK(bad.exitCode == 2);
    CHECK(contains(bad.err, "--wait expects a number of seconds"));
}
