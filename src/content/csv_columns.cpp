#include "content/csv_columns.h"

#include "content/csv_formula.h"
#include "content/csv_text.h"

#include <set>

namespace isms::content {

namespace {

std::string headerKey(const std::string& cell)
{
    const auto first = cell.find_first_not_of(" \t");
    if (first == std::string::npos)
        return {};
    std::string key = cell.substr(first, cell.find_last_not_of(" \t") - first + 1);
    for (auto& c : key)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return key;
}

Error unreadable(const RegisterDef& reg, const std::string& what, const Error& why)
{
    // The reason already starts with "line N" and, for bad bytes, says how to save the file.
    std::string message = "Nothing was imported into " + reg.title + ": the CSV " + what + ".\n"
        + why.message;
    if (why.message.find("import it again") == std::string::npos)
        message += "\nCorrect the CSV and import it again.";
    return makeError(ErrorCode::Invalid, message);
}

} // namespace

std::vector<CsvColumn> csvColumns(const RegisterDef& reg, const std::vector<std::string>& header)
{
    std::vector<CsvColumn> columns;
    std::set<std::string> seen;
    for (const auto& cell : header) {
        CsvColumn column;
        column.key = headerKey(cell);
        if (column.key.empty())
            column.kind = CsvColumn::Kind::Unnamed;
        else if (!seen.insert(column.key).second)
            column.kind = CsvColumn::Kind::Repeated;
        else if (column.key == "ref")
            column.kind = CsvColumn::Kind::Ref;
        else if (const auto index = reg.indexOf(column.key)) {
            column.field = *index;
            column.kind = reg.fields[*index].computed ? CsvColumn::Kind::Computed
                                                      : CsvColumn::Kind::Field;
        }
        columns.push_back(std::move(column));
    }
    return columns;
}

std::vector<std::string> missingRequiredColumns(const RegisterDef& reg,
                                                const std::vector<CsvColumn>& columns)
{
    std::set<std::string> named;
    for (const auto& column : columns)
        named.insert(column.key);
    std::vector<std::string> missing;
    for (const auto& field : reg.fields)
        if (field.required && !field.computed && !named.count(field.key))
            missing.push_back(field.key);
    return missing;
}

Result<std::vector<CsvRow>> csvImportRows(const RegisterDef& reg, std::string_view csvBytes)
{
    auto text = csvTextFromBytes(csvBytes);
    if (!text)
        return unreadable(reg, "is not UTF-8 text", text.error());
    auto separator = detectSeparator(*text);
    if (!separator)
        return unreadable(reg, "has no clear separator", separator.error());
    auto parsed = readCsv(*text, *separator);
    if (!parsed)
        return unreadable(reg, "is malformed", parsed.error());
    for (std::size_t r = 1; r < parsed->size(); ++r)
        for (auto& cell : (*parsed)[r].cells)
            cell = restoredCell(cell);
    return parsed;
}

} // namespace isms::content
