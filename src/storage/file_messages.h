#pragma once
// The messages a user reads when a file cannot be opened or written: each names the file, says
// what happened and what to do. Kept together so they stay consistent.

#include "domain/result.h"

#include <filesystem>
#include <string>

namespace isms::storage::messages {

Error notFound(const std::filesystem::path& file);
Error notAFile(const std::filesystem::path& file);
Error emptyFile(const std::filesystem::path& file);
Error notSqlite(const std::filesystem::path& file);
Error notOurs(const std::filesystem::path& file);
// The tables differ from what the file's schema version defines (changed outside ISMS Desk).
Error schemaAltered(const std::filesystem::path& file, const std::string& firstDifference);
Error corrupt(const std::filesystem::path& file, const std::string& detail);
Error tooNew(const std::filesystem::path& file, int fileSchema, int newestSchema);
Error needsUpgrade(const std::filesystem::path& file, int fileSchema);
Error locked(const std::filesystem::path& file);
// Only readers hold it (a read-only window, an ismsctl command reading it): no editor.
Error beingRead(const std::filesystem::path& file);
// Left by a crash with its changes in FILE-wal, in a folder where SQLite cannot make the -shm.
Error crashedInReadOnlyFolder(const std::filesystem::path& file);
Error readOnlyOnDisk(const std::filesystem::path& file);
Error readOnlySession(const std::filesystem::path& file);
Error alreadyExists(const std::filesystem::path& file);
Error cannotRead(const std::filesystem::path& file, const std::string& detail);
// Another program (an editor or a reader) has the file open, so it is not replaced under it.
Error inUseCannotReplace(const std::filesystem::path& file);
// The old file could not be moved aside to make room for its replacement.
Error cannotReplace(const std::filesystem::path& file, const std::string& detail);
// Wraps an SQLite failure during open into the right message for its code.
Error openFailure(const std::filesystem::path& file, const Error& sqliteError);

} // namespace isms::storage::messages
