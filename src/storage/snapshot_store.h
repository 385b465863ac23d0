#pragma once
// Snapshots of every risk's levels taken by a risk assessment run (clause 8.2).

#include "storage/isms_file.h"

namespace isms::storage {

namespace sql {
class Connection;
}

// Replaces the assessment's snapshot with `rows`.
Result<void> replaceSnapshot(sql::Connection& db, RecordId assessmentId, const std::vector<SnapshotRow>& rows);
Result<std::vector<SnapshotRow>> readSnapshot(sql::Connection& db, RecordId assessmentId);

} // namespace isms::storage
