#pragma once
// SQLite's quick_check over every page of a file: the one check that finds a damaged file before
// a query stumbles on it.

#include "domain/result.h"
#include "storage/sqlite.h"

#include <filesystem>

namespace isms::storage {

// Nothing, or a Corrupt error that names `file` and says what to do. A check interrupted (the
// file closing) says so rather than calling the file damaged.
Result<void> checkPages(sql::Connection& db, const std::filesystem::path& file);

} // namespace isms::storage
