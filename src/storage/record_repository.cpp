#include "storage/record_repository.h"

#include "storage/record_query.h"
#include "storage/value_codec.h"

#include <cstdio>

#include <unordered_map>

namespace isms::storage {

using sql::StatementLoan;

namespace {

constexpr int kFixedColumns = 5;  // id, ref, created_at, updated_at, updated_by

std::string quoted(const std::string& column) { return "\"" + column + "\""; }

void bindQueryParams(sql::Statement& s, const QuerySql& q)
{
    int index = 1;
    for (const auto& text : q.textParams)
        s.bind(index++, text);
    s.bind(index++, q.limit);
    s.bind(index, q.offset);
}

// Parameters 2.. of the insert and update statements: everything but the id (parameter 1).
void bindColumnsAfterId(sql::Statement& st, const RegisterDef& reg, const Record& record)
{
    st.bind(2, record.ref);
    st.bind(3, record.createdAt);
    st.bind(4, record.updatedAt);
    st.bind(5, record.updatedBy);
    for (std::size_t i = 0; i < reg.fields.size(); ++i)
        bindValue(st, kFixedColumns + 1 + static_cast<int>(i), record.values[i]);
}

} // namespace

std::string formatRef(const std::string& prefix, std::int64_t number)
{
    char digits[24];
    std::snprintf(digits, sizeof digits, "%03lld", static_cast<long long>(number));
    return prefix + "-" + digits;
}

std::optional<std::int64_t> refNumber(const std::string& prefix, const std::string& ref)
{
    if (ref.size() <= prefix.size() + 1 || ref.compare(0, prefix.size(), prefix) != 0
        || ref[prefix.size()] != '-' || ref.size() - prefix.size() - 1 > 18)
        return std::nullopt;
    std::int64_t n = 0;
    for (std::size_t i = prefix.size() + 1; i < ref.size(); ++i) {
        if (ref[i] < '0' || ref[i] > '9')
            return std::nullopt;
        n = n * 10 + (ref[i] - '0');
    }
    return n;
}

Record readRecord(const sql::Statement& s, const RegisterDef& reg)
{
    Record r;
    r.id = s.columnInt(0);
    r.ref = s.columnText(1);
    r.createdAt = s.columnText(2);
    r.updatedAt = s.columnText(3);
    r.updatedBy = s.columnText(4);
    r.values.reserve(reg.fields.size());
    for (std::size_t i = 0; i < reg.fields.size(); ++i)
        r.values.push_back(readValue(s, kFixedColumns + static_cast<int>(i), reg.fields[i]));
    return r;
}

const RecordRepository::RegisterSql& RecordRepository::sqlFor(const RegisterDef& reg)
{
    auto it = m_sql.find(reg.key);
    if (it != m_sql.end())
        return it->second;
    RegisterSql s;
    std::string columns = "id, ref, created_at, updated_at, updated_by";
    std::string placeholders = "?, ?, ?, ?, ?";
    std::string assignments = "ref = ?2, created_at = ?3, updated_at = ?4, updated_by = ?5";
    for (std::size_t i = 0; i < reg.fields.size(); ++i) {
        const std::string param = "?" + std::to_string(kFixedColumns + i + 1);
        columns += ", " + quoted(reg.fields[i].key);
        placeholders += ", " + param;
        assignments += ", " + quoted(reg.fields[i].key) + " = " + param;
    }
    s.select = "SELECT " + columns + " FROM " + reg.tableName();
    s.insert = "INSERT INTO " + reg.tableName() + " (" + columns + ") VALUES (" + placeholders + ")";
    s.update = "UPDATE " + reg.tableName() + " SET " + assignments + " WHERE id = ?1";
    return m_sql.emplace(reg.key, std::move(s)).first->second;
}

Result<std::optional<Record>> RecordRepository::one(const RegisterDef& reg, const std::string& sql,
                                                    const std::function<void(sql::Statement&)>& bind)
{
    auto s = m_db.cached(sql);
    if (!s)
        return s.error();
    bind(**s);
    auto row = (*s)->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Record>();
    return std::optional<Record>(readRecord(**s, reg));
}

Result<std::optional<Record>> RecordRepository::find(const RegisterDef& reg, RecordId id)
{
    return one(reg, sqlFor(reg).select + " WHERE id = ?", [id](sql::Statement& s) { s.bind(1, id); });
}

Result<std::optional<Record>> RecordRepository::findByRef(const RegisterDef& reg, const std::string& ref)
{
    return one(reg, sqlFor(reg).select + " WHERE ref = ?", [&ref](sql::Statement& s) { s.bind(1, ref); });
}

Result<bool> RecordRepository::exists(const RegisterDef& reg, RecordId id)
{
    auto s = m_db.cached("SELECT 1 FROM " + reg.tableName() + " WHERE id = ?");
    if (!s)
        return s.error();
    (*s)->bind(1, id);
    return (*s)->step();
}

Result<std::vector<Record>> RecordRepository::list(const RegisterDef& reg, const Query& query)
{
    auto q = buildQuerySql(reg, query);
    if (!q)
        return q.error();
    auto s = m_db.cached(sqlFor(reg).select + q->where + q->orderBy + q->page);
    if (!s)
        return s.error();
    bindQueryParams(**s, *q);
    std::vector<Record> records;
    if (query.limit > 0)
        records.reserve(static_cast<std::size_t>(std::min<std::int64_t>(query.limit, 10000)));
    if (auto r = (*s)->eachRow([&](sql::Statement& st) { records.push_back(readRecord(st, reg)); }); !r)
        return r.error();
    return records;
}

Result<std::vector<Record>> RecordRepository::getMany(const RegisterDef& reg,
                                                      const std::vector<RecordId>& ids)
{
    // One statement whatever the number of ids: they travel as a JSON array, looked up by key.
    std::string array = "[";
    for (std::size_t i = 0; i < ids.size(); ++i)
        array += (i ? "," : "") + std::to_string(ids[i]);
    array += "]";
    auto s = m_db.cached(sqlFor(reg).select + " WHERE id IN (SELECT value FROM json_each(?1))");
    if (!s)
        return s.error();
    (*s)->bind(1, array);
    std::unordered_map<RecordId, Record> found;
    found.reserve(ids.size());
    if (auto r = (*s)->eachRow([&](sql::Statement& st) {
            Record record = readRecord(st, reg);
            const RecordId id = record.id;
            found.emplace(id, std::move(record));
        });
        !r)
        return r.error();
    std::vector<Record> records;
    records.reserve(found.size());
    for (RecordId id : ids)
        if (auto it = found.find(id); it != found.end())
            records.push_back(std::move(it->second));
    return records;
}

Result<std::vector<RecordId>> RecordRepository::listIds(const RegisterDef& reg, const Query& query)
{
    auto q = buildQuerySql(reg, query);
    if (!q)
        return q.error();
    auto s = m_db.cached("SELECT id FROM " + reg.tableName() + q->where + q->orderBy + q->page);
    if (!s)
        return s.error();
    bindQueryParams(**s, *q);
    std::vector<RecordId> ids;
    if (auto r = (*s)->eachRow([&](sql::Statement& st) { ids.push_back(st.columnInt(0)); }); !r)
        return r.error();
    return ids;
}

Result<std::int64_t> RecordRepository::count(const RegisterDef& reg, const Query& query)
{
    auto q = buildQuerySql(reg, query);
    if (!q)
        return q.error();
    // The page applies to the rows counted, as it does to list().
    auto s = m_db.cached("SELECT count(*) FROM (SELECT id FROM " + reg.tableName() + q->where + q->page + ")");
    if (!s)
        return s.error();
    bindQueryParams(**s, *q);
    auto row = (*s)->step();
    if (!row)
        return row.error();
    return (*s)->columnInt(0);
}

Error RecordRepository::conflictOrError(const RegisterDef& reg, const Record& record, const Error& error)
{
    if (error.code == ErrorCode::Conflict && error.message.find(".ref") != std::string::npos)
        return makeError(ErrorCode::Conflict, "Another " + reg.singular + " already has the reference "
                                                  + record.ref + ". Choose a different reference.");
    if (error.code == ErrorCode::Conflict && error.message.find("PRIMARY KEY") != std::string::npos)
        return makeError(ErrorCode::Conflict, "A " + reg.singular + " with id " + std::to_string(record.id)
                                                  + " already exists.");
    if (error.code == ErrorCode::Conflict && error.message.find("FOREIGN KEY") != std::string::npos)
        return makeError(ErrorCode::Invalid, "The " + reg.singular + " " + record.ref
                                                 + " refers to a record that does not exist.");
    return makeError(error.code, "Could not save the " + reg.singular + " " + record.ref + ": " + error.message);
}

Result<StatementLoan> RecordRepository::hot(sql::Statement*& slot, const std::string& sql)
{
    if (!slot) {
        auto statement = m_db.cachedStatement(sql);
        if (!statement)
            return statement.error();
        slot = *statement;
    }
    return StatementLoan(slot);
}

Result<RecordId> RecordRepository::insert(const RegisterDef& reg, const Record& record)
{
    auto& sql = const_cast<RegisterSql&>(sqlFor(reg));
    auto s = hot(sql.insertStatement, sql.insert);
    if (!s)
        return s.error();
    auto& st = **s;
    if (record.id != 0)
        st.bind(1, record.id);
    else
        st.bindNull(1);
    bindColumnsAfterId(st, reg, record);
    if (auto r = st.run(); !r)
        return conflictOrError(reg, record, r.error());
    return m_db.lastInsertRowid();
}

Result<void> RecordRepository::update(const RegisterDef& reg, const Record& record)
{
    auto& sql = const_cast<RegisterSql&>(sqlFor(reg));
    auto s = hot(sql.updateStatement, sql.update);
    if (!s)
        return s.error();
    auto& st = **s;
    st.bind(1, record.id);
    bindColumnsAfterId(st, reg, record);
    if (auto r = st.run(); !r)
        return conflictOrError(reg, record, r.error());
    return {};
}

Result<void> RecordRepository::remove(const RegisterDef& reg, RecordId id)
{
    auto s = m_db.cached("DELETE FROM " + reg.tableName() + " WHERE id = ?");
    if (!s)
        return s.error();
    (*s)->bind(1, id);
    return (*s)->run();
}

Result<void> RecordRepository::setField(const RegisterDef& reg, RecordId id, const FieldDef& field,
                                        const Value& value, const std::string& at, const std::string& by)
{
    auto s = m_db.cached("UPDATE " + reg.tableName() + " SET " + quoted(field.key)
                         + " = ?, updated_at = ?, updated_by = ? WHERE id = ?");
    if (!s)
        return s.error();
    bindValue(**s, 1, value);
    (*s)->bind(2, at);
    (*s)->bind(3, by);
    (*s)->bind(4, id);
    return (*s)->run();
}

Result<std::vector<std::pair<RecordId, std::string>>>
RecordRepository::referencing(const RegisterDef& reg, const FieldDef& field, RecordId targetId)
{
    auto s = m_db.cached("SELECT id, ref FROM " + reg.tableName() + " WHERE " + quoted(field.key)
                         + " = ? ORDER BY id");
    if (!s)
        return s.error();
    (*s)->bind(1, targetId);
    std::vector<std::pair<RecordId, std::string>> rows;
    if (auto r = (*s)->eachRow([&](sql::Statement& st) { rows.emplace_back(st.columnInt(0), st.columnText(1)); }); !r)
        return r.error();
    return rows;
}

Result<std::string> RecordRepository::nextRef(const RegisterDef& reg)
{
    auto it = m_nextNumber.find(reg.key);
    if (it == m_nextNumber.end()) {
        // Only refs of the automatic shape count; "A.5.1" or "R-1b" never block numbering.
        // Refs of removed records count too (they live on in the change log), so a reference
        // in the history never comes to name a different record.
        auto s = m_db.cached("SELECT ref FROM " + reg.tableName() + " WHERE ref GLOB ?1 "
                             "UNION SELECT ref FROM change_log WHERE register = ?2 AND ref GLOB ?1");
        if (!s)
            return s.error();
        (*s)->bind(1, reg.refPrefix + "-[0-9]*");
        (*s)->bind(2, reg.key);
        std::int64_t highest = 0;
        auto r = (*s)->eachRow([&](sql::Statement& st) {
            if (auto n = refNumber(reg.refPrefix, st.columnText(0)))
                highest = std::max(highest, *n);
        });
        if (!r)
            return r.error();
        it = m_nextNumber.emplace(reg.key, highest + 1).first;
    }
    return formatRef(reg.refPrefix, it->second);
}

void RecordRepository::noteRef(const RegisterDef& reg, const std::string& ref)
{
    auto it = m_nextNumber.find(reg.key);
    if (it == m_nextNumber.end())
        return;  // read fresh on next use
    if (auto n = refNumber(reg.refPrefix, ref); n && *n >= it->second)
        it->second = *n + 1;
}

} // namespace isms::storage
