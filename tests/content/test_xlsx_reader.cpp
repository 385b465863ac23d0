#include "content/xlsx_reader.h"
#include "test_support.h"
#include "xlsx_support.h"

#include <catch2/catch_test_macros.hpp>
#include <zip.h>

using namespace isms;
using namespace isms::content;

TEST_CASE("A workbook's first worksheet reads as rows of text", "[xlsx]")
{
    test::TempDir dir;
    const auto path = dir / "register.xlsx";
    test::writeXlsx(path, {{test::text("ref"), test::text("title"), test::text("due_date"), test::text("completion")},
                           {test::text("RTP-100"), test::text("Encrypt, then \"rotate\" keys"), test::date(2027, 2, 28), test::number(25)},
                           {},  // an empty row is skipped
                           {test::blank(), test::text("Line one\nline two"), test::blank(), test::number(2.5)},
                           {test::text("RTP-102"), test::text("Ünïcödé ✓"), test::date(1900, 1, 1)}});
    auto rows = readXlsxRows(test::readText(path));
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 4);
    CHECK((*rows)[0].line == 1);
    CHECK((*rows)[0].cells == std::vector<std::string>{"ref", "title", "due_date", "completion"});
    CHECK((*rows)[1].cells == std::vector<std::string>{"RTP-100", "Encrypt, then \"rotate\" keys", "2027-02-28", "25"});
    CHECK((*rows)[2].line == 4);  // the worksheet's own row number
    CHECK((*rows)[2].cells == std::vector<std::string>{"", "Line one\nline two", "", "2.5"});
    CHECK((*rows)[3].cells == std::vector<std::string>{"RTP-102", "Ünïcödé ✓", "1900-01-01"});
}

TEST_CASE("What is not a sound workbook is refused with what to do", "[xlsx]")
{
    test::TempDir dir;
    const auto path = dir / "good.xlsx";
    test::writeXlsx(path, {{test::text("title")}, {test::text("One")}});
    const std::string good = test::readText(path);

    SECTION("text is not a workbook")
    {
        auto rows = readXlsxRows("title\nOne\n");
        REQUIRE_FALSE(rows.ok());
        CHECK(rows.error().message.find("is not an XLSX file") != std::string::npos);
    }
    SECTION("a workbook cut short")
    {
        auto rows = readXlsxRows(std::string_view(good).substr(0, good.size() / 2));
        REQUIRE_FALSE(rows.ok());
        CHECK(rows.error().message.find("is damaged") != std::string::npos);
        CHECK(rows.error().message.find("save it again as .xlsx") != std::string::npos);
    }
    SECTION("noise in the middle")
    {
        std::string damaged = good;
        for (std::size_t i = damaged.size() / 3; i < damaged.size() / 3 + 200 && i < damaged.size(); ++i)
            damaged[i] = static_cast<char>(i * 37);
        auto rows = readXlsxRows(damaged);
        REQUIRE_FALSE(rows.ok());
        CHECK(rows.error().message.find("damaged") != std::string::npos);
    }
    SECTION("a zip that is not a workbook")
    {
        // An evidence archive: a zip holding one text file.
        const auto zipPath = dir / "other.zip";
        int error = 0;
        zip_t* archive = zip_open(zipPath.string().c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
        REQUIRE(archive);
        static const char text[] = "hello";
        zip_source_t* source = zip_source_buffer(archive, text, sizeof text - 1, 0);
        REQUIRE(zip_file_add(archive, "notes.txt", source, ZIP_FL_OVERWRITE) >= 0);
        REQUIRE(zip_close(archive) == 0);
        auto rows = readXlsxRows(test::readText(zipPath));
        REQUIRE_FALSE(rows.ok());
        CHECK(rows.error().message.find("has no xl/workbook.xml") != std::string::npos);
    }
}

TEST_CASE("A worksheet of far-right cells is refused before it exhausts memory", "[xlsx]")
{
    // 1,000 rows each with one cell in column XFD (16,384) would hold 16 million cells.
    test::TempDir dir;
    const auto path = dir / "wide.xlsx";
    lxw_workbook* workbook = workbook_new(path.string().c_str());
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, nullptr);
    for (lxw_row_t r = 0; r < 1000; ++r)
        worksheet_write_string(sheet, r, 16383, "far", nullptr);
    REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);
    auto rows = readXlsxRows(test::readText(path));
    REQUIRE_FALSE(rows.ok());
    CHECK(rows.error().message.find("is too large to import") != std::string::npos);
    CHECK(rows.error().message.find("Split it into smaller workbooks.") != std::string::npos);
}
