#include "content/import_words.h"

#include "content/csv_columns.h"
#include "content/import_cells.h"

#include <set>

namespace isms::content {

namespace {

bool isNumber(const std::string& text)
{
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos)
        return false;
    const auto last = text.find_last_not_of(" \t");
    for (auto i = first; i <= last; ++i)
        if (!((text[i] >= '0' && text[i] <= '9') || text[i] == '.' || text[i] == '-' || text[i] == '+'))
            return false;
    return true;
}

std::vector<EnumOption> levels(const std::vector<ScaleLevel>& scale)
{
    std::vector<EnumOption> choices;
    for (std::size_t n = 0; n < scale.size(); ++n)
        choices.push_back({std::to_string(n + 1), std::to_string(n + 1) + " " + scale[n].label});
    return choices;
}

} // namespace

std::vector<UnknownWord> unknownWords(const storage::IsmsFile& file, const RegisterDef& reg,
                                      std::string_view bytes, const ImportOptions& options)
{
    std::vector<UnknownWord> words;
    auto rows = csvImportRows(reg, bytes);
    auto methodology = file.methodology();
    if (!rows || rows->empty() || !methodology)
        return words;
    const auto columns = csvColumns(file.catalogue(), reg, rows->front().cells, options.map);
    const CellReader reader{reg.key, *methodology, options.map};
    std::set<std::pair<std::string, std::string>> seen;
    for (std::size_t r = 1; r < rows->size() && words.size() < kMaxUnknownWords; ++r)
        for (std::size_t c = 0; c < columns.size() && c < (*rows)[r].cells.size(); ++c) {
            if (columns[c].kind != CsvColumn::Kind::Field)
                continue;
            const FieldDef& field = reg.fields[columns[c].field];
            const bool level = field.type == FieldType::Likelihood || field.type == FieldType::Impact;
            if (!level && field.type != FieldType::Enum)
                continue;
            const std::string& cell = (*rows)[r].cells[c];
            if (reader.read(field, cell).ok() || isNumber(cell))
                continue;
            UnknownWord word;
            word.mapKey = field.type == FieldType::Likelihood ? "likelihood"
                : field.type == FieldType::Impact             ? "impact"
                                                              : field.key;
            if (!seen.emplace(word.mapKey, importKey(cell)).second)
                continue;
            word.column = columns[c].key;
            const auto first = cell.find_first_not_of(" \t");
            word.word = cell.substr(first, cell.find_last_not_of(" \t") - first + 1);
            word.choices = field.type == FieldType::Likelihood ? levels(methodology->likelihood)
                : field.type == FieldType::Impact              ? levels(methodology->impact)
                                                               : field.options;
            words.push_back(std::move(word));
            if (words.size() >= kMaxUnknownWords)
                break;
        }
    return words;
}

} // namespace isms::content
