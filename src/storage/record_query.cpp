#include "storage/record_query.h"

#include "storage/sqlite.h"

namespace isms::storage {

namespace {

std::string quoted(const std::string& column) { return "\"" + column + "\""; }

bool isText(FieldType type) { return type == FieldType::Text || type == FieldType::LongText; }

Error unknownField(const RegisterDef& reg, const std::string& key)
{
    return makeError(ErrorCode::Invalid, "The " + reg.title + " register has no field \"" + key + "\".");
}

} // namespace

std::string likePattern(const std::string& text)
{
    std::string pattern = "%";
    for (const char c : text) {
        if (c == '%' || c == '_' || c == '\\')
            pattern += '\\';
        pattern += c;
    }
    return pattern + "%";
}

Result<QuerySql> buildQuerySql(const RegisterDef& reg, const Query& query)
{
    QuerySql out;
    std::vector<std::string> conditions;
    if (!query.search.empty()) {
        out.textParams.push_back(likePattern(query.search));
        const std::string param = "?" + std::to_string(out.textParams.size());
        std::string any = "(ref LIKE " + param + " ESCAPE '\\'";
        for (const auto& field : reg.fields)
            if (isText(field.type))
                any += " OR " + quoted(field.key) + " LIKE " + param + " ESCAPE '\\'";
        conditions.push_back(any + ")");
    }
    for (const auto& filter : query.filters) {
        std::string column;
        if (filter.field == "ref") {
            column = "ref";
        } else if (reg.field(filter.field)) {
            column = "CAST(" + quoted(filter.field) + " AS TEXT)";
        } else {
            return unknownField(reg, filter.field);
        }
        using Match = Query::ColumnFilter::Match;
        const bool contains = filter.match == Match::Contains;
        out.textParams.push_back(contains ? likePattern(filter.text) : filter.text);
        const std::string param = "?" + std::to_string(out.textParams.size());
        if (contains)
            conditions.push_back(column + " LIKE " + param + " ESCAPE '\\'");
        else if (filter.match == Match::Is)
            conditions.push_back(column + " = " + param);
        else
            conditions.push_back("(" + column + " IS NULL OR " + column + " <> " + param + ")");
    }
    for (std::size_t i = 0; i < conditions.size(); ++i)
        out.where += (i == 0 ? " WHERE " : " AND ") + conditions[i];

    const std::string direction = query.descending ? " DESC" : " ASC";
    if (query.sortField.empty()) {
        out.orderBy = " ORDER BY id" + direction;
    } else if (query.sortField == "ref") {
        // Natural order by each numeric part (A.5.9 < A.5.10, 6.1 < 6.1.1 < 6.2, R-999 < R-1000).
        out.orderBy = std::string(" ORDER BY ref COLLATE ") + sql::kRefCollation + direction;
    } else if (const FieldDef* field = reg.field(query.sortField)) {
        std::string key = quoted(field->key);
        if (field->type == FieldType::Reference) {
            // By the referenced record's name, as people see it, not by its id.
            const RegisterDef* target = Catalogue::standard().find(field->target);
            if (target && !target->titleField.empty())
                key = "(SELECT " + quoted(target->titleField) + " FROM " + target->tableName()
                    + " AS t WHERE t.id = " + reg.tableName() + "." + quoted(field->key) + ")";
        }
        if (isText(field->type) || field->type == FieldType::Enum || field->type == FieldType::Reference)
            key += " COLLATE NOCASE";
        out.orderBy = " ORDER BY " + key + direction + ", id" + direction;
    } else {
        return unknownField(reg, query.sortField);
    }
    const auto n = out.textParams.size();
    out.page = " LIMIT ?" + std::to_string(n + 1) + " OFFSET ?" + std::to_string(n + 2);
    out.limit = query.limit < 0 ? -1 : query.limit;
    out.offset = query.offset < 0 ? 0 : query.offset;
    return out;
}

} // namespace isms::storage
