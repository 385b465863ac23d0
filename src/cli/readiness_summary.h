#pragma once
// The rules' view of a file in a few lines, for `ismsctl check`: audit readiness, SoA state,
// risks needing attention and what is overdue. Informational: it does not decide the exit code,
// because an ISMS being incomplete is normal, a damaged file is not.

#include "storage/isms_file.h"

#include <string>

namespace isms::cli {

Result<std::string> readinessSummary(const storage::IsmsFile& file);

} // namespace isms::cli
