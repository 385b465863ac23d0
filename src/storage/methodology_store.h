#pragma once
// The file's risk methodology in relational tables: one settings row, the two scales, the matrix
// cells and the bands.

#include "domain/methodology.h"
#include "domain/result.h"

#include <string>

namespace isms::storage {

namespace sql {
class Connection;
}

Result<Methodology> loadMethodology(sql::Connection& db);
// Replaces the stored methodology (inside the caller's transaction).
Result<void> saveMethodology(sql::Connection& db, const Methodology& methodology);
// A compact JSON form for the change log.
std::string methodologyJson(const Methodology& methodology);

} // namespace isms::storage
