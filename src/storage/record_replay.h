#pragma once
// One register's part of the replay: its records' entries, read grouped by record and in order,
// merged with its rows read by id, so only one record's state is held at a time. Link, attach,
// snapshot and approval entries found on the way are gathered for the file-wide comparison.

#include "domain/record.h"
#include "domain/register_def.h"
#include "domain/result.h"
#include "storage/history_replay.h"

#include <compare>
#include <functional>
#include <cstdint>
#include <map>
#include <set>
#include <string>

namespace isms::storage {

namespace sql {
class Statement;
}

struct LinkKey {
    std::string fromRegister;
    std::int64_t fromId = 0;
    std::string link;
    std::string toRegister;
    std::int64_t toId = 0;
    auto operator<=>(const LinkKey&) const = default;
};

struct AttachmentState {
    std::string registerKey;
    std::int64_t recordId = 0;
    std::string name;
    std::string mediaType;
    std::int64_t size = 0;
    std::string sha256;
    bool operator==(const AttachmentState&) const = default;
};

// A risk approval as its "approve" entry left it: which risk, and the entry's `after` text.
struct ApprovalState {
    std::int64_t riskId = 0;
    std::string json;
};

// What a snapshot entry of schema 4 on records besides the size (version_replay.h).
struct SnapshotLogged {
    std::string sha256;           // of the snapshot's rows (snapshotSha256)
    std::string methodologyJson;  // the methodology kept with the run
};

struct RelationsHistory {
    std::set<LinkKey> links;
    std::map<std::int64_t, ApprovalState> approvals;  // approval id -> state
    std::map<std::int64_t, AttachmentState> attachments;
    std::map<std::int64_t, std::int64_t> snapshotSizes;  // assessment id -> risks in its snapshot
    std::map<std::int64_t, SnapshotLogged> snapshotLogged;  // assessment id -> its last schema-4 entry
};

// `eachRow` (optional) is also given every row as read, so the value checks share the one scan.
using RowCheck = std::function<void(const RegisterDef&, const Record&, const sql::Statement&)>;
Result<void> replayRegister(sql::Connection& db, const RegisterDef& reg, RelationsHistory& relations,
                            Findings& findings, const RowCheck& eachRow = {});

// "null" shown as "empty", anything else as its JSON text (a string keeps its quotes).
std::string shownJson(const std::string& raw);

} // namespace isms::storage
