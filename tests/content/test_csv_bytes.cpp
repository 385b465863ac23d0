// Bytes a CSV must not bring in, and encodings and separators it may come in. Every sample is
// in tests/data/csv; a refused one must leave the register and the change log as they were.
#include "content/csv_import.h"
#include "content/csv_text.h"
#include "domain/ref_pattern.h"
#include "import_support.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace isms;
using namespace isms::content;

TEST_CASE("Bytes that are not UTF-8 text are refused with line, column and bytes", "[import][bytes]")
{
    struct Case {
        const char* file;
        const char* expected;
    };
    const auto bad = GENERATE(
        Case{"bytes_overlong_2byte.csv", "line 3, column 5: byte 0xC0 starts an overlong encoding"},
        Case{"bytes_overlong_3byte.csv", "line 3, column 5: bytes 0xE0 0x80 are an overlong encoding"},
        Case{"bytes_surrogate.csv", "line 3, column 6: bytes 0xED 0xA0 are a UTF-16 surrogate"},
        Case{"bytes_beyond_unicode.csv", "line 3, column 9: bytes 0xF4 0x90 are a code point beyond U+10FFFF"},
        Case{"bytes_never_utf8.csv", "line 3, column 5: byte 0xF5 never occurs in UTF-8"},
        Case{"bytes_stray_continuation.csv", "line 3, column 7: byte 0x80 continues a character that never started"},
        Case{"bytes_truncated_midline.csv", "line 3, column 5: byte 0xE2 starts a 3-byte character but byte 3 of it is 0x20"},
        Case{"bytes_truncated_at_end.csv", "line 3, column 27: byte 0xE2 starts a 3-byte character but the file ends after 2 bytes of it"},
        Case{"bytes_windows_1252.csv", "line 3, column 4: byte 0xE9 starts a 3-byte character but byte 2 of it is 0x20"},
        Case{"bytes_nul.csv", "line 3, column 5: byte 0x00 (NUL) is not allowed in text"},
        Case{"utf16le_no_bom.csv", "line 1, column 2: byte 0x00 (NUL) is not allowed in text.\nThe file looks like UTF-16 without a byte order mark"},
        Case{"utf16le_unpaired_surrogate.csv", "line 2, column 5: this UTF-16 (little-endian) file holds the unpaired surrogate 0xD800"},
        Case{"utf16le_odd_length.csv", "line 4, column 1: this UTF-16 (little-endian) file ends in the middle of a character"},
        Case{"utf32le_bom.csv", "line 1, column 1: the file is UTF-32 text"},
        Case{"separator_mixed.csv", "line 1: the header line holds 1 comma and 1 semicolon, so which of them separates the columns cannot be told"});

    test::TempDir dir;
    auto file = test::demoFile(dir);
    const auto& treatments = file->catalogue().get(reg::treatments);
    const auto before = test::snapshot(*file, treatments);

    auto checked = checkCsvImport(*file, treatments, test::sampleCsv(bad.file));
    auto imported = importCsv(*file, treatments, test::sampleCsv(bad.file));
    INFO(bad.file);
    REQUIRE_FALSE(checked.ok());
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().code == ErrorCode::Invalid);
    CHECK(checked.error().message == imported.error().message);
    INFO(imported.error().message);
    CHECK(imported.error().message.find("Nothing was imported into Risk treatment") == 0);
    CHECK(imported.error().message.find(bad.expected) != std::string::npos);
    CHECK(imported.error().message.find("import it again") != std::string::npos);
    CHECK(test::snapshot(*file, treatments) == before);
}

TEST_CASE("UTF-16 with a byte order mark is decoded", "[import][bytes]")
{
    const auto* sample = GENERATE("utf16le_bom.csv", "utf16be_bom.csv");
    test::TempDir dir;
    auto file = test::demoFile(dir);
    const auto& treatments = file->catalogue().get(reg::treatments);
    auto imported = importCsv(*file, treatments, test::sampleCsv(sample));
    INFO(sample);
    REQUIRE(imported.ok());
    REQUIRE(imported->refs.size() == 2);
    auto first = file->findByRef(treatments, imported->refs[0]);
    auto second = file->findByRef(treatments, imported->refs[1]);
    REQUIRE((first.ok() && first->has_value() && second.ok() && second->has_value()));
    CHECK((**first).text(treatments, "title") == "\xC3\x89tude des risques");
    CHECK((**second).text(treatments, "title") == "Emoji \xF0\x9F\x94\x92 lock");
}

