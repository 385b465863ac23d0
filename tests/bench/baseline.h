#pragma once
// The same work as the storage layer does for the benchmarks, written directly against the
// SQLite C API: the yardstick the IsmsFile figures are compared with.

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace isms::bench {

// Every column of r_risks as plain members: what a hand-written loader would fill.
struct RiskRow {
    std::int64_t id = 0;
    std::string ref, createdAt, updatedAt, updatedBy;
    std::string title, kind, threat, vulnerability, consequence;
    std::int64_t affectsC = 0, affectsI = 0, affectsA = 0, owner = 0;
    std::int64_t inherentLikelihood = 0, inherentImpact = 0, inherentLevel = 0;
    std::string existingControls, treatment;
    std::int64_t residualLikelihood = 0, residualImpact = 0, residualLevel = 0, acceptedBy = 0;
    std::string acceptedOn, acceptanceReason, status, reviewDate, notes;
};

// A file with the storage schema and the same pragmas (exclusive, WAL, synchronous=FULL).
class Baseline {
public:
    explicit Baseline(const std::filesystem::path& file);
    ~Baseline();
    Baseline(const Baseline&) = delete;
    Baseline& operator=(const Baseline&) = delete;

    // Inserts `count` risks and their hash-chained change-log rows in one transaction with
    // prepared statements.
    void createRisks(int count);
    // Reads the whole r_risks table into RiskRow structs.
    std::vector<RiskRow> loadRisks();
    // Every risk's id in plain byte order of its ref (the UNIQUE index, no sort).
    std::vector<std::int64_t> idsByRef();
    // One durable edit: UPDATE of one field plus its change-log row, committed.
    void edit(std::int64_t id, const std::string& threat);

private:
    void appendLog(const std::string& action, std::int64_t id, const std::string& ref,
                   const std::string& before, const std::string& after);
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_insertLog = nullptr;
    sqlite3_stmt* m_update = nullptr;
    std::string m_head;
    std::int64_t m_seq = 0;
};

// The values the benchmark gives risk number n, shared so both sides store the same rows.
std::string riskTitle(int n);
int riskLikelihood(int n);
int riskImpact(int n);

} // namespace isms::bench
