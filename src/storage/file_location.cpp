#include "storage/file_location.h"

#include <cstdio>

#include <sys/stat.h>
#include <unistd.h>

namespace isms::storage {

std::string readOnlyUri(const std::filesystem::path& file, bool immutable)
{
    // '%', '?' and '#' would otherwise be read as URI syntax.
    std::string uri = "file:";
    for (const char c : std::filesystem::absolute(file).string()) {
        if (c == '%' || c == '?' || c == '#' || c == ' ') {
            char escaped[4];
            std::snprintf(escaped, sizeof escaped, "%%%02X", static_cast<unsigned char>(c));
            uri += escaped;
        } else {
            uri += c;
        }
    }
    uri += "?mode=ro";
    if (immutable)
        uri += "&immutable=1";
    return uri;
}

std::filesystem::path sidecar(const std::filesystem::path& file, const char* suffix)
{
    return std::filesystem::path(file.string() + suffix);
}

bool folderWritable(const std::filesystem::path& file)
{
    const auto folder = std::filesystem::absolute(file).parent_path();
    struct stat st {};
    return ::stat(folder.c_str(), &st) == 0 && (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) != 0
           && ::access(folder.c_str(), W_OK) == 0;
}

bool hasPendingWal(const std::filesystem::path& file)
{
    std::error_code ec;
    const auto size = std::filesystem::file_size(sidecar(file, "-wal"), ec);
    return !ec && size > 0;
}

} // namespace isms::storage
