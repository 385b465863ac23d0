#pragma once
// Migration 4 (assessment runs and SoA versions): adds the tables that keep the methodology of
// each assessment run and the approved SoA versions (schema.h, versionTablesDdl). They start
// empty, so nothing is logged: check()'s replay holds as it did.

#include "domain/result.h"

namespace isms::storage {

namespace sql {
class Connection;
}

Result<void> addVersionTables(sql::Connection& db);

} // namespace isms::storage
