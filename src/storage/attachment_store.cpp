#include "storage/attachment_store.h"

#include "storage/sha256.h"
#include "storage/sqlite.h"

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

#include <unistd.h>

namespace isms::storage {

namespace {

constexpr const char* kSelect = "SELECT id, register, record_id, name, media_type, size, sha256, "
                                "added_at, added_by FROM attachments";

// Parameters 1 to 8 of both inserts: everything but the content, which each writes its own way.
void bindDescription(sql::Statement& st, const Attachment& a)
{
    st.bind(1, a.registerKey);
    st.bind(2, a.recordId);
    st.bind(3, a.name);
    st.bind(4, a.mediaType);
    st.bind(5, a.size);
    st.bind(6, a.sha256);
    st.bind(7, a.addedAt);
    st.bind(8, a.addedBy);
}

Attachment readAttachment(const sql::Statement& s)
{
    Attachment a;
    a.id = s.columnInt(0);
    a.registerKey = s.columnText(1);
    a.recordId = s.columnInt(2);
    a.name = s.columnText(3);
    a.mediaType = s.columnText(4);
    a.size = s.columnInt(5);
    a.sha256 = s.columnText(6);
    a.addedAt = s.columnText(7);
    a.addedBy = s.columnText(8);
    return a;
}

constexpr std::size_t kChunk = 1 << 20;

struct BlobCloser {
    void operator()(sqlite3_blob* b) const { sqlite3_blob_close(b); }
};
using Blob = std::unique_ptr<sqlite3_blob, BlobCloser>;

Result<Blob> openContent(sql::Connection& db, std::int64_t id, bool forWriting)
{
    sqlite3_blob* blob = nullptr;
    if (sqlite3_blob_open(db.handle(), "main", "attachments", "content", id, forWriting ? 1 : 0, &blob) != SQLITE_OK) {
        Blob owned(blob);
        return makeError(ErrorCode::Io, std::string("The evidence content could not be opened: ")
                                            + sqlite3_errmsg(db.handle()));
    }
    return Blob(blob);
}

Error blobError(sql::Connection& db, const char* what)
{
    return makeError(ErrorCode::Io, std::string(what) + ": " + sqlite3_errmsg(db.handle()));
}

// read(2) until `size` bytes or the end of the source.
ssize_t readFully(int fd, std::byte* into, std::size_t size)
{
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n = ::read(fd, into + done, size - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        done += static_cast<std::size_t>(n);
    }
    return static_cast<ssize_t>(done);
}

// Reads `size` bytes of `fd` from its start in chunks, handing each to `use`; fails if the source
// holds more or fewer bytes (it changed while being read).
Result<void> eachChunk(int fd, std::int64_t size, const std::function<Result<void>(const std::byte*, std::size_t, std::int64_t)>& use)
{
    if (::lseek(fd, 0, SEEK_SET) != 0)
        return makeError(ErrorCode::Io, std::string("The evidence file could not be read: ") + std::strerror(errno));
    std::vector<std::byte> chunk(kChunk);
    for (std::int64_t offset = 0; offset < size;) {
        const auto want = static_cast<std::size_t>(std::min<std::int64_t>(kChunk, size - offset));
        const ssize_t got = readFully(fd, chunk.data(), want);
        if (got < 0)
            return makeError(ErrorCode::Io, std::string("The evidence file could not be read: ") + std::strerror(errno));
        if (static_cast<std::size_t>(got) < want)
            return makeError(ErrorCode::Conflict, "The evidence file became shorter while it was being attached; "
                                                  "nothing was attached. Attach it again once it is complete.");
        if (auto r = use(chunk.data(), want, offset); !r)
            return r;
        offset += static_cast<std::int64_t>(want);
    }
    std::byte extra;
    if (readFully(fd, &extra, 1) != 0)
        return makeError(ErrorCode::Conflict, "The evidence file grew while it was being attached; nothing was "
                                              "attached. Attach it again once it is complete.");
    return {};
}

} // namespace

Result<Attachment> insertAttachmentFrom(sql::Connection& db, Attachment a, int fd, std::int64_t size)
{
    // Hashed first, so the row is written once: updating it afterwards would read and rewrite
    // the whole BLOB in memory. The second pass hashes again to prove the source did not change.
    Sha256 first;
    if (auto r = eachChunk(fd, size, [&](const std::byte* data, std::size_t n, std::int64_t) -> Result<void> {
            first.add(data, n);
            return {};
        }); !r)
        return r.error();
    a.size = size;
    a.sha256 = first.finishHex();
    auto s = db.cached("INSERT INTO attachments (register, record_id, name, media_type, size, sha256, "
                       "added_at, added_by, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, zeroblob(?))");
    if (!s)
        return s.error();
    auto& st = **s;
    bindDescription(st, a);
    st.bind(9, a.size);
    if (auto r = st.run(); !r)
        return r.error();
    a.id = db.lastInsertRowid();

    auto blob = openContent(db, a.id, true);
    if (!blob)
        return blob.error();
    Sha256 second;
    if (auto r = eachChunk(fd, size, [&](const std::byte* data, std::size_t n, std::int64_t offset) -> Result<void> {
            second.add(data, n);
            if (sqlite3_blob_write(blob->get(), data, static_cast<int>(n), static_cast<int>(offset)) != SQLITE_OK)
                return blobError(db, "The evidence could not be written into the file");
            return {};
        }); !r)
        return r.error();
    if (second.finishHex() != a.sha256)
        return makeError(ErrorCode::Conflict, "The evidence file changed while it was being attached; nothing was "
                                              "attached. Attach it again once it is complete.");
    return a;
}

Result<void> copyAttachmentContent(sql::Connection& db, std::int64_t id, int fd)
{
    auto found = findAttachment(db, id);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, "The attachment " + std::to_string(id) + " does not exist.");
    auto blob = openContent(db, id, false);
    if (!blob)
        return blob.error();
    const int size = sqlite3_blob_bytes(blob->get());
    Sha256 hash;
    std::vector<std::byte> chunk(kChunk);
    for (int offset = 0; offset < size;) {
        const int n = std::min<int>(static_cast<int>(kChunk), size - offset);
        if (sqlite3_blob_read(blob->get(), chunk.data(), n, offset) != SQLITE_OK)
            return blobError(db, "The evidence could not be read from the file");
        hash.add(chunk.data(), static_cast<std::size_t>(n));
        for (int written = 0; written < n;) {
            const ssize_t w = ::write(fd, chunk.data() + written, static_cast<std::size_t>(n - written));
            if (w < 0 && errno == EINTR)
                continue;
            if (w < 0)
                return makeError(ErrorCode::Io, std::string("The evidence could not be written out: ") + std::strerror(errno)
                                                    + ". Free some disk space and try again.");
            written += static_cast<int>(w);
        }
        offset += n;
    }
    if (hash.finishHex() != (*found)->sha256)
        return makeError(ErrorCode::Corrupt, "The content of \"" + (*found)->name + "\" no longer matches its SHA-256: "
                                             "the evidence has been changed inside the file. Run `ismsctl check`.");
    return {};
}

