#include "content/csv_columns.h"

#include "content/csv_formula.h"
#include "content/csv_text.h"
#include "content/import_aliases.h"
#include "content/xlsx_reader.h"

#include <map>
#include <optional>
#include <set>

namespace isms::content {

namespace {

Error unreadable(const RegisterDef& reg, const std::string& what, const Error& why)
{
    // The reason already starts with "line N" and, for bad bytes, says how to save the file.
    std::string message = "Nothing was imported into " + reg.title + ": the CSV " + what + ".\n"
        + why.message;
    if (why.message.find("import it again") == std::string::npos)
        message += "\nCorrect the CSV and import it again.";
    return makeError(ErrorCode::Invalid, message);
}

// How sure the recognition is: a better one takes a field from a weaker one.
enum class Strength { Alias = 0, Name = 1, Exact = 2 };

struct Target {
    CsvColumn::Kind kind = CsvColumn::Kind::Unknown;
    std::size_t field = 0;
    std::string link;
    std::string note;
    Strength strength = Strength::Exact;
    std::size_t preference = 0;  // aliases: the position in the alias list (lower wins)
};

std::string spacesToUnderscores(std::string text)
{
    for (auto& c : text)
        if (c == ' ' || c == '-')
            c = '_';
    return text;
}

// What a target word ("ref", a field key, a link key) names in this register.
std::optional<Target> targetNamed(const Catalogue& catalogue, const RegisterDef& reg, const std::string& word)
{
    Target target;
    if (word == "ref") {
        target.kind = CsvColumn::Kind::Ref;
        return target;
    }
    if (const auto index = reg.indexOf(word)) {
        target.field = *index;
        target.kind = reg.fields[*index].computed ? CsvColumn::Kind::Computed : CsvColumn::Kind::Field;
        return target;
    }
    if (const auto* link = catalogue.findLink(word); link && link->from == reg.key && link->to != "*") {
        target.kind = CsvColumn::Kind::Link;
        target.link = link->key;
        return target;
    }
    return std::nullopt;
}

Target recognise(const Catalogue& catalogue, const RegisterDef& reg, const std::string& key,
                 const ImportMap& map)
{
    if (const auto mapped = map.columns.find(key); mapped != map.columns.end()) {
        if (mapped->second.empty()) {
            Target left;
            left.kind = CsvColumn::Kind::Ignored;
            left.note = "left out by the mapping";
            return left;
        }
        if (auto target = targetNamed(catalogue, reg, importKey(mapped->second)))
            return *target;
        Target unknown;
        unknown.note = "the mapping names '" + mapped->second + "', which is not a field of " + reg.key;
        return unknown;
    }
    if (auto exact = targetNamed(catalogue, reg, key))
        return *exact;
    // A label, or the key written with spaces ("Inherent likelihood", "due date").
    const std::string underscored = spacesToUnderscores(key);
    for (std::size_t i = 0; i < reg.fields.size(); ++i)
        if (importKey(reg.fields[i].label) == key || reg.fields[i].key == underscored) {
            Target byName;
            byName.field = i;
            byName.kind = reg.fields[i].computed ? CsvColumn::Kind::Computed : CsvColumn::Kind::Field;
            byName.strength = Strength::Name;
            return byName;
        }
    if (key == "reference") {
        Target ref;
        ref.kind = CsvColumn::Kind::Ref;
        ref.strength = Strength::Name;
        return ref;
    }
    for (const auto& link : catalogue.links())
        if (link.from == reg.key && link.to != "*"
            && (importKey(link.label) == key || link.to == underscored
                || importKey(catalogue.get(link.to).title) == key)) {
            Target byName;
            byName.kind = CsvColumn::Kind::Link;
            byName.link = link.key;
            byName.strength = Strength::Name;
            return byName;
        }
    const auto& aliases = columnAliases(reg.key);
    for (std::size_t a = 0; a < aliases.size(); ++a) {
        if (aliases[a].name != key)
            continue;
        Target byAlias;
        if (aliases[a].target.empty()) {
            byAlias.kind = CsvColumn::Kind::Ignored;
            byAlias.note = std::string(aliases[a].why);
        } else if (auto target = targetNamed(catalogue, reg, std::string(aliases[a].target)))
            byAlias = *target;
        byAlias.strength = Strength::Alias;
        byAlias.preference = a;
        return byAlias;
    }
    return {};
}

bool isTextField(const FieldDef& field)
{
    return field.type == FieldType::Text || field.type == FieldType::LongText;
}

} // namespace

std::vector<CsvColumn> csvColumns(const Catalogue& catalogue, const RegisterDef& reg,
                                  const std::vector<std::string>& header, const ImportMap& map)
{
    std::vector<CsvColumn> columns;
    std::vector<Target> targets;
    std::set<std::string> seen;
    for (const auto& cell : header) {
        CsvColumn column;
        column.key = importKey(cell);
        Target target;
        if (column.key.empty())
            target.kind = CsvColumn::Kind::Unnamed;
        else if (!seen.insert(column.key).second)
            target.kind = CsvColumn::Kind::Repeated;
        else
            target = recognise(catalogue, reg, column.key, map);
        column.kind = target.kind;
        column.field = target.field;
        column.link = target.link;
        column.note = target.note;
        column.recognisedByName = target.strength != Strength::Exact;
        columns.push_back(std::move(column));
        targets.push_back(std::move(target));
    }

    // Two columns for one field (or for the ref): the better recognised (then the preferred
    // alias) wins. Text fields take every column, joined; links add up.
    const auto better = [&](std::size_t a, std::size_t b) {
        if (targets[a].strength != targets[b].strength)
            return targets[a].strength > targets[b].strength;
        return targets[a].preference < targets[b].preference;
    };
    std::map<std::string, std::size_t> holder;  // "ref" or "field:<index>" -> winning column
    for (std::size_t c = 0; c < columns.size(); ++c) {
        auto& column = columns[c];
        std::string slot;
        if (column.kind == CsvColumn::Kind::Ref)
            slot = "ref";
        else if (column.kind == CsvColumn::Kind::Field && !isTextField(reg.fields[column.field]))
            slot = "field:" + std::to_string(column.field);
        if (slot.empty())
            continue;
        const auto [it, first] = holder.emplace(slot, c);
        if (first)
            continue;
        const std::size_t other = it->second;
        if (targets[c].strength == Strength::Exact && targets[other].strength == Strength::Exact) {
            column.kind = CsvColumn::Kind::Repeated;
            continue;
        }
        const std::size_t loser = better(c, other) ? other : c;
        const std::size_t winner = loser == c ? other : c;
        it->second = winner;
        columns[loser].kind = CsvColumn::Kind::Ignored;
        columns[loser].note = "taken from " + columns[winner].key + " instead";
    }
    return columns;
}

std::vector<std::string> missingRequiredColumns(const RegisterDef& reg,
                                                const std::vector<CsvColumn>& columns)
{
    std::set<std::size_t> named;
    for (const auto& column : columns)
        if (column.kind == CsvColumn::Kind::Field)
            named.insert(column.field);
    std::vector<std::string> missing;
    for (std::size_t i = 0; i < reg.fields.size(); ++i)
        if (reg.fields[i].required && !reg.fields[i].computed && !named.count(i))
            missing.push_back(reg.fields[i].key);
    return missing;
}

const char* rowWord(std::string_view bytes)
{
    return looksLikeXlsx(bytes) ? "row" : "line";
}

Result<std::vector<CsvRow>> csvImportRows(const RegisterDef& reg, std::string_view bytes)
{
    if (looksLikeXlsx(bytes)) {
        auto rows = readXlsxRows(bytes);
        if (!rows)
            return makeError(ErrorCode::Invalid, "Nothing was imported into " + reg.title + ": "
                                                     + rows.error().message);
        return rows;
    }
    auto text = csvTextFromBytes(bytes);
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
