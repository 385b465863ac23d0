#pragma once
// RFC 4180 CSV: comma-separated cells, quoted cells may hold commas, quotes ("" inside quotes)
// and line breaks. Reading tolerates what spreadsheets write: a UTF-8 byte order mark, CRLF or
// LF line ends, a missing final line end. Writing produces strict RFC 4180 with CRLF.

#include "domain/result.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace isms::content {

struct CsvRow {
    std::size_t line = 0;  // 1-based line of the file where the row starts
    std::vector<std::string> cells;
};

// Every row of `text`, blank lines skipped, cells separated by `separator` (',' unless
// detectSeparator found ';' or a tab). Refused (Invalid, with the line number) when a quoted
// cell is never closed or a quote is followed by something other than a separator or a line end.
Result<std::vector<CsvRow>> readCsv(std::string_view text, char separator = ',');

// One row followed by CRLF. A cell is quoted when it holds a comma, quote, CR or LF, or starts
// or ends with a blank (which spreadsheets would otherwise trim).
std::string csvLine(const std::vector<std::string>& cells);

} // namespace isms::content
