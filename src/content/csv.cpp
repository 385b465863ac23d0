#include "csv.h"

namespace isms::content {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

Error malformed(std::size_t line, const std::string& what)
{
    return makeError(ErrorCode::Invalid, "line " + std::to_string(line) + ": " + what);
}

bool isBlankRow(const std::vector<std::string>& cells)
{
    return cells.size() == 1 && cells.front().empty();
}

} // namespace

Result<std::vector<CsvRow>> readCsv(std::string_view text, char separator)
{
    if (text.substr(0, kUtf8Bom.size()) == kUtf8Bom)
        text.remove_prefix(kUtf8Bom.size());

    std::vector<CsvRow> rows;
    CsvRow row{1, {}};
    std::string cell;
    std::size_t line = 1;
    std::size_t i = 0;
    bool cellWasQuoted = false;

    const auto endCell = [&] {
        row.cells.push_back(std::move(cell));
        cell.clear();
        cellWasQuoted = false;
    };
    const auto endRow = [&] {
        endCell();
        if (!isBlankRow(row.cells))
            rows.push_back(std::move(row));
        row = CsvRow{line, {}};
    };

    while (i < text.size()) {
        const char c = text[i];
        if (c == '"' && cell.empty() && !cellWasQuoted) {
            // A quoted cell: runs to the next lone quote, across commas and line breaks.
            const std::size_t openedOn = line;
            ++i;
            bool closed = false;
            while (i < text.size()) {
                if (text[i] == '"') {
                    if (i + 1 < text.size() && text[i + 1] == '"') {
                        cell += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                if (text[i] == '\n')
                    ++line;
                cell += text[i++];
            }
            if (!closed)
                return malformed(openedOn, "a quoted cell starts here but its closing quote is "
                                           "missing");
            cellWasQuoted = true;
            if (i < text.size() && text[i] != separator && text[i] != '\n' && text[i] != '\r')
                return malformed(line, std::string("a quoted cell is followed by text before the next ")
                                           + (separator == ',' ? "comma" : separator == ';' ? "semicolon" : "tab")
                                           + " (a quote inside a cell must be doubled: \"\")");
            continue;
        }
        if (c == separator) {
            endCell();
            ++i;
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            ++line;
            i += 2;
            endRow();
        } else if (c == '\n' || c == '\r') {
            ++line;
            ++i;
            endRow();
        } else {
            cell += c;
            ++i;
        }
    }
    if (!cell.empty() || cellWasQuoted || !row.cells.empty())
        endRow();
    return rows;
}

std::string csvLine(const std::vector<std::string>& cells)
{
    std::string out;
    for (std::size_t n = 0; n < cells.size(); ++n) {
        if (n > 0)
            out += ',';
        const std::string& cell = cells[n];
        const bool needsQuotes = cell.find_first_of(",\"\r\n") != std::string::npos
            || (!cell.empty() && (cell.front() == ' ' || cell.back() == ' '));
        if (!needsQuotes) {
            out += cell;
            continue;
        }
        out += '"';
        for (char c : cell) {
            if (c == '"')
                out += '"';
            out += c;
        }
        out += '"';
    }
    out += "\r\n";
    return out;
}

} // namespace isms::content
