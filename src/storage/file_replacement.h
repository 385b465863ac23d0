#pragma once
// Replacing a file the user chose to overwrite (a new file, a copy, an audit copy or a template
// saved over an existing one) without two ways of losing data:
// - a file another window or program has open is never removed under it: replacing is refused
//   while anyone holds the file's lock (the editor's or a reader's);
// - the old file is not deleted before the new one exists: it is moved aside under a hidden name
//   and put back if making the new file fails, so a failed replace leaves what was there.
// Its SQLite companions (-wal, -shm, -journal) and an audit copy's .sha256 move with it, so a new
// database never meets an old write-ahead log or checksum under its name.

#include "domain/result.h"
#include "storage/file_lock.h"

#include <filesystem>

namespace isms::storage {

class FileReplacement {
public:
    // Moves `target` and its companions aside. A target that does not exist needs nothing: the
    // replacement is then empty and commit()/restore do nothing. Fails with Locked while the file
    // is in use, with Io when it cannot be moved (permissions, read-only folder).
    static Result<FileReplacement> begin(const std::filesystem::path& target);

    FileReplacement(FileReplacement&& other) noexcept;
    FileReplacement& operator=(FileReplacement&& other) noexcept;
    FileReplacement(const FileReplacement&) = delete;
    FileReplacement& operator=(const FileReplacement&) = delete;
    // Not committed: whatever was made under the target's name is removed and the old file is
    // put back.
    ~FileReplacement();

    // The new file is in place: the old one is deleted for good.
    void commit();

private:
    FileReplacement() = default;
    void restore();
    std::filesystem::path m_target;
    std::filesystem::path m_aside;  // empty: nothing was moved
    FileLock m_lock;                // held on the old file until it is deleted or back
};

} // namespace isms::storage
