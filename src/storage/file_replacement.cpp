#include "storage/file_replacement.h"

#include "storage/file_location.h"
#include "storage/file_messages.h"
#include "storage/hex.h"

#include <spdlog/spdlog.h>

#include <array>
#include <chrono>
#include <system_error>

namespace isms::storage {

namespace fs = std::filesystem;

namespace {

// SQLite's files, and an audit copy's checksum (a stale one would fail the new copy). An audit
// copy's auditor notes (.notes) stay: they are the auditor's, and bound to the old copy they are
// refused for the new one.
constexpr std::array<const char*, 4> kCompanions{"-wal", "-shm", "-journal", ".sha256"};

// Renames `from` and its companions to `to` (and `to`'s companions). Companions that do not
// exist are skipped.
std::error_code moveWithCompanions(const fs::path& from, const fs::path& to)
{
    std::error_code ec;
    fs::rename(from, to, ec);
    if (ec)
        return ec;
    for (const char* suffix : kCompanions) {
        std::error_code companion;
        if (fs::exists(sidecar(from, suffix), companion))
            fs::rename(sidecar(from, suffix), sidecar(to, suffix), companion);
        if (companion)
            spdlog::warn("Could not move {} aside: {}", sidecar(from, suffix).string(), companion.message());
    }
    return {};
}

void removeWithCompanions(const fs::path& file)
{
    std::error_code ec;
    fs::remove(file, ec);
    for (const char* suffix : kCompanions)
        fs::remove(sidecar(file, suffix), ec);
}

} // namespace

Result<FileReplacement> FileReplacement::begin(const fs::path& target)
{
    FileReplacement replacement;
    replacement.m_target = target;
    std::error_code ec;
    if (!fs::exists(target, ec))
        return replacement;
    if (fs::is_directory(target, ec))
        return messages::notAFile(target);

    // Taken without waiting: an editor or a reader holding it means it is in use right now.
    auto lock = FileLock::forEditing(target, std::chrono::milliseconds(0));
    if (!lock)
        return lock.error().code == ErrorCode::Locked ? messages::inUseCannotReplace(target) : lock.error();
    replacement.m_lock = std::move(*lock);

    const fs::path aside = target.parent_path() / ("." + target.filename().string() + ".replaced-" + randomHex(6));
    if (const std::error_code moved = moveWithCompanions(target, aside))
        return messages::cannotReplace(target, moved.message());
    replacement.m_aside = aside;
    return replacement;
}

FileReplacement::FileReplacement(FileReplacement&& other) noexcept
    : m_target(std::move(other.m_target)), m_aside(std::move(other.m_aside)), m_lock(std::move(other.m_lock))
{
    other.m_aside.clear();
}

FileReplacement& FileReplacement::operator=(FileReplacement&& other) noexcept
{
    if (this != &other) {
        restore();
        m_target = std::move(other.m_target);
        m_aside = std::move(other.m_aside);
        m_lock = std::move(other.m_lock);
        other.m_aside.clear();
    }
    return *this;
}

void FileReplacement::commit()
{
    if (!m_aside.empty())
        removeWithCompanions(m_aside);
    m_aside.clear();
    m_lock = FileLock();
}

FileReplacement::~FileReplacement()
{
    restore();
}

void FileReplacement::restore()
{
    if (m_aside.empty())
        return;
    removeWithCompanions(m_target);  // a half-made file, if the maker left one
    if (const std::error_code ec = moveWithCompanions(m_aside, m_target))
        spdlog::error("Could not put {} back after a failed replace: {}; it is kept as {}", m_target.string(),
                      ec.message(), m_aside.string());
    m_aside.clear();
    m_lock = FileLock();
}

} // namespace isms::storage
