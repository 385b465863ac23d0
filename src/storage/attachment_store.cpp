#include "storage/attachment_store.h"

#include "storage/sha256.h"
#include "storage/sqlite.h"

namespace isms::storage {

namespace {

constexpr const char* kSelect = "SELECT id, register, record_id, name, media_type, size, sha256, "
                                "added_at, added_by FROM attachments";

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

} // namespace

Result<Attachment> insertAttachment(sql::Connection& db, Attachment a, const std::vector<std::byte>& content)
{
    a.size = static_cast<std::int64_t>(content.size());
    a.sha256 = sha256Hex(content.data(), content.size());
    auto s = db.cached("INSERT INTO attachments (register, record_id, name, media_type, size, sha256, "
                       "added_at, added_by, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!s)
        return s.error();
    auto& st = **s;
    st.bind(1, a.registerKey);
    st.bind(2, a.recordId);
    st.bind(3, a.name);
    st.bind(4, a.mediaType);
    st.bind(5, a.size);
    st.bind(6, a.sha256);
    st.bind(7, a.addedAt);
    st.bind(8, a.addedBy);
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
