#pragma once
// File settings (meta) and the methodology as a new file starts with them, logged like any
// edit, and the baseline that schema migration 2 logs for what schema 1 never logged.

#include "domain/result.h"

#include <string>

namespace isms::storage {

namespace sql {
class Connection;
}

// Writes organisation, created_at, created_by and the default methodology, each logged.
Result<void> writeInitialSettings(sql::Connection& db, const std::string& organisation,
                                  const std::string& author, const std::string& now);

// Appends one "meta" entry for every replayed file setting that no entry ever set, and one
// "methodology" entry when the methodology was never logged. Settings that were logged are
// left to check(): a schema-1 file's unlogged settings changed before the upgrade cannot be
// told from their original values.
Result<void> logUnloggedSettings(sql::Connection& db, const std::string& at, const std::string& author);

} // namespace isms::storage
