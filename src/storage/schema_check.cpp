#include "storage/schema_check.h"
#include "storage/schema_text_query.h"

#include "storage/file_messages.h"
#include "storage/sqlite.h"

#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <mutex>

namespace isms::storage {

namespace {

// Each query yields rows whose columns, joined, make one fact. The first column names the
// object, so a difference reads "table r_risks column ...".
constexpr const char* kFacts[] = {
    "SELECT 'table ' || name || ': ' || type || ', ' || ncol || ' columns' || iif(wr, ', without rowid', '') "
    "|| iif(strict, ', strict', '') FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'",
    // Each column on its own (so a dropped or added one is named), and their order apart.
    "SELECT 'table ' || m.name || ': column \"' || p.name || '\" ' || p.type || iif(p.\"notnull\", ' not null', '') "
    "|| iif(p.pk, ' primary key ' || p.pk, '') || iif(p.dflt_value IS NULL, '', ' default ' || p.dflt_value) "
    "|| iif(p.hidden, ' hidden ' || p.hidden, '') FROM sqlite_schema m, pragma_table_xinfo(m.name) p "
    "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'",
    "SELECT 'table ' || m.name || ': column order ' || (SELECT group_concat(name, ', ') FROM "
    "(SELECT name FROM pragma_table_xinfo(m.name) ORDER BY cid)) FROM sqlite_schema m "
    "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'",
    "SELECT 'table ' || m.name || ': foreign key ' || f.id || '.' || f.seq || ' \"' || f.\"from\" || '\" references ' || f.\"table\" "
    "|| '(' || ifnull(f.\"to\", '') || ') on update ' || f.on_update || ' on delete ' || f.on_delete || ' match ' || f.match "
    "FROM sqlite_schema m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'",
    "SELECT 'table ' || m.name || ': index ' || i.name || iif(i.\"unique\", ' unique', '') || ' (' || i.origin || ')' "
    "|| iif(i.partial, ' partial', '') FROM sqlite_schema m, pragma_index_list(m.name) i "
    "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'",
    "SELECT 'index ' || i.name || ': ' || x.seqno || ' ' || ifnull('\"' || x.name || '\"', 'expression') || ' cid ' || x.cid "
    "|| iif(x.\"desc\", ' desc', '') || ' collate ' || ifnull(x.coll, '') || iif(x.key, ' key', '') "
    "FROM sqlite_schema m, pragma_index_list(m.name) i, pragma_index_xinfo(i.name) x "
    "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'",
    // An expression index shows no column names: its CREATE text is the only place to compare.
    "SELECT 'index ' || name || ': ' || sql FROM sqlite_schema WHERE type = 'index' AND sql LIKE '%(%(%'",
    "SELECT type || ' ' || name || ': present' FROM sqlite_schema WHERE type IN ('trigger', 'view')",
};

// CHECK constraints appear in no pragma: take each CHECK (...) from the table's CREATE text,
// which keeps them whether the column came with the table or by ALTER TABLE.
void addChecks(const std::string& table, const std::string& sql, std::vector<std::string>& facts)
{
    std::string upper(sql);
    std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
    for (std::size_t at = upper.find("CHECK"); at != std::string::npos; at = upper.find("CHECK", at + 5)) {
        std::size_t open = sql.find('(', at);
        if (open == std::string::npos)
            break;
        int depth = 0;
        std::size_t end = open;
        for (; end < sql.size(); ++end) {
            if (sql[end] == '(')
                ++depth;
            else if (sql[end] == ')' && --depth == 0)
                break;
        }
        std::string clause;
        for (std::size_t i = open; i <= end && i < sql.size(); ++i)
            if (!std::isspace(static_cast<unsigned char>(sql[i])))
                clause += sql[i];
        facts.push_back("table " + table + ": check " + clause);
    }
}

} // namespace

Result<std::vector<std::string>> describeSchema(sql::Connection& db)
{
    std::vector<std::string> facts;
    for (const char* query : kFacts) {
        auto s = db.prepare(query);
        if (!s)
            return s.error();
        if (auto r = s->eachRow([&](sql::Statement& st) { facts.push_back(st.columnText(0)); }); !r)
            return r.error();
    }
    auto s = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql LIKE '%CHECK%'");
    if (!s)
        return s.error();
    if (auto r = s->eachRow([&](sql::Statement& st) { addChecks(st.columnText(0), st.columnText(1), facts); }); !r)
        return r.error();
    std::sort(facts.begin(), facts.end());
    return facts;
}

Result<std::vector<std::string>> describeDdl(std::string_view ddl)
{
    auto db = sql::Connection::open(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX);
    if (!db)
        return db.error();
    if (auto r = (*db)->exec(std::string(ddl)); !r)
        return r.error();
    return describeSchema(**db);
}

// The schema as SQLite itself keeps it: every object's type, name, table and CREATE text (the
// root page aside). SQLite builds its whole schema from that text, so two databases whose text
// is equal have equal schemas; only a difference needs the structural comparison.
Result<std::string> schemaText(sql::Connection& db)
{
    auto s = db.prepare(kSchemaTextQuery);
    if (!s)
        return s.error();
    std::string text;
    if (auto r = s->eachRow([&](sql::Statement& st) {
            text += st.columnText(0);
            text += kSchemaTextRowEnd;
        });
        !r)
        return r.error();
    return text;
}

Result<std::vector<std::string>> compareWithPinnedSchema(sql::Connection& db, int version)
{
    const std::string_view ddl = pinnedSchemaDdl(version);
    if (ddl.empty())
        return std::vector<std::string>{};
    // The text as a fresh database of this version reads it back is known from the build: a file
    // whose text is the same needs nothing more. Only a file that differs (a migrated one, whose
    // CREATE text is not a fresh one's, or an altered one) is compared fact by fact; the pinned
    // facts are described once per version and process.
    auto text = schemaText(db);
    if (!text)
        return text.error();
    if (*text == pinnedSchemaText(version))
        return std::vector<std::string>{};
    static std::mutex mutex;
    static std::map<int, std::vector<std::string>> pinnedFacts;
    const std::vector<std::string>* expected = nullptr;
    {
        std::lock_guard lock(mutex);
        auto it = pinnedFacts.find(version);
        if (it == pinnedFacts.end()) {
            auto described = describeDdl(ddl);
            if (!described)
                return makeError(ErrorCode::Internal, "The pinned schema " + std::to_string(version)
                                                          + " cannot be described: " + described.error().message);
            it = pinnedFacts.emplace(version, std::move(*described)).first;
        }
        expected = &it->second;
    }
    auto actual = describeSchema(db);
    if (!actual)
        return actual.error();
    std::vector<std::string> missing, extra, differences;
    std::set_difference(expected->begin(), expected->end(), actual->begin(), actual->end(), std::back_inserter(missing));
    std::set_difference(actual->begin(), actual->end(), expected->begin(), expected->end(), std::back_inserter(extra));
    const std::string schema = "schema " + std::to_string(version);
    // The most telling difference first: a column, then an index, trigger or view, then the rest.
    auto rank = [](const std::string& fact) {
        if (fact.find(": column \"") != std::string::npos)
            return 0;
        if (fact.rfind("index ", 0) == 0 || fact.find(": index ") != std::string::npos || fact.find(": present") != std::string::npos)
            return 1;
        return 2;
    };
    std::vector<std::pair<int, std::string>> ranked;
    for (const auto& fact : missing)
        ranked.emplace_back(rank(fact), "Schema " + std::to_string(version) + " defines " + fact + ", but the file does not.");
    for (const auto& fact : extra)
        ranked.emplace_back(rank(fact), "The file has " + fact + ", which " + schema + " does not define.");
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    for (auto& [r, message] : ranked)
        differences.push_back(std::move(message));
    return differences;
}

Result<void> refuseAlteredSchema(sql::Connection& db, const std::filesystem::path& file, int version)
{
    auto differences = compareWithPinnedSchema(db, version);
    if (!differences)
        return messages::openFailure(file, differences.error());
    if (!differences->empty())
        return messages::schemaAltered(file, differences->front());
    return {};
}

} // namespace isms::storage
