#include "storage/sqlite.h"

#include "domain/ref_order.h"

#include <sqlite3.h>

#include <utility>

namespace isms::storage::sql {

namespace {

int compareRefsCollation(void*, int aLength, const void* a, int bLength, const void* b)
{
    return compareRefs(std::string_view(static_cast<const char*>(a), static_cast<std::size_t>(aLength)),
                       std::string_view(static_cast<const char*>(b), static_cast<std::size_t>(bLength)));
}

} // namespace

ErrorCode errorCodeFor(int sqliteResult)
{
    switch (sqliteResult & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorCode::Locked;
    case SQLITE_READONLY:
        return ErrorCode::ReadOnly;
    case SQLITE_CORRUPT:
        return ErrorCode::Corrupt;
    case SQLITE_NOTADB:
        return ErrorCode::NotOurs;
    case SQLITE_CONSTRAINT:
        return ErrorCode::Conflict;
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_NOLFS:
        return ErrorCode::Io;
    case SQLITE_NOTFOUND:
        return ErrorCode::NotFound;
    default:
        return ErrorCode::Internal;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr))
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

void Statement::bindNull(int index) { sqlite3_bind_null(m_stmt, index); }
void Statement::bind(int index, std::int64_t value) { sqlite3_bind_int64(m_stmt, index, value); }
void Statement::bind(int index, double value) { sqlite3_bind_double(m_stmt, index, value); }
void Statement::bind(int index, std::string_view text)
{
    sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}
void Statement::bindBlob(int index, const void* data, std::size_t size)
{
    // A zero-length blob is still a blob, never NULL (NOT NULL columns accept it).
    static const char empty = 0;
    sqlite3_bind_blob64(m_stmt, index, size ? data : &empty, size, SQLITE_TRANSIENT);
}

Error Statement::lastError(int rc) const
{
    return makeError(errorCodeFor(rc), sqlite3_errmsg(m_db));
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error e = lastError(rc);
    sqlite3_reset(m_stmt);
    return e;
}

Result<void> Statement::run()
{
    return eachRow([](Statement&) {});
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const { return sqlite3_column_count(m_stmt); }
int Statement::columnType(int column) const { return sqlite3_column_type(m_stmt, column); }
bool Statement::isNull(int column) const { return columnType(column) == SQLITE_NULL; }
std::int64_t Statement::columnInt(int column) const { return sqlite3_column_int64(m_stmt, column); }
double Statement::columnReal(int column) const { return sqlite3_column_double(m_stmt, column); }

std::string_view Statement::columnTextView(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!text)
        return {};
    return {text, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))};
}

std::string Statement::columnText(int column) const { return std::string(columnTextView(column)); }

std::string_view Statement::columnBlobView(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    if (!data)
        return {};
    return {data, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))};
}

std::vector<std::byte> Statement::columnBlob(int column) const
{
    const auto view = columnBlobView(column);
    const auto* first = reinterpret_cast<const std::byte*>(view.data());
    return std::vector<std::byte>(first, first + view.size());
}

std::string Statement::columnName(int column) const
{
    const char* name = sqlite3_column_name(m_stmt, column);
    return name ? name : "";
}

StatementLoan::~StatementLoan()
{
    if (m_statement)
        m_statement->reset();
}

Result<std::unique_ptr<Connection>> Connection::open(const std::string& target, int flags)
{
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(target.c_str(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error e = makeError(errorCodeFor(rc), db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        return e;
    }
    sqlite3_extended_result_codes(db, 1);
    // For ORDER BY only: a collation named in the schema would make the file unreadable to the
    // sqlite3 shell, and the schema check refuses one there.
    if (const int collation = sqlite3_create_collation_v2(db, kRefCollation, SQLITE_UTF8, nullptr,
                                                          compareRefsCollation, nullptr);
        collation != SQLITE_OK) {
        Error e = makeError(errorCodeFor(collation), sqlite3_errmsg(db));
        sqlite3_close_v2(db);
        return e;
    }
    return std::unique_ptr<Connection>(new Connection(db));
}

Connection::~Connection()
{
    m_cache.clear();  // statements must be finalized before the connection closes
    sqlite3_close_v2(m_db);
}

Error Connection::error(const std::string& context) const
{
    return error(context, sqlite3_extended_errcode(m_db));
}

Error Connection::error(const std::string& context, int rc) const
{
    return makeError(errorCodeFor(rc), context + ": " + sqlite3_errmsg(m_db));
}

Result<void> Connection::exec(const std::string& sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        Error e = makeError(errorCodeFor(rc), message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return e;
    }
    return {};
}

Result<Statement> Connection::prepare(const std::string& sql)
{
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql.c_str(), static_cast<int>(sql.size() + 1),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return makeError(errorCodeFor(rc), sqlite3_errmsg(m_db));
    }
    return Statement(m_db, stmt);
}

Result<Statement*> Connection::cachedStatement(const std::string& sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        auto prepared = prepare(sql);
        if (!prepared)
            return prepared.error();
        it = m_cache.emplace(sql, std::make_unique<Statement>(std::move(prepared).value())).first;
    }
    return it->second.get();
}

Result<StatementLoan> Connection::cached(const std::string& sql)
{
    auto statement = cachedStatement(sql);
    if (!statement)
        return statement.error();
    return StatementLoan(*statement);
}

Result<std::int64_t> Connection::queryInt(const std::string& sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row ? stmt->columnInt(0) : std::int64_t{0};
}

Result<std::string> Connection::queryText(const std::string& sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row ? stmt->columnText(0) : std::string();
}

std::int64_t Connection::lastInsertRowid() const { return sqlite3_last_insert_rowid(m_db); }
int Connection::changes() const { return sqlite3_changes(m_db); }
bool Connection::inTransaction() const { return sqlite3_get_autocommit(m_db) == 0; }

} // namespace isms::storage::sql