TEST_CASE("Semicolon- and tab-separated files are read by their header", "[import][bytes]")
{
    const auto* sample = GENERATE("separator_semicolon.csv", "separator_tab.csv");
    test::TempDir dir;
    auto file = test::demoFile(dir);
    const auto& treatments = file->catalogue().get(reg::treatments);
    auto imported = importCsv(*file, treatments, test::sampleCsv(sample));
    INFO(sample);
    REQUIRE(imported.ok());
    REQUIRE(imported->refs.size() == 2);
    auto first = file->findByRef(treatments, imported->refs[0]);
    REQUIRE((first.ok() && first->has_value()));
    const std::string expected = std::string(sample) == "separator_tab.csv" ? "Review, then sign"
                                                                            : "Review; then sign";
    CHECK((**first).text(treatments, "title") == expected);
    CHECK((**first).integer(treatments, "completion") == 5);
}

TEST_CASE("The separator comes from the header line alone", "[csv][bytes]")
{
    CHECK(detectSeparator("title\nA,B;C\n").value() == ',');
    CHECK(detectSeparator("\"a;b\",c\n1;2\n").value() == ',');  // quoted text does not count
    CHECK(detectSeparator("a;b;c\r\n1,5;2;3\r\n").value() == ';');
    CHECK(detectSeparator("a\tb\n").value() == '\t');
    auto mixed = detectSeparator("a\tb;c,d\n");
    REQUIRE_FALSE(mixed.ok());
    CHECK(mixed.error().message.find("1 comma and 1 semicolon and 1 tab") != std::string::npos);
}

TEST_CASE("Good UTF-8 passes unchanged, with its byte order mark removed", "[csv][bytes]")
{
    const std::string text = "a,b\n\xC3\xA9,\xE2\x82\xAC,\xF0\x9F\x94\x92,\xEF\xBF\xBF,\xF4\x8F\xBF\xBF\n";
    CHECK(csvTextFromBytes(text).value() == text);
    CHECK(csvTextFromBytes("\xEF\xBB\xBF" + text).value() == text);
    CHECK(csvTextFromBytes("").value().empty());
}

TEST_CASE("Import refuses refs outside the safe pattern, naming the row", "[import][ref]")
{
    test::TempDir dir;
    auto file = test::demoFile(dir);
    const auto& treatments = file->catalogue().get(reg::treatments);
    const auto before = test::snapshot(*file, treatments);
    auto imported = importCsv(*file, treatments,
                              "ref,title,due_date\nRTP-500,Fine,2026-01-01\n"
                              "RTP 501,Space,2026-01-01\n\"=cmd\",Formula,2026-01-01\n");
    REQUIRE_FALSE(imported.ok());
    const auto& message = imported.error().message;
    INFO(message);
    CHECK(message.find("the CSV has 2 problems") != std::string::npos);
    CHECK(message.find("line 3, column ref: the ref holds byte 0x20 at position 4") != std::string::npos);
    CHECK(message.find("line 4, column ref: the ref starts with '='") != std::string::npos);
    CHECK(test::snapshot(*file, treatments) == before);
}

TEST_CASE("Every ref the template and the demo make keeps to the pattern", "[ref]")
{
    test::TempDir dir;
    auto file = test::demoFile(dir);
    std::size_t checked = 0;
    for (const auto& reg : file->catalogue().registers()) {
        auto records = file->list(reg);
        REQUIRE(records.ok());
        for (const auto& record : *records) {
            INFO(reg.key << " " << record.ref);
            CHECK(isSafeRef(record.ref));
            ++checked;
        }
    }
    CHECK(checked > 100);
}
