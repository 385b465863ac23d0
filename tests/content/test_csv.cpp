#include "content/csv.h"

#include <catch2/catch_test_macros.hpp>

using namespace isms::content;

namespace {

std::vector<std::vector<std::string>> cellsOf(std::string_view text)
{
    auto rows = readCsv(text);
    REQUIRE(rows.ok());
    std::vector<std::vector<std::string>> cells;
    for (const auto& row : *rows)
        cells.push_back(row.cells);
    return cells;
}

} // namespace

TEST_CASE("CSV reads plain, quoted and empty cells", "[csv]")
{
    CHECK(cellsOf("a,b,c\n1,,3\n") == std::vector<std::vector<std::string>>{{"a", "b", "c"}, {"1", "", "3"}});
    CHECK(cellsOf("\"x, y\",\"say \"\"hi\"\"\",\"\"\n")
          == std::vector<std::vector<std::string>>{{"x, y", "say \"hi\"", ""}});
    CHECK(cellsOf("a,b,") == std::vector<std::vector<std::string>>{{"a", "b", ""}});
}

TEST_CASE("CSV tolerates CRLF, a byte order mark, no final newline and blank lines", "[csv]")
{
    CHECK(cellsOf("\xEF\xBB\xBFref,title\r\nR-1,One\r\n\r\nR-2,Two")
          == std::vector<std::vector<std::string>>{{"ref", "title"}, {"R-1", "One"}, {"R-2", "Two"}});
}

TEST_CASE("Quoted cells may span lines; rows remember the line they start on", "[csv]")
{
    auto rows = readCsv("ref,notes\r\nR-1,\"first line\r\nsecond line\"\r\nR-2,plain\r\n");
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 3);
    CHECK((*rows)[1].cells[1] == "first line\r\nsecond line");
    CHECK((*rows)[1].line == 2);
    CHECK((*rows)[2].line == 4);
}

TEST_CASE("An unterminated quote is refused with the line it opened on", "[csv]")
{
    auto rows = readCsv("ref,title\nR-1,ok\nR-2,\"never closed\nR-3,x\n");
    REQUIRE_FALSE(rows.ok());
    CHECK(rows.error().message.find("line 3:") == 0);
    CHECK(rows.error().message.find("closing quote") != std::string::npos);
}

TEST_CASE("Text after a closing quote is refused", "[csv]")
{
    auto rows = readCsv("a,b\n\"x\"y,z\n");
    REQUIRE_FALSE(rows.ok());
    CHECK(rows.error().message.find("line 2:") == 0);
}

TEST_CASE("Written CSV quotes what needs it and reads back the same", "[csv]")
{
    const std::vector<std::string> cells{"plain", "comma, here", "quote \" here", "two\nlines",
                                         " padded ", "", "ünïcödé"};
    const std::string line = csvLine(cells);
    CHECK(line == "plain,\"comma, here\",\"quote \"\" here\",\"two\nlines\",\" padded \",,ünïcödé\r\n");
    CHECK(cellsOf(line) == std::vector<std::vector<std::string>>{cells});
}