Result<Attachment> insertAttachment(sql::Connection& db, Attachment a, const std::vector<std::byte>& content)
{
    a.size = static_cast<std::int64_t>(content.size());
    a.sha256 = sha256Hex(content.data(), content.size());
    auto s = db.cached("INSERT INTO attachments (register, record_id, name, media_type, size, sha256, "
                       "added_at, added_by, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!s)
        return s.error();
    auto& st = **s;
    bindDescription(st, a);
    st.bindBlob(9, content.data(), content.size());
    if (auto r = st.run(); !r)
        return r.error();
    a.id = db.lastInsertRowid();
    return a;
}

Result<std::optional<Attachment>> findAttachment(sql::Connection& db, std::int64_t id)
{
    auto s = db.cached(std::string(kSelect) + " WHERE id = ?");
    if (!s)
        return s.error();
    (*s)->bind(1, id);
    auto row = (*s)->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Attachment>();
    return std::optional<Attachment>(readAttachment(**s));
}

Result<std::vector<Attachment>> attachmentsOf(sql::Connection& db, const std::string& registerKey,
                                              RecordId recordId)
{
    auto s = db.cached(std::string(kSelect) + " WHERE register = ? AND record_id = ? ORDER BY id");
    if (!s)
        return s.error();
    (*s)->bind(1, registerKey);
    (*s)->bind(2, recordId);
    std::vector<Attachment> list;
    if (auto r = (*s)->eachRow([&](sql::Statement& st) { list.push_back(readAttachment(st)); }); !r)
        return r.error();
    return list;
}

Result<std::optional<std::vector<std::byte>>> readAttachmentContent(sql::Connection& db, std::int64_t id)
{
    auto s = db.cached("SELECT content FROM attachments WHERE id = ?");
    if (!s)
        return s.error();
    (*s)->bind(1, id);
    auto row = (*s)->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<std::vector<std::byte>>();
    return std::optional<std::vector<std::byte>>((*s)->columnBlob(0));
}

Result<void> deleteAttachment(sql::Connection& db, std::int64_t id)
{
    auto s = db.cached("DELETE FROM attachments WHERE id = ?");
    if (!s)
        return s.error();
    (*s)->bind(1, id);
    return (*s)->run();
}

} // namespace isms::storage
