#pragma once
// Shared helpers for the storage tests: a temporary folder per test, a fixed clock, and records
// with every field set to a valid value of its type.

#include "domain/clock.h"
#include "storage/isms_file.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace isms::storage::test {

class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(const std::string& name) const { return m_path / name; }
    // Names of the entries in the folder, sorted.
    std::vector<std::string> listing() const;

private:
    std::filesystem::path m_path;
};

inline FixedClock& testClock()
{
    static FixedClock clock(Date{2026, 11, 23});
    return clock;
}

std::unique_ptr<IsmsFile> createFile(const std::filesystem::path& path, const std::string& author = "Alice");
std::unique_ptr<IsmsFile> openFile(const std::filesystem::path& path, OpenMode mode = OpenMode::ReadWrite,
                                   const std::string& author = "Alice");

// A stored record of `registerKey` with only its required fields (and their targets) filled.
RecordId minimalRecord(IsmsFile& file, const std::string& registerKey);
// A record (not stored) with every non-computed field set to a valid value.
Record fullRecord(IsmsFile& file, const RegisterDef& reg);

std::string readBytes(const std::filesystem::path& file);
void writeBytes(const std::filesystem::path& file, const std::string& bytes);
std::filesystem::file_time_type mtime(const std::filesystem::path& file);
// Runs SQL on a file directly, bypassing IsmsFile (for tampering and corruption).
void rawSql(const std::filesystem::path& file, const std::string& sql);

// check() of a file opened read-only (the test fails when check itself cannot run).
HealthReport checkOf(const std::filesystem::path& path);
// Whether any problem of the report contains `part`.
bool mentions(const HealthReport& report, const std::string& part);
// Every problem, one per line, for INFO().
std::string problemsOf(const HealthReport& report);

} // namespace isms::storage::test
