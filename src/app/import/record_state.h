#pragma once
// A record as it stood, with the links it starts of some link types: what an import that
// updates records puts back on undo (and forward again on redo), through storage's own update,
// link and unlink so the change log records the undo like any other edit.

#include "storage/isms_file.h"

#include <set>
#include <string>
#include <vector>

namespace isms::app {

struct RecordState {
    Record record;
    std::vector<Link> links;  // the links of `linkKeys` that start at the record
};

// The record with this id now, with its links of `linkKeys`.
Result<RecordState> captureState(const storage::IsmsFile& file, const RegisterDef& def, RecordId id,
                                 const std::set<std::string>& linkKeys);

// Makes the record and its links of `linkKeys` what `state` holds (only what differs is written).
Result<void> applyState(storage::IsmsFile& file, const RegisterDef& def, const RecordState& state,
                        const std::set<std::string>& linkKeys);

} // namespace isms::app
