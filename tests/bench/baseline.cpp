#include "baseline.h"

#include "domain/catalogue.h"
#include "storage/schema.h"

#include <sodium.h>
#include <sqlite3.h>

#include <cstdio>
#include <stdexcept>

namespace isms::bench {

namespace {

void check(int rc, sqlite3* db, const char* what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        throw std::runtime_error(std::string(what) + ": " + sqlite3_errmsg(db));
}

void exec(sqlite3* db, const std::string& sql) { check(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), db, sql.c_str()); }

std::string hex(const unsigned char* digest)
{
    static const char digits[] = "0123456789abcdef";
    std::string out(64, '0');
    for (int i = 0; i < 32; ++i) {
        out[2 * i] = digits[digest[i] >> 4];
        out[2 * i + 1] = digits[digest[i] & 15];
    }
    return out;
}

void lengthPrefixed(std::string& out, const std::string& field)
{
    out += std::to_string(field.size());
    out += ':';
    out += field;
    out += ';';
}

std::string text(sqlite3_stmt* s, int column)
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s, column));
    return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(s, column))) : std::string();
}

sqlite3_stmt* prepare(sqlite3* db, const char* sql)
{
    sqlite3_stmt* s = nullptr;
    check(sqlite3_prepare_v2(db, sql, -1, &s, nullptr), db, sql);
    return s;
}

const std::string kAt = "2026-11-23T12:00:00.000Z";
const std::string kAuthor = "Bench";

} // namespace

std::string riskTitle(int n) { return "Risk number " + std::to_string(n) + " to the payroll service"; }
int riskLikelihood(int n) { return n % 5 + 1; }
int riskImpact(int n) { return (n / 5) % 5 + 1; }

