#pragma once
// What evidence a file accepts: a size limit and names that are plain file names. Checked by
// storage on every attach; the GUI and CLI show the same messages.

#include "domain/result.h"

#include <cstdint>
#include <string>

namespace isms::storage {

inline constexpr std::int64_t kMaxEvidenceBytes = 200LL * 1024 * 1024;

// "200.01 MiB": rounded up, so a file just over the limit never reads as equal to it.
std::string mebibytes(std::int64_t bytes);

// Invalid, e.g. "The file is 200.01 MiB; evidence is limited to 200.00 MiB. ..." (`name` may be empty).
Result<void> checkEvidenceSize(std::int64_t bytes, const std::string& name = {});
// Refuses names that are not a plain file name: empty, ".", "..", a path separator, control
// characters or more than 255 bytes, saying which.
Result<void> checkEvidenceName(const std::string& name);

} // namespace isms::storage
