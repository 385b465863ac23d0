#pragma once
// Generic rows of any register: SQL generated once per register from its RegisterDef and kept as
// cached prepared statements, Values converted by value_codec. No validation or logging here:
// the file (isms_file_impl) decides what may be written and records it.

#include "domain/record.h"
#include "domain/result.h"
#include "storage/isms_file.h"
#include "storage/sqlite.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace isms::storage {


class RecordRepository {
public:
    explicit RecordRepository(sql::Connection& db) : m_db(db) {}

    Result<std::optional<Record>> find(const RegisterDef& reg, RecordId id);
    Result<std::optional<Record>> findByRef(const RegisterDef& reg, const std::string& ref);
    Result<bool> exists(const RegisterDef& reg, RecordId id);
    Result<std::vector<Record>> list(const RegisterDef& reg, const Query& query);
    Result<std::vector<RecordId>> listIds(const RegisterDef& reg, const Query& query);
    Result<std::vector<Record>> getMany(const RegisterDef& reg, const std::vector<RecordId>& ids);
    Result<std::int64_t> count(const RegisterDef& reg, const Query& query);

    // Inserts with record.id when non-zero, else a new id; returns the id. A duplicate ref is a
    // Conflict naming the ref.
    Result<RecordId> insert(const RegisterDef& reg, const Record& record);
    Result<void> update(const RegisterDef& reg, const Record& record);
    Result<void> remove(const RegisterDef& reg, RecordId id);
    // Sets one field of one record (used to empty and restore references).
    Result<void> setField(const RegisterDef& reg, RecordId id, const FieldDef& field, const Value& value,
                          const std::string& at, const std::string& by);
    // Ids (and refs) of the records of `reg` whose `field` points at `targetId`.
    Result<std::vector<std::pair<RecordId, std::string>>> referencing(const RegisterDef& reg,
                                                                      const FieldDef& field,
                                                                      RecordId targetId);

    // The register's next automatic ref, from a counter read once per transaction.
    Result<std::string> nextRef(const RegisterDef& reg);
    // Keeps the counter ahead of a ref just stored.
    void noteRef(const RegisterDef& reg, const std::string& ref);
    // After a rollback the counters may be ahead of the file.
    void forgetCounters() { m_nextNumber.clear(); }

private:
    struct RegisterSql {
        std::string select;  // "SELECT <all columns> FROM r_x"
        std::string insert;
        std::string update;
        // Kept prepared: bulk inserts and edits never look them up by text.
        sql::Statement* insertStatement = nullptr;
        sql::Statement* updateStatement = nullptr;
    };
    Result<sql::StatementLoan> hot(sql::Statement*& slot, const std::string& sql);
    const RegisterSql& sqlFor(const RegisterDef& reg);
    Result<std::optional<Record>> one(const RegisterDef& reg, const std::string& sql,
                                      const std::function<void(sql::Statement&)>& bind);
    Error conflictOrError(const RegisterDef& reg, const Record& record, const Error& error);

    sql::Connection& m_db;
    std::map<std::string, RegisterSql, std::less<>> m_sql;
    std::map<std::string, std::int64_t, std::less<>> m_nextNumber;
};

// Reads the columns of RegisterSql::select into a record.
Record readRecord(const sql::Statement& statement, const RegisterDef& reg);
// "R-001": prefix, hyphen, number zero-padded to three digits (wider past 999).
std::string formatRef(const std::string& prefix, std::int64_t number);
// The number of an automatic ref of this prefix, or nullopt for any other ref.
std::optional<std::int64_t> refNumber(const std::string& prefix, const std::string& ref);

} // namespace isms::storage
