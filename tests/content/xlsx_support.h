#pragma once
// Workbooks for the import tests, written by libxlsxwriter (as Excel itself would: shared
// strings, numbers as numbers, dates as serial numbers with a date format).

#include <xlsxwriter.h>

#include <catch2/catch_test_macros.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace isms::test {

struct XlsxCell {
    enum class Kind { Text, Number, Date, Blank } kind = Kind::Text;
    std::string text;
    double number = 0;
    int year = 0, month = 0, day = 0;
};

inline XlsxCell text(std::string value) { return {XlsxCell::Kind::Text, std::move(value)}; }
inline XlsxCell number(double value) { return {XlsxCell::Kind::Number, {}, value}; }
inline XlsxCell date(int y, int m, int d) { return {XlsxCell::Kind::Date, {}, 0, y, m, d}; }
inline XlsxCell blank() { return {XlsxCell::Kind::Blank}; }

inline void writeXlsx(const std::filesystem::path& path, const std::vector<std::vector<XlsxCell>>& rows,
                      const std::string& sheetName = "Risks")
{
    lxw_workbook* workbook = workbook_new(path.string().c_str());
    REQUIRE(workbook);
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, sheetName.c_str());
    lxw_format* dateFormat = workbook_add_format(workbook);
    format_set_num_format(dateFormat, "dd/mm/yyyy");
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (std::size_t c = 0; c < rows[r].size(); ++c) {
            const auto& cell = rows[r][c];
            const auto row = static_cast<lxw_row_t>(r);
            const auto col = static_cast<lxw_col_t>(c);
            switch (cell.kind) {
            case XlsxCell::Kind::Text:
                worksheet_write_string(sheet, row, col, cell.text.c_str(), nullptr);
                break;
            case XlsxCell::Kind::Number:
                worksheet_write_number(sheet, row, col, cell.number, nullptr);
                break;
            case XlsxCell::Kind::Date: {
                lxw_datetime when = {cell.year, cell.month, cell.day, 0, 0, 0};
                worksheet_write_datetime(sheet, row, col, &when, dateFormat);
                break;
            }
            case XlsxCell::Kind::Blank:
                break;
            }
        }
    REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);
}

} // namespace isms::test
