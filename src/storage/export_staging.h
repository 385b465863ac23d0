#pragma once
// An export written where nobody mistakes it for the finished copy. The copy is built in a hidden
// file beside the target (".NAME.partial-XXXXXXXX"), created exclusively and held with an
// exclusive flock while it is written; only when it is complete is it published under the
// target's name, never replacing a file that appeared there meanwhile. A process killed midway
// leaves only such a partial file, unlocked once the kernel has reaped the process, and the next
// export to that target removes it: a kill never blocks the next export.

#include "domain/result.h"

#include <filesystem>
#include <string>

namespace isms::storage {

class StagedExport {
public:
    // Removes unlocked leftovers of earlier exports to `target`, then creates the empty, locked
    // partial file (VACUUM INTO writes into an empty file).
    static Result<StagedExport> begin(const std::filesystem::path& target);
    ~StagedExport();  // removes the partial file unless it was published
    StagedExport(StagedExport&& other) noexcept;
    StagedExport& operator=(StagedExport&&) = delete;
    StagedExport(const StagedExport&) = delete;
    StagedExport& operator=(const StagedExport&) = delete;

    const std::filesystem::path& partialPath() const { return m_partial; }
    // Gives the complete partial file the target's name (refusing to replace anything there),
    // then writes `sidecarText` as the target's sidecar the same way.
    Result<void> publish(const std::filesystem::path& sidecar, const std::string& sidecarText);

private:
    StagedExport(std::filesystem::path target, std::filesystem::path partial, int fd)
        : m_target(std::move(target)), m_partial(std::move(partial)), m_fd(fd) {}
    std::filesystem::path m_target;
    std::filesystem::path m_partial;
    int m_fd = -1;
    bool m_published = false;
};

} // namespace isms::storage
