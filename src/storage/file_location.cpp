#include "storage/file_location.h"

#include <cstdio>

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

bool hasPendingWal(const std::filesystem::path& file)
{
    std::error_code ec;
    const auto size = std::filesystem::file_size(sidecar(file, "-wal"), ec);
    return !ec && size > 0;
}

} // namespace isms::storage
