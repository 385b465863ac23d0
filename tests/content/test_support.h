#pragma once
// Shared by the content tests: a temporary folder that cleans up, a fixed clock, sample files.

#include "domain/clock.h"

#include <atomic>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

namespace isms::test {

class TempDir {
public:
    TempDir()
    {
        static std::atomic<int> counter{0};
        std::random_device seed;
        m_path = std::filesystem::temp_directory_path()
            / ("isms-content-" + std::to_string(seed()) + "-" + std::to_string(counter++));
        std::filesystem::create_directories(m_path);
    }
    ~TempDir()
    {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

inline const FixedClock& testClock()
{
    static const FixedClock clock(Date{2026, 11, 23});
    return clock;
}

inline std::string readText(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

inline std::string sampleCsv(const std::string& name)
{
    return readText(std::filesystem::path(ISMS_TEST_DATA_DIR) / "csv" / name);
}

} // namespace isms::test
