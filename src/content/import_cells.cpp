#include "content/import_cells.h"

#include "content/import_aliases.h"

#include <charconv>
#include <cmath>

namespace isms::content {

namespace {

std::string trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    return std::string(text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1));
}

ParsedValue refusedValue(std::string problem)
{
    ParsedValue parsed;
    parsed.problem = std::move(problem);
    return parsed;
}

} // namespace

std::string CellReader::mapped(const FieldDef& field, const std::string& text) const
{
    const std::string key = importKey(text);
    for (const std::string& group : {field.key, std::string(field.type == FieldType::Likelihood ? "likelihood"
                                                           : field.type == FieldType::Impact ? "impact"
                                                                                             : "")}) {
        if (group.empty())
            continue;
        if (const auto words = map.values.find(group); words != map.values.end())
            if (const auto word = words->second.find(key); word != words->second.end())
                return word->second;
    }
    return text;
}

ParsedValue CellReader::level(const FieldDef& field, const std::string& text) const
{
    const bool isLikelihood = field.type == FieldType::Likelihood;
    const auto& scale = isLikelihood ? methodology.likelihood : methodology.impact;
    const char* scaleName = isLikelihood ? "likelihood" : "impact";
    long long number = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    bool whole = error == std::errc() && end == text.data() + text.size();
    if (!whole) {
        // A spreadsheet may hold a level as a number such as 3.0.
        double real = 0;
        const auto [realEnd, realError] = std::from_chars(text.data(), text.data() + text.size(), real);
        if (realError == std::errc() && realEnd == text.data() + text.size() && real == std::floor(real)
            && std::abs(real) < 1e9) {
            number = static_cast<long long>(real);
            whole = true;
        }
    }
    if (whole) {
        if (number < 1 || number > static_cast<long long>(scale.size()))
            return refusedValue(text + " is off the file's " + scaleName + " scale (1 to "
                                + std::to_string(scale.size()) + ")");
        ParsedValue parsed;
        parsed.value = static_cast<std::int64_t>(number);
        return parsed;
    }
    const std::string key = importKey(text);
    for (std::size_t n = 0; n < scale.size(); ++n)
        if (importKey(scale[n].label) == key) {
            ParsedValue parsed;
            parsed.value = static_cast<std::int64_t>(n + 1);
            return parsed;
        }
    std::string choices;
    for (std::size_t n = 0; n < scale.size(); ++n)
        choices += (n ? ", " : "") + std::to_string(n + 1) + " " + scale[n].label;
    return refusedValue("'" + text + "' is not a level of the file's " + scaleName + " scale ("
                        + choices + "): give the number or the label, or map the word");
}

ParsedValue CellReader::read(const FieldDef& field, std::string_view cell) const
{
    const bool text = field.type == FieldType::Text || field.type == FieldType::LongText;
    if (text) {
        // An export's "--" says the cell is empty; any other text is kept as written.
        if (trimmed(cell) == "--")
            return {};
        return parseValueText(field, cell);
    }
    std::string value = trimmed(cell);
    if (value.empty() || isPlaceholderCell(importKey(value)))
        return {};
    value = mapped(field, value);
    if (field.type == FieldType::Likelihood || field.type == FieldType::Impact)
        return level(field, value);
    if (field.type == FieldType::Enum) {
        auto parsed = parseValueText(field, value);
        if (parsed.ok())
            return parsed;
        if (const auto synonym = optionSynonym(registerKey, field, importKey(value))) {
            if (synonym->empty())
                return {};
            return parseValueText(field, *synonym);
        }
        parsed.problem += "; or map the word";
        return parsed;
    }
    return parseValueText(field, value);
}

std::vector<std::string> cellItems(std::string_view cell)
{
    std::vector<std::string> items;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= cell.size(); ++i)
        if (i == cell.size() || cell[i] == '|' || cell[i] == '\n' || cell[i] == '\r') {
            std::string item = trimmed(cell.substr(start, i - start));
            if (!item.empty() && !isPlaceholderCell(importKey(item)))
                items.push_back(std::move(item));
            start = i + 1;
        }
    return items;
}

} // namespace isms::content
