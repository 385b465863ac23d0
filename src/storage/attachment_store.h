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
// Streams `size` bytes read from `fd` into a new row (zeroblob, then sqlite3_blob writes of one
// chunk at a time), hashing as it goes: memory stays at one chunk whatever the size. Fails if the
// source holds more or fewer bytes than `size` (it changed while being read).
Result<Attachment> insertAttachmentFrom(sql::Connection& db, Attachment attachment, int fd, std::int64_t size);
// Streams the content of attachment `id` to `fd`, checking it against its SHA-256 (Corrupt if not).
Result<void> copyAttachmentContent(sql::Connection& db, std::int64_t id, int fd);
Result<std::optional<Attachment>> findAttachment(sql::Connection& db, std::int64_t id);
Result<std::vector<Attachment>> attachmentsOf(sql::Connection& db, const std::string& registerKey,
                                              RecordId recordId);
Result<std::optional<std::vector<std::byte>>> readAttachmentContent(sql::Connection& db, std::int64_t id);
Result<void> deleteAttachment(sql::Connection& db, std::int64_t id);

} // namespace isms::storage
