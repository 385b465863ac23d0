#include "storage/export_staging.h"

#include "storage/file_messages.h"
#include "storage/hex.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace isms::storage {

namespace {

std::string partialPrefix(const std::filesystem::path& target)
{
    return "." + target.filename().string() + ".partial-";
}

// A leftover whose flock we can take has no living writer: its export was killed.
void removeAbandoned(const std::filesystem::path& target)
{
    std::error_code ec;
    const std::filesystem::path folder = target.parent_path().empty() ? "." : target.parent_path();
    const std::string prefix = partialPrefix(target);
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
        const std::string name = entry.path().filename().string();
        // A staged sidecar or journal goes with its copy, never on its own: its copy may be alive.
        const bool companion = name.ends_with(".sha256") || name.ends_with("-journal");
        if (name.rfind(prefix, 0) != 0 || companion || !entry.is_regular_file(ec) || entry.is_symlink(ec))
            continue;
        const int fd = ::open(entry.path().c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0)
            continue;
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            std::filesystem::remove(entry.path(), ec);
            std::filesystem::remove(entry.path().string() + "-journal", ec);
            std::filesystem::remove(entry.path().string() + ".sha256", ec);
        }
        ::close(fd);
    }
}

Error ioError(const std::filesystem::path& file, const char* what)
{
    return makeError(ErrorCode::Io, "Could not " + std::string(what) + " \"" + file.string() + "\": "
                                        + std::strerror(errno) + ". Check the folder exists, is writable "
                                        "and has free space, then export again.");
}

// Publishes `from` as `to` without ever replacing an existing `to`: link(2) fails if it exists.
Result<void> publishNoReplace(const std::filesystem::path& from, const std::filesystem::path& to)
{
    if (::link(from.c_str(), to.c_str()) != 0) {
        if (errno == EEXIST)
            return messages::alreadyExists(to);
        return ioError(to, "write");
    }
    std::error_code ec;
    std::filesystem::remove(from, ec);
    return {};
}

} // namespace

Result<StagedExport> StagedExport::begin(const std::filesystem::path& target)
{
    removeAbandoned(target);
    const std::filesystem::path partial = target.parent_path() / (partialPrefix(target) + randomHex(4));
    const int fd = ::open(partial.c_str(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0)
        return ioError(target, "write");
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        ::unlink(partial.c_str());
        return ioError(target, "lock");
    }
    return StagedExport(target, partial, fd);
}

StagedExport::StagedExport(StagedExport&& other) noexcept
    : m_target(std::move(other.m_target)), m_partial(std::move(other.m_partial)), m_fd(other.m_fd),
      m_published(other.m_published)
{
    other.m_fd = -1;
    other.m_published = true;  // the moved-from object owns nothing to clean up
}

StagedExport::~StagedExport()
{
    if (!m_published) {
        std::error_code ec;
        std::filesystem::remove(m_partial, ec);
        std::filesystem::remove(m_partial.string() + "-journal", ec);
    }
    if (m_fd >= 0)
        ::close(m_fd);
}

Result<void> StagedExport::publish(const std::filesystem::path& sidecar, const std::string& sidecarText)
{
    // The sidecar is staged first, so the window between the copy and its sidecar appearing is
    // two link calls wide.
    const std::filesystem::path sidecarPartial = m_partial.string() + ".sha256";
    {
        const int fd = ::open(sidecarPartial.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
        if (fd < 0)
            return ioError(sidecar, "write");
        const bool written = ::write(fd, sidecarText.data(), sidecarText.size())
                                 == static_cast<ssize_t>(sidecarText.size())
            && ::fsync(fd) == 0;
        ::close(fd);
        if (!written) {
            ::unlink(sidecarPartial.c_str());
            return ioError(sidecar, "write");
        }
    }
    if (::fsync(m_fd) != 0) {
        ::unlink(sidecarPartial.c_str());
        return ioError(m_target, "write");
    }
    if (auto r = publishNoReplace(m_partial, m_target); !r) {
        ::unlink(sidecarPartial.c_str());
        return r;
    }
    m_published = true;
    if (auto r = publishNoReplace(sidecarPartial, sidecar); !r) {
        ::unlink(sidecarPartial.c_str());
        return r;
    }
    return {};
}

} // namespace isms::storage
