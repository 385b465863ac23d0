#pragma once
// The hash-chained change log: every write appends an entry whose hash covers the previous
// entry's hash and a canonical serialisation of its own fields, so editing, deleting or
// reordering history is detected by verifyChain.

#include "storage/isms_file.h"

#include <optional>
#include <string>

namespace isms::storage {

namespace sql {
class Connection;
class Statement;
}

struct NewChange {
    std::string action;
    std::string registerKey;
    RecordId recordId = 0;
    std::string ref;
    std::string before;
    std::string after;
};

// hash = SHA-256 over the previous hash and every field of the entry, each length-prefixed.
std::string chainHash(const std::string& previousHash, const ChangeEntry& entry);

class ChangeLog {
public:
    // Appends with the cached head (read once, then kept in step), so bulk writes never re-read.
    Result<ChangeEntry> append(sql::Connection& db, const std::string& at, const std::string& author,
                               NewChange change);
    // The head as stored in meta, written once per commit so a cut-off tail is detected.
    Result<void> storeHead(sql::Connection& db);
    bool advanced() const { return m_advanced; }
    void committed() { m_advanced = false; }
    // After a rollback the cached head may be ahead of the file.
    void forget()
    {
        m_head.reset();
        m_advanced = false;
    }

private:
    Result<void> loadHead(sql::Connection& db);
    struct Head {
        std::int64_t seq = 0;
        std::string hash;
    };
    std::optional<Head> m_head;
    sql::Statement* m_insert = nullptr;  // kept prepared for bulk writes
    bool m_advanced = false;
};

Result<ChainReport> verifyChain(sql::Connection& db);
Result<std::vector<ChangeEntry>> readHistory(sql::Connection& db, const std::string& registerKey,
                                             RecordId recordId, std::int64_t limit);

} // namespace isms::storage
