#include "storage/file_probe.h"

#include "storage/file_messages.h"
#include "storage/isms_file.h"

#include <array>
#include <cstring>
#include <fstream>

namespace isms::storage {

namespace {

constexpr std::size_t kHeaderSize = 100;
constexpr char kMagic[] = "SQLite format 3";  // followed by a NUL: 16 bytes

std::uint32_t bigEndian32(const unsigned char* p)
{
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8)
        | std::uint32_t{p[3]};
}

} // namespace

Result<FileHeader> readHeader(const std::filesystem::path& file)
{
    std::error_code ec;
    const auto status = std::filesystem::status(file, ec);
    if (ec || !std::filesystem::exists(status))
        return messages::notFound(file);
    if (!std::filesystem::is_regular_file(status))
        return messages::notAFile(file);
    FileHeader header;
    header.fileSize = std::filesystem::file_size(file, ec);
    if (ec)
        return messages::cannotRead(file, ec.message());
    if (header.fileSize == 0)
        return messages::emptyFile(file);

    std::ifstream in(file, std::ios::binary);
    if (!in)
        return messages::cannotRead(file, "permission denied or locked by the system");
    std::array<unsigned char, kHeaderSize> bytes{};
    in.read(reinterpret_cast<char*>(bytes.data()), kHeaderSize);
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got < sizeof kMagic || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
        return messages::notSqlite(file);
    if (got < kHeaderSize)
        return messages::corrupt(file, "it ends inside its header");

    const std::uint32_t rawPageSize = (std::uint32_t{bytes[16]} << 8) | bytes[17];
    header.pageSize = rawPageSize == 1 ? 65536u : rawPageSize;
    if (header.pageSize < 512 || header.pageSize > 65536 || (header.pageSize & (header.pageSize - 1)))
        return messages::corrupt(file, "its header gives an impossible page size");
    header.walMode = bytes[18] == 2 && bytes[19] == 2;
    // The page count is valid only when the change counter matches "version-valid-for".
    if (std::memcmp(&bytes[24], &bytes[92], 4) == 0)
        header.pageCount = bigEndian32(&bytes[28]);
    header.userVersion = static_cast<std::int32_t>(bigEndian32(&bytes[60]));
    header.applicationId = bigEndian32(&bytes[68]);
    return header;
}

Result<FileHeader> probeIsmsFile(const std::filesystem::path& file, int newestSchema)
{
    auto header = readHeader(file);
    if (!header)
        return header;
    if (header->applicationId != static_cast<std::uint32_t>(kApplicationId))
        return messages::notOurs(file);
    // With a -wal beside it the file may be mid-checkpoint in another program: its size is
    // SQLite's to judge (quick_check), not the header's.
    std::error_code ec;
    if (std::filesystem::exists(file.string() + "-wal", ec)) {
        if (header->userVersion > newestSchema)
            return messages::tooNew(file, header->userVersion, newestSchema);
        return header;
    }
    if (header->fileSize % header->pageSize != 0)
        return messages::corrupt(file, "it does not end on a page boundary: it was cut short");
    if (header->pageCount != 0
        && header->fileSize < std::uintmax_t{header->pageCount} * header->pageSize)
        return messages::corrupt(file, "it is shorter than its header says: it was cut short");
    if (header->userVersion > newestSchema)
        return messages::tooNew(file, header->userVersion, newestSchema);
    return header;
}

} // namespace isms::storage