Baseline::Baseline(const std::filesystem::path& file)
{
    check(sqlite3_open_v2(file.c_str(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr),
          m_db, "open");
    exec(m_db, "PRAGMA locking_mode = EXCLUSIVE; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON");
    exec(m_db, "BEGIN");
    for (const auto& ddl : storage::schemaDdl(Catalogue::standard()))
        exec(m_db, ddl);
    exec(m_db, "COMMIT");
}

Baseline::~Baseline()
{
    sqlite3_finalize(m_insertLog);
    sqlite3_finalize(m_update);
    sqlite3_close_v2(m_db);
}

void Baseline::appendLog(const std::string& action, std::int64_t id, const std::string& ref,
                         const std::string& before, const std::string& after)
{
    if (!m_insertLog)
        m_insertLog = prepare(m_db, "INSERT INTO change_log (seq, at, author, action, register, record_id, ref, "
                                  "before, after, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ++m_seq;
    std::string canonical;
    for (const std::string& field : {m_head, std::to_string(m_seq), kAt, kAuthor, action, std::string("risks"),
                                     std::to_string(id), ref, before, after})
        lengthPrefixed(canonical, field);
    unsigned char digest[32];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(canonical.data()), canonical.size());
    m_head = hex(digest);
    sqlite3_bind_int64(m_insertLog, 1, m_seq);
    sqlite3_bind_text(m_insertLog, 2, kAt.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(m_insertLog, 3, kAuthor.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(m_insertLog, 4, action.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(m_insertLog, 5, "risks", -1, SQLITE_STATIC);
    sqlite3_bind_int64(m_insertLog, 6, id);
    sqlite3_bind_text(m_insertLog, 7, ref.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(m_insertLog, 8, before.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(m_insertLog, 9, after.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(m_insertLog, 10, m_head.c_str(), -1, SQLITE_TRANSIENT);
    check(sqlite3_step(m_insertLog), m_db, "insert log");
    sqlite3_reset(m_insertLog);
}

void Baseline::createRisks(int count)
{
    sqlite3_stmt* insertRisk = prepare(m_db, "INSERT INTO r_risks (ref, created_at, updated_at, updated_by, title, kind, "
                                             "inherent_likelihood, inherent_impact, inherent_level, status) VALUES "
                                             "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    exec(m_db, "BEGIN IMMEDIATE");
    for (int n = 1; n <= count; ++n) {
        char ref[32];
        std::snprintf(ref, sizeof ref, "R-%03d", n);
        const std::string title = riskTitle(n);
        const int likelihood = riskLikelihood(n), impact = riskImpact(n), level = likelihood * impact;
        sqlite3_bind_text(insertRisk, 1, ref, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(insertRisk, 2, kAt.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(insertRisk, 3, kAt.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(insertRisk, 4, kAuthor.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(insertRisk, 5, title.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(insertRisk, 6, "risk", -1, SQLITE_STATIC);
        sqlite3_bind_int(insertRisk, 7, likelihood);
        sqlite3_bind_int(insertRisk, 8, impact);
        sqlite3_bind_int(insertRisk, 9, level);
        sqlite3_bind_text(insertRisk, 10, "identified", -1, SQLITE_STATIC);
        check(sqlite3_step(insertRisk), m_db, "insert risk");
        sqlite3_reset(insertRisk);
        const std::int64_t id = sqlite3_last_insert_rowid(m_db);
        const std::string after = std::string("{\"ref\":\"") + ref + "\",\"title\":\"" + title
            + "\",\"kind\":\"risk\",\"inherent_likelihood\":" + std::to_string(likelihood)
            + ",\"inherent_impact\":" + std::to_string(impact) + ",\"inherent_level\":" + std::to_string(level)
            + ",\"status\":\"identified\"}";
        appendLog("insert", id, ref, "", after);
    }
    exec(m_db, "COMMIT");
    sqlite3_finalize(insertRisk);
}

std::vector<std::int64_t> Baseline::idsByRef()
{
    // The ref's UNIQUE index in its own (byte) order: no sort at all.
    sqlite3_stmt* s = prepare(m_db, "SELECT id FROM r_risks ORDER BY ref");
    std::vector<std::int64_t> ids;
    while (sqlite3_step(s) == SQLITE_ROW)
        ids.push_back(sqlite3_column_int64(s, 0));
    sqlite3_finalize(s);
    return ids;
}

std::vector<RiskRow> Baseline::loadRisks()
{
    sqlite3_stmt* s = prepare(m_db, "SELECT id, ref, created_at, updated_at, updated_by, title, kind, threat, "
                                    "vulnerability, consequence, affects_c, affects_i, affects_a, owner, "
                                    "inherent_likelihood, inherent_impact, inherent_level, existing_controls, "
                                    "treatment, residual_likelihood, residual_impact, "
                                    "residual_level, accepted_by, accepted_on, acceptance_reason, status, "
                                    "review_date, notes FROM r_risks ORDER BY id");
    std::vector<RiskRow> rows;
    while (sqlite3_step(s) == SQLITE_ROW) {
        RiskRow r;
        r.id = sqlite3_column_int64(s, 0);
        r.ref = text(s, 1);
        r.createdAt = text(s, 2);
        r.updatedAt = text(s, 3);
        r.updatedBy = text(s, 4);
        r.title = text(s, 5);
        r.kind = text(s, 6);
        r.threat = text(s, 7);
        r.vulnerability = text(s, 8);
        r.consequence = text(s, 9);
        r.affectsC = sqlite3_column_int64(s, 10);
        r.affectsI = sqlite3_column_int64(s, 11);
        r.affectsA = sqlite3_column_int64(s, 12);
        r.owner = sqlite3_column_int64(s, 13);
        r.inherentLikelihood = sqlite3_column_int64(s, 14);
        r.inherentImpact = sqlite3_column_int64(s, 15);
        r.inherentLevel = sqlite3_column_int64(s, 16);
        r.existingControls = text(s, 17);
        r.treatment = text(s, 18);
        r.residualLikelihood = sqlite3_column_int64(s, 19);
        r.residualImpact = sqlite3_column_int64(s, 20);
        r.residualLevel = sqlite3_column_int64(s, 21);
        r.acceptedBy = sqlite3_column_int64(s, 22);
        r.acceptedOn = text(s, 23);
        r.acceptanceReason = text(s, 24);
        r.status = text(s, 25);
        r.reviewDate = text(s, 26);
        r.notes = text(s, 27);
        rows.push_back(std::move(r));
    }
    sqlite3_finalize(s);
    return rows;
}

void Baseline::edit(std::int64_t id, const std::string& threat)
{
    if (!m_update)
        m_update = prepare(m_db, "UPDATE r_risks SET threat = ?, updated_at = ?, updated_by = ? WHERE id = ?");
    exec(m_db, "BEGIN IMMEDIATE");
    sqlite3_bind_text(m_update, 1, threat.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(m_update, 2, kAt.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(m_update, 3, kAuthor.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(m_update, 4, id);
    check(sqlite3_step(m_update), m_db, "update");
    sqlite3_reset(m_update);
    appendLog("update", id, "R-" + std::to_string(id), "{\"threat\":null}", "{\"threat\":\"" + threat + "\"}");
    exec(m_db, "COMMIT");
}

} // namespace isms::bench
