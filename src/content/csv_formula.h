#pragma once
// Cells a spreadsheet would run, made inert on export and restored on import.
//
// A spreadsheet treats a cell that starts with '=', '+', '-' or '@' as a formula (and some treat
// a leading tab or CR the same way, after trimming it), so a risk titled
// `=HYPERLINK("http://evil","Click")` would run when the export is opened. The rule:
//   - export puts an apostrophe before a cell that starts with = + - @ TAB CR, and before a cell
//     that starts with an apostrophe itself, so that one can be told from the added one;
//   - a plain number ("-5", "-0.25") is left alone: numbers stay numbers, and a number runs
//     nothing;
//   - import takes one leading apostrophe off every cell that has one.
// So importing our own export gives back exactly the values exported, and a hand-made CSV
// whose value really starts with an apostrophe writes it twice ("''quoted'").

#include <string>
#include <string_view>

namespace isms::content {

// The cell as written to a CSV file.
std::string defusedCell(std::string_view value);

// The value a CSV cell stands for: the inverse of defusedCell.
std::string restoredCell(std::string_view cell);

} // namespace isms::content
