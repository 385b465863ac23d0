#pragma once
// Every stored value checked against its register's description: types, required fields,
// enumerations and scales (record_validation), dates that are dates, and risk levels equal to
// what the methodology computes. References that resolve are PRAGMA foreign_key_check's part.

#include "domain/catalogue.h"
#include "domain/methodology.h"
#include "domain/result.h"
#include "storage/history_replay.h"

namespace isms::storage {

namespace sql {
class Connection;
}

Result<void> checkStoredValues(sql::Connection& db, const Catalogue& catalogue, const Methodology& methodology,
                               Findings& findings);

} // namespace isms::storage
