#pragma once
// Who may use a file beside whom, across processes: one editor at a time, any number of readers.
//
// The editor holds an exclusive flock(2) on the database file for as long as it is open; SQLite
// itself runs in its normal WAL locking, so readers in other processes see the last commit. A
// reader that finds no editor and reads the database file as immutable (no locks, no -shm, not
// one byte written) holds a shared flock instead, so no editor can start rewriting the pages under
// it. The kernel drops a flock with the last descriptor of its process, so a crash leaves none.

#include "domain/result.h"

#include <chrono>
#include <filesystem>
#include <optional>

namespace isms::storage {

class FileLock {
public:
    FileLock() = default;
    ~FileLock();
    FileLock(FileLock&& other) noexcept;
    FileLock& operator=(FileLock&& other) noexcept;
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

    // The editor's lock, retried until `wait` has passed. Fails with Locked, saying whether an
    // editor or only readers hold the file.
    static Result<FileLock> forEditing(const std::filesystem::path& file, std::chrono::milliseconds wait);
    // A reader's shared lock, or nullopt when an editor has the file open. Where the system offers
    // no locks at all (some read-only media), the lock is returned unheld: nobody can edit there.
    static std::optional<FileLock> forReadingAlone(const std::filesystem::path& file);

    bool held() const { return m_fd >= 0; }

private:
    explicit FileLock(int fd) : m_fd(fd) {}
    int m_fd = -1;
};

// How a reader may read: alone (no editor, no -wal) it reads the database file as immutable and
// holds a shared lock so no editor starts under it; otherwise it reads through SQLite's WAL
// locks and sees the last commit.
struct ReadAccess {
    FileLock lock;
    bool immutable = false;
};
ReadAccess readAccess(const std::filesystem::path& file);

} // namespace isms::storage
