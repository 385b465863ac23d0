#pragma once
// The cells of an XLSX workbook's first worksheet, as the rows import reads (the same CsvRow as
// a CSV gives, with `line` the worksheet's row number). Only what a register needs: text,
// numbers, booleans, and dates written back as YYYY-MM-DD when the cell's number format is a
// date. Formulas give their cached value; formatting, other sheets and pictures are ignored.
//
// A workbook is a zip of XML parts, so it is read with limits (kMaxXlsxPartBytes per part):
// a damaged or hostile file is refused with a message, never allowed to exhaust memory (and so
// are rows of far-right cells: kMaxXlsxCells).

#include "content/csv.h"
#include "domain/result.h"

#include <cstddef>
#include <string_view>
#include <vector>

namespace isms::content {

inline constexpr std::size_t kMaxXlsxPartBytes = 256u * 1024u * 1024u;
// Cells the rows may hold in all, the empty ones before each row's last cell included.
inline constexpr std::size_t kMaxXlsxCells = 10'000'000;

// True when the bytes start like a zip archive (an XLSX workbook) rather than text.
bool looksLikeXlsx(std::string_view bytes);

// Every non-empty row of the first worksheet; each row has as many cells as its last non-empty
// one (missing cells in between are ""). Refused (Invalid) with a sentence saying what is wrong
// and what to do: not a workbook, damaged, too large, no worksheet.
Result<std::vector<CsvRow>> readXlsxRows(std::string_view bytes);

} // namespace isms::content
