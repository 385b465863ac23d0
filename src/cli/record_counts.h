#pragma once
// Record counts per register, for `info` and `check`.

#include "storage/isms_file.h"

#include <string>

namespace isms::cli {

// "  risks                 32\n" for every non-empty register; the error when a count fails.
Result<std::string> recordCounts(const storage::IsmsFile& file);

} // namespace isms::cli
