// What ismsctl lets through: stored text reaches the terminal escaped, and a refused import
// leaves even a rollback-journal file byte for byte as it was.
#include "cli_support.h"

#include <catch2/catch_test_macros.hpp>

using namespace isms::test;

namespace {

// The first raw control a terminal would act on: C0 other than LF and TAB (CR only before LF),
// DEL, C1 (UTF-8 C2 80..9F), bidi overrides and isolates; npos when there is none.
std::size_t firstRawControl(const std::string& text)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
        const auto third = i + 2 < text.size() ? static_cast<unsigned char>(text[i + 2]) : 0;
        if ((c < 0x20 && c != '\n' && c != '\t' && !(c == '\r' && next == '\n')) || c == 0x7F)
            return i;
        if (c == 0xC2 && next >= 0x80 && next <= 0x9F)
            return i;
        if (c == 0xE2 && next == 0x80 && third >= 0xAA && third <= 0xAE)
            return i;
        if (c == 0xE2 && next == 0x81 && third >= 0xA6 && third <= 0xA9)
            return i;
    }
    return std::string::npos;
}

void writeFile(const fs::path& path, const std::string& bytes)
{
    std::ofstream(path, std::ios::binary) << bytes;
}

} // namespace

TEST_CASE("Stored escape sequences and bidi overrides reach the terminal escaped", "[cli][terminal]")
{
    DemoFile demo;
    const auto path = demo.path.string();
    // ESC sequence that clears the screen, a C1 CSI, DEL, a right-to-left override, a BEL.
    const std::string title = "Evil \x1b[2J\x1b]0;pwned\x07 \xC2\x9B" "31m \x7F \xE2\x80\xAEtxt.exe";
    const auto csv = demo.dir / "evil.csv";
    writeFile(csv, "title,due_date,evidence\n\"" + title + "\",2026-12-01,\"" + title + "\"\n");
    auto imported = ismsctl(demo.dir, {"import", path, "treatments", csv.string()});
    REQUIRE(imported.exitCode == 0);
    // The organisation is shown by info; set it behind the program's back.
    REQUIRE(std::system(("sqlite3 " + quoted(path) + " \"UPDATE meta SET value = 'Org "
                         "' || char(27) || '[31m' || char(8238) || 'x' WHERE key = 'organisation'\"")
                            .c_str())
            == 0);

    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"list", path, "treatments"}, {"list", path, "treatments", "--format", "json"},
          {"history", path}, {"history", path, "RTP-009"}, {"info", path}}) {
        INFO(args[0] << " " << args.back());
        auto run = ismsctl(demo.dir, args);
        CHECK(run.exitCode == 0);
        CHECK(firstRawControl(run.out) == std::string::npos);
        CHECK(firstRawControl(run.err) == std::string::npos);
    }
    auto table = ismsctl(demo.dir, {"list", path, "treatments"});
    CHECK(contains(table.out, "Evil \\x1b[2J\\x1b]0;pwned"));  // the table cuts long titles
    auto history = ismsctl(demo.dir, {"history", path, "--limit", "1"});
    CHECK(contains(history.out, "Evil \\u001b[2J\\u001b]0;pwned\\u0007 \\u009b31m \\u007f \\u202etxt.exe"));
    auto info = ismsctl(demo.dir, {"info", path});
    CHECK(contains(info.out, "Org \\x1b[31m\\u202ex"));
    auto json = ismsctl(demo.dir, {"list", path, "treatments", "--format", "json"});
    CHECK(contains(json.out, "\\u001b[2J"));  // JSON's own escape, still valid JSON
    CHECK(contains(json.out, "\\u202etxt.exe"));

    // Redirected, CSV is data: byte for byte, so it imports back as it was.
    auto exported = ismsctl(demo.dir, {"list", path, "treatments", "--format", "csv"});
    CHECK(contains(exported.out, title));

    // A refusal quoting a stored or imported value is escaped too.
    writeFile(csv, "title,due_date,status\nX,2026-12-01,\"\x1b[2Jbad\"\n");
    auto refused = ismsctl(demo.dir, {"import", path, "treatments", csv.string()});
    CHECK(refused.exitCode == 1);
    CHECK(firstRawControl(refused.err) == std::string::npos);
    CHECK(contains(refused.err, "\\x1b[2Jbad"));
}

TEST_CASE("A refused import leaves a rollback-journal file's bytes and mtime as they were", "[cli][import]")
{
    DemoFile demo;
    const auto path = demo.path.string();
    REQUIRE(std::system(("sqlite3 " + quoted(path) + " 'PRAGMA journal_mode=DELETE' >/dev/null").c_str()) == 0);
    const std::string before = readFile(demo.path);
    REQUIRE(before.size() > 20);
    REQUIRE(before[18] == 1);  // rollback journal, not WAL
    const auto mtime = fs::last_write_time(demo.path);
    const auto records = ismsctl(demo.dir, {"list", path, "treatments", "--format", "csv"}).out;

    for (const char* bad : {"bytes_nul.csv", "bytes_overlong_2byte.csv", "utf16le_no_bom.csv",
                            "separator_mixed.csv", "treatments_several_problems.csv",
                            "treatments_existing_ref.csv"}) {
        INFO(bad);
        auto run = ismsctl(demo.dir, {"import", path, "treatments", sample(bad)});
        CHECK(run.exitCode == 1);
        CHECK(contains(run.err, "Nothing was imported"));
        CHECK(contains(run.err, "was not changed"));
        CHECK(readFile(demo.path) == before);
        CHECK(fs::last_write_time(demo.path) == mtime);
        for (const char* sidecar : {"-wal", "-shm", "-journal"})
            CHECK_FALSE(fs::exists(path + sidecar));
    }
    CHECK(ismsctl(demo.dir, {"list", path, "treatments", "--format", "csv"}).out == records);

    // A good one still goes in, whole: the semicolon file's two rows and nothing else.
    auto good = ismsctl(demo.dir, {"import", path, "treatments", sample("separator_semicolon.csv")});
    CHECK(good.exitCode == 0);
    CHECK(contains(good.out, "Imported 2 records"));
    const auto after = ismsctl(demo.dir, {"list", path, "treatments", "--format", "csv"}).out;
    CHECK(after.size() > records.size());
    CHECK(contains(after, ",Review; then sign,"));
}
