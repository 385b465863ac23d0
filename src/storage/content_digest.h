#pragma once
// The content digest of an audit copy: SHA-256 over a canonical dump of every record, link,
// attachment, methodology row, snapshot and change-log entry, table by table in a fixed order.
// The file metadata (where the digest itself is stored) is not part of it.

#include "domain/catalogue.h"
#include "domain/result.h"

#include <filesystem>
#include <string>

namespace isms::storage {

namespace sql {
class Connection;
}

Result<std::string> contentDigest(sql::Connection& db, const Catalogue& catalogue);
// SHA-256 of a file's bytes.
Result<std::string> fileSha256(const std::filesystem::path& file);

} // namespace isms::storage
