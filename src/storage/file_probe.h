#pragma once
// Looks at a file's first 100 bytes, without SQLite and without writing, to tell an ISMS Desk
// file from a missing, empty, foreign, truncated or too-new one before any connection opens it.

#include "domain/result.h"

#include <cstdint>
#include <filesystem>

namespace isms::storage {

struct FileHeader {
    std::uintmax_t fileSize = 0;
    std::uint32_t pageSize = 0;
    std::uint32_t pageCount = 0;  // 0 when the header's count is not trustworthy
    std::uint32_t applicationId = 0;
    std::int32_t userVersion = 0;
    bool walMode = false;  // written last in WAL journal mode
};

// Parses an SQLite header; nullopt-like error when the bytes are not one.
Result<FileHeader> readHeader(const std::filesystem::path& file);

// readHeader plus the ISMS checks: ours (application id), complete (size matches the header),
// and not newer than `newestSchema`.
Result<FileHeader> probeIsmsFile(const std::filesystem::path& file, int newestSchema);

} // namespace isms::storage
