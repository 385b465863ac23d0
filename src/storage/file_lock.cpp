#include "storage/file_lock.h"

#include "storage/file_location.h"
#include "storage/file_messages.h"

#include <cerrno>
#include <cstring>
#include <thread>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace isms::storage {

namespace {

constexpr auto kRetryEvery = std::chrono::milliseconds(25);

int openForLocking(const std::filesystem::path& file)
{
    return ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
}

bool tryLock(int fd, int operation)
{
    int r;
    do
        r = ::flock(fd, operation | LOCK_NB);
    while (r != 0 && errno == EINTR);
    return r == 0;
}

} // namespace

FileLock::~FileLock()
{
    if (m_fd >= 0)
        ::close(m_fd);  // releases the flock
}

FileLock::FileLock(FileLock&& other) noexcept : m_fd(other.m_fd)
{
    other.m_fd = -1;
}

FileLock& FileLock::operator=(FileLock&& other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = other.m_fd;
        other.m_fd = -1;
    }
    return *this;
}

Result<FileLock> FileLock::forEditing(const std::filesystem::path& file, std::chrono::milliseconds wait)
{
    const int fd = openForLocking(file);
    if (fd < 0)
        return messages::cannotRead(file, std::strerror(errno));
    FileLock lock(fd);
    const auto deadline = std::chrono::steady_clock::now() + wait;
    while (!tryLock(fd, LOCK_EX)) {
        if (errno != EWOULDBLOCK)
            return messages::cannotRead(file, std::string("it cannot be locked: ") + std::strerror(errno));
        if (std::chrono::steady_clock::now() >= deadline) {
            // A shared lock we could take means only readers are there, no editor.
            const bool onlyReaders = tryLock(fd, LOCK_SH);
            return onlyReaders ? messages::beingRead(file) : messages::locked(file);
        }
        std::this_thread::sleep_for(kRetryEvery);
    }
    return lock;
}

std::optional<FileLock> FileLock::forReadingAlone(const std::filesystem::path& file)
{
    const int fd = openForLocking(file);
    if (fd < 0)
        return FileLock();  // SQLite's own open gives the accurate message
    FileLock lock(fd);
    if (!tryLock(fd, LOCK_SH)) {
        if (errno == EWOULDBLOCK)
            return std::nullopt;
        ::close(lock.m_fd);
        lock.m_fd = -1;
    }
    return lock;
}

ReadAccess readAccess(const std::filesystem::path& file)
{
    std::optional<FileLock> alone = FileLock::forReadingAlone(file);
    if (!alone || std::filesystem::exists(sidecar(file, "-wal")))
        return {};
    return {std::move(*alone), true};
}

} // namespace isms::storage
