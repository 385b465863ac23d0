#pragma once
// Where SQLite finds a file and the files it keeps beside it.

#include <filesystem>
#include <string>

namespace isms::storage {

// A read-only file: URI. `immutable` tells SQLite nothing else changes the file, so it takes no
// locks and never looks at a -wal: it reads the database file alone.
std::string readOnlyUri(const std::filesystem::path& file, bool immutable);

// FILE-wal, FILE-shm, FILE-journal.
std::filesystem::path sidecar(const std::filesystem::path& file, const char* suffix);

// Whether SQLite could make a -wal or -shm beside `file`. A folder whose permission bits allow
// nobody to write counts as read-only even for an administrator.
bool folderWritable(const std::filesystem::path& file);

// Changes in a -wal that the database file does not hold yet (left by a crash or an open writer).
bool hasPendingWal(const std::filesystem::path& file);

} // namespace isms::storage
