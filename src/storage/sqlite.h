#pragma once
// A thin RAII layer over the SQLite C API: one connection, prepared statements with typed
// bind/column helpers, and a per-connection statement cache so hot paths never re-prepare.
// Every failure becomes an isms::Error; callers add what the user was doing.

#include "domain/result.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace isms::storage::sql {

// The collation every connection has for listing by ref in natural order (domain/ref_order.h):
// "ORDER BY ref COLLATE isms_ref". Never used in the schema.
inline constexpr const char* kRefCollation = "isms_ref";

// Maps an SQLite result code to the ErrorCode a user-facing message needs.
ErrorCode errorCodeFor(int sqliteResult);

class Statement {
public:
    Statement() = default;
    Statement(sqlite3* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are 1-based, as in SQLite.
    void bindNull(int index);
    void bind(int index, std::int64_t value);
    void bind(int index, int value) { bind(index, static_cast<std::int64_t>(value)); }
    void bind(int index, double value);
    void bind(int index, std::string_view text);
    void bind(int index, const char* text) { bind(index, std::string_view(text)); }
    void bind(int index, const std::string& text) { bind(index, std::string_view(text)); }
    void bindBlob(int index, const void* data, std::size_t size);

    // true while a row is available, false when done.
    Result<bool> step();
    // Steps to completion, for statements that return no rows.
    Result<void> run();
    // Steps through every row, calling fn(*this) for each; stops at the first error.
    template <class Fn>
    Result<void> eachRow(Fn&& fn)
    {
        for (;;) {
            auto row = step();
            if (!row)
                return row.error();
            if (!*row)
                return {};
            fn(*this);
        }
    }
    // Clears bindings and resets, ready for reuse.
    void reset();

    int columnCount() const;
    int columnType(int column) const;  // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB, SQLITE_NULL
    bool isNull(int column) const;
    std::int64_t columnInt(int column) const;
    double columnReal(int column) const;
    std::string columnText(int column) const;
    std::string_view columnTextView(int column) const;  // valid until the next step
    std::vector<std::byte> columnBlob(int column) const;
    std::string_view columnBlobView(int column) const;
    std::string columnName(int column) const;

    sqlite3_stmt* handle() const { return m_stmt; }

private:
    Error lastError(int rc) const;
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

// A cached statement lent out for one use; it is reset (bindings cleared) when the loan ends.
class StatementLoan {
public:
    explicit StatementLoan(Statement* statement) : m_statement(statement) {}
    ~StatementLoan();
    StatementLoan(StatementLoan&& other) noexcept : m_statement(other.m_statement) { other.m_statement = nullptr; }
    StatementLoan(const StatementLoan&) = delete;
    StatementLoan& operator=(const StatementLoan&) = delete;
    StatementLoan& operator=(StatementLoan&&) = delete;
    Statement* operator->() const { return m_statement; }
    Statement& operator*() const { return *m_statement; }

private:
    Statement* m_statement;
};

class Connection {
public:
    // `target` is a path, or a file: URI when flags include SQLITE_OPEN_URI.
    static Result<std::unique_ptr<Connection>> open(const std::string& target, int flags);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    Result<void> exec(const std::string& sql);
    Result<Statement> prepare(const std::string& sql);
    // The same SQL text returns the same prepared statement, reset for this use.
    Result<StatementLoan> cached(const std::string& sql);
    // The cached statement itself, for hot paths that keep the pointer (valid while the
    // connection lives); lend it with StatementLoan for each use.
    Result<Statement*> cachedStatement(const std::string& sql);
    // A single value from a query (the first column of the first row), e.g. a PRAGMA.
    Result<std::int64_t> queryInt(const std::string& sql);
    Result<std::string> queryText(const std::string& sql);

    std::int64_t lastInsertRowid() const;
    int changes() const;
    bool inTransaction() const;
    // An Error for the connection's last failure, with `context` first.
    Error error(const std::string& context) const;
    Error error(const std::string& context, int rc) const;
    sqlite3* handle() const { return m_db; }

private:
    explicit Connection(sqlite3* db) : m_db(db) {}
    sqlite3* m_db = nullptr;
    std::map<std::string, std::unique_ptr<Statement>, std::less<>> m_cache;
};

} // namespace isms::storage::sql
