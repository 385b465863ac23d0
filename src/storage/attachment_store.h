#pragma once
// Evidence files kept inside the .isms file, with their SHA-256, size, name and media type.

#include "storage/isms_file.h"

#include <optional>

namespace isms::storage {

namespace sql {
class Connection;
}

// Stores `content`; fills attachment.id, size and sha256.
Result<Attachment> insertAttachment(sql::Connection& db, Attachment attachment,
                                    const std::vector<std::byte>& content);
Result<std::optional<Attachment>> findAttachment(sql::Connection& db, std::int64_t id);
Result<std::vector<Attachment>> attachmentsOf(sql::Connection& db, const std::string& registerKey,
                                              RecordId recordId);
Result<std::optional<std::vector<std::byte>>> readAttachmentContent(sql::Connection& db, std::int64_t id);
Result<void> deleteAttachment(sql::Connection& db, std::int64_t id);

} // namespace isms::storage
