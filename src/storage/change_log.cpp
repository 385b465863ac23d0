#include "storage/change_log.h"

#include "storage/sha256.h"
#include "storage/sqlite.h"

#include <charconv>

namespace isms::storage {

namespace {

constexpr const char* kHeadKey = "change_log_head";

void appendField(std::string& out, std::string_view field)
{
    char length[24];
    const auto end = std::to_chars(length, length + sizeof length, field.size()).ptr;
    out.append(length, end);
    out += ':';
    out += field;
    out += ';';
}

ChangeEntry readEntry(const sql::Statement& s)
{
    ChangeEntry e;
    e.seq = s.columnInt(0);
    e.at = s.columnText(1);
    e.author = s.columnText(2);
    e.action = s.columnText(3);
    e.registerKey = s.columnText(4);
    e.recordId = s.columnInt(5);
    e.ref = s.columnText(6);
    e.before = s.columnText(7);
    e.after = s.columnText(8);
    e.hash = s.columnText(9);
    return e;
}

constexpr const char* kColumns =
    "seq, at, author, action, register, record_id, ref, before, after, hash";

std::string headValue(std::int64_t seq, const std::string& hash)
{
    return std::to_string(seq) + ":" + hash;
}

} // namespace

std::string chainHash(const std::string& previousHash, const ChangeEntry& e)
{
    std::string canonical;
    canonical.reserve(128 + e.before.size() + e.after.size());
    appendField(canonical, previousHash);
    appendField(canonical, std::to_string(e.seq));
    appendField(canonical, e.at);
    appendField(canonical, e.author);
    appendField(canonical, e.action);
    appendField(canonical, e.registerKey);
    appendField(canonical, std::to_string(e.recordId));
    appendField(canonical, e.ref);
    appendField(canonical, e.before);
    appendField(canonical, e.after);
    return sha256Hex(canonical);
}

Result<void> ChangeLog::loadHead(sql::Connection& db)
{
    auto s = db.cached("SELECT seq, hash FROM change_log ORDER BY seq DESC LIMIT 1");
    if (!s)
        return s.error();
    auto row = (*s)->step();
    if (!row)
        return row.error();
    Head head;
    if (*row) {
        head.seq = (*s)->columnInt(0);
        head.hash = (*s)->columnText(1);
    }
    m_head = head;
    return {};
}

Result<ChangeEntry> ChangeLog::append(sql::Connection& db, const std::string& at,
                                      const std::string& author, NewChange change)
{
    if (!m_head)
        if (auto r = loadHead(db); !r)
            return r.error();
    ChangeEntry e;
    e.seq = m_head->seq + 1;
    e.at = at;
    e.author = author;
    e.action = std::move(change.action);
    e.registerKey = std::move(change.registerKey);
    e.recordId = change.recordId;
    e.ref = std::move(change.ref);
    e.before = std::move(change.before);
    e.after = std::move(change.after);
    e.hash = chainHash(m_head->hash, e);

    if (!m_insert) {
        auto prepared = db.cachedStatement("INSERT INTO change_log (seq, at, author, action, register, "
                                           "record_id, ref, before, after, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!prepared)
            return prepared.error();
        m_insert = *prepared;
    }
    std::optional<sql::StatementLoan> s(std::in_place, m_insert);
    (*s)->bind(1, e.seq);
    (*s)->bind(2, e.at);
    (*s)->bind(3, e.author);
    (*s)->bind(4, e.action);
    (*s)->bind(5, e.registerKey);
    (*s)->bind(6, e.recordId);
    (*s)->bind(7, e.ref);
    (*s)->bind(8, e.before);
    (*s)->bind(9, e.after);
    (*s)->bind(10, e.hash);
    if (auto r = (*s)->run(); !r)
        return r.error();
    m_head = Head{e.seq, e.hash};
    m_advanced = true;
    return e;
}

Result<void> ChangeLog::storeHead(sql::Connection& db)
{
    if (!m_head || !m_advanced)
        return {};
    auto s = db.cached("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                       "value = excluded.value");
    if (!s)
        return s.error();
    (*s)->bind(1, kHeadKey);
    (*s)->bind(2, headValue(m_head->seq, m_head->hash));
    return (*s)->run();
}

Result<ChainReport> verifyChain(sql::Connection& db)
{
    ChainReport report;
    auto s = db.prepare(std::string("SELECT ") + kColumns + " FROM change_log ORDER BY seq");
    if (!s)
        return s.error();
    std::string previous;
    std::int64_t expectedSeq = 1;
    auto markBroken = [&](std::int64_t seq) {
        if (report.intact) {
            report.intact = false;
            report.firstBrokenSeq = seq;
        }
    };
    for (;;) {
        auto row = s->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const ChangeEntry e = readEntry(*s);
        ++report.entries;
        if (e.seq != expectedSeq)
            markBroken(std::min(e.seq, expectedSeq));
        if (chainHash(previous, e) != e.hash)
            markBroken(e.seq);
        previous = e.hash;
        report.headHash = e.hash;
        expectedSeq = e.seq + 1;
    }
    // The head recorded at the last commit: a log cut short after it is broken, too.
    auto head = db.prepare("SELECT value FROM meta WHERE key = ?");
    if (!head)
        return head.error();
    head->bind(1, kHeadKey);
    auto row = head->step();
    if (!row)
        return row.error();
    const std::string recorded = *row ? head->columnText(0) : std::string();
    if (recorded.empty() ? report.entries != 0 : recorded != headValue(expectedSeq - 1, report.headHash))
        markBroken(report.entries == 0 ? 1 : expectedSeq);
    return report;
}

Result<std::vector<ChangeEntry>> readHistory(sql::Connection& db, const std::string& registerKey,
                                             RecordId recordId, std::int64_t limit)
{
    std::string sql = std::string("SELECT ") + kColumns + " FROM change_log";
    if (!registerKey.empty())
        sql += recordId != 0 ? " WHERE register = ?1 AND record_id = ?2" : " WHERE register = ?1";
    sql += " ORDER BY seq DESC LIMIT ?3";
    auto s = db.cached(sql);
    if (!s)
        return s.error();
    if (!registerKey.empty()) {
        (*s)->bind(1, registerKey);
        if (recordId != 0)
            (*s)->bind(2, recordId);
    }
    (*s)->bind(3, limit < 0 ? std::int64_t{-1} : limit);
    std::vector<ChangeEntry> entries;
    if (auto r = (*s)->eachRow([&](sql::Statement& st) { entries.push_back(readEntry(st)); }); !r)
        return r.error();
    return entries;
}

} // namespace isms::storage
