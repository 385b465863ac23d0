#include "test_support.h"

#include "storage/sqlite.h"

#include <catch2/catch_test_macros.hpp>
#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace isms::storage::test {

TempDir::TempDir()
{
    static std::atomic<int> counter{0};
    m_path = std::filesystem::temp_directory_path()
        / ("isms-storage-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(m_path);
    std::filesystem::create_directories(m_path);
}

TempDir::~TempDir()
{
    std::error_code ec;
    std::filesystem::permissions(m_path, std::filesystem::perms::owner_all, ec);
    std::filesystem::remove_all(m_path, ec);
}

std::vector<std::string> TempDir::listing() const
{
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(m_path))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

std::unique_ptr<IsmsFile> createFile(const std::filesystem::path& path, const std::string& author)
{
    auto file = IsmsFile::create(path, CreateOptions{"Example Ltd", author}, testClock());
    INFO((file ? std::string() : file.error().message));
    REQUIRE(file.ok());
    return std::move(file).value();
}

std::unique_ptr<IsmsFile> openFile(const std::filesystem::path& path, OpenMode mode, const std::string& author)
{
    OpenOptions options;
    options.mode = mode;
    options.author = author;
    auto file = IsmsFile::open(path, options, testClock());
    INFO((file ? std::string() : file.error().message));
    REQUIRE(file.ok());
    return std::move(file).value();
}

namespace {

Value sampleValue(IsmsFile& file, const RegisterDef& reg, const FieldDef& field, bool onlyRequired)
{
    if (onlyRequired && !field.required)
        return {};
    switch (field.type) {
    case FieldType::Text:
        return std::string("Sample ") + field.label;
    case FieldType::LongText:
        return std::string("Line one of ") + field.label + "\nline two, with \"quotes\" and ünïcode";
    case FieldType::Integer:
        return std::int64_t{42};
    case FieldType::Real:
        return 2.75;
    case FieldType::Boolean:
        return true;
    case FieldType::Date:
        return Date{2026, 3, 15};
    case FieldType::Enum:
        return field.options.back().key;
    case FieldType::Reference:
        if (field.target == reg.key && !field.required)
            return {};  // a self-reference needs an existing record; left to dedicated tests
        return Value{minimalRecord(file, field.target)};
    case FieldType::Likelihood:
        return std::int64_t{4};
    case FieldType::Impact:
        return std::int64_t{3};
    case FieldType::Level:
        return {};
    }
    return {};
}

} // namespace

RecordId minimalRecord(IsmsFile& file, const std::string& registerKey)
{
    const RegisterDef& reg = file.catalogue().get(registerKey);
    Record r = Record::blank(reg);
    for (std::size_t i = 0; i < reg.fields.size(); ++i)
        r.values[i] = sampleValue(file, reg, reg.fields[i], true);
    auto stored = file.insert(reg, r);
    INFO((stored ? std::string() : stored.error().message));
    REQUIRE(stored.ok());
    return stored->id;
}

Record fullRecord(IsmsFile& file, const RegisterDef& reg)
{
    Record r = Record::blank(reg);
    for (std::size_t i = 0; i < reg.fields.size(); ++i)
        r.values[i] = sampleValue(file, reg, reg.fields[i], false);
    return r;
}

std::string readBytes(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void writeBytes(const std::filesystem::path& file, const std::string& bytes)
{
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << bytes;
}

std::filesystem::file_time_type mtime(const std::filesystem::path& file)
{
    return std::filesystem::last_write_time(file);
}

void rawSql(const std::filesystem::path& file, const std::string& sql)
{
    auto db = sql::Connection::open(file.string(), SQLITE_OPEN_READWRITE);
    REQUIRE(db.ok());
    auto r = (*db)->exec(sql);
    INFO(sql << (r ? std::string() : " -> " + r.error().message));
    REQUIRE(r.ok());
}

HealthReport checkOf(const std::filesystem::path& path)
{
    auto file = openFile(path, OpenMode::ReadOnly);
    auto report = file->check();
    REQUIRE(report.ok());
    return *report;
}

bool mentions(const HealthReport& report, const std::string& part)
{
    for (const auto& p : report.problems)
        if (p.find(part) != std::string::npos)
            return true;
    return false;
}

std::string problemsOf(const HealthReport& report)
{
    std::string all;
    for (const auto& p : report.problems)
        all += p + "\n";
    return all;
}

} // namespace isms::storage::test
