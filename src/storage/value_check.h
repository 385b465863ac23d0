#pragma once
// Every stored value checked against its register's description: types, required fields,
// enumerations and scales (record_validation), dates that are dates, and risk levels equal to
// what the methodology computes. References that resolve are PRAGMA foreign_key_check's part.

#include "domain/catalogue.h"
#include "domain/methodology.h"
#include "domain/record.h"
#include "domain/result.h"
#include "storage/history_replay.h"

namespace isms::storage {

namespace sql {
class Statement;
}

// One record as read by `row` (whose columns are id, ref, stamps, then the fields in order).
void checkRecordValues(const RegisterDef& reg, const Record& record, const sql::Statement& row,
                       const Methodology& methodology, Findings& findings);

} // namespace isms::storage
