#pragma once
// Shared by the fuzz targets: a private folder for this process's files, removed at exit, and
// a fixed clock so a run does not depend on the date.

#include "domain/clock.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace isms::fuzz {

// Inputs past this size are skipped: a bigger file finds nothing a small one cannot, and
// slows every run down.
inline constexpr std::size_t kMaxInput = 1 << 20;

class Workspace {
public:
    Workspace()
        : m_dir(std::filesystem::temp_directory_path() / ("isms-fuzz-" + std::to_string(getpid())))
    {
        std::filesystem::create_directories(m_dir);
    }
    ~Workspace()
    {
        std::error_code ignored;
        std::filesystem::remove_all(m_dir, ignored);
    }
    std::filesystem::path operator/(const std::string& name) const { return m_dir / name; }

    // Removes every file of the workspace but `keep`: an input's file and whatever SQLite or
    // the program left beside it (-wal, -journal, an upgrade's backup copy).
    void clear(const std::filesystem::path& keep = {}) const
    {
        std::error_code ignored;
        for (const auto& entry : std::filesystem::directory_iterator(m_dir, ignored))
            if (entry.path() != keep)
                std::filesystem::remove_all(entry.path(), ignored);
    }

private:
    std::filesystem::path m_dir;
};

inline void writeBytes(const std::filesystem::path& path, const std::uint8_t* data, std::size_t size)
{
    std::ofstream(path, std::ios::binary | std::ios::trunc)
        .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
}

inline const FixedClock& fuzzClock()
{
    static const FixedClock clock(Date{2026, 11, 23});
    return clock;
}

} // namespace isms::fuzz
