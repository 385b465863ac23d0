#include "storage/content_digest.h"

#include "storage/schema.h"
#include "storage/sha256.h"
#include "storage/sqlite.h"

#include <sqlite3.h>

#include <cstdio>
#include <fstream>
#include <functional>

namespace isms::storage {

namespace {

// Each part is tagged and length-prefixed, so no two different dumps hash the same bytes.
void addPart(Sha256& hash, char tag, std::string_view bytes)
{
    const std::string prefix = std::string(1, tag) + std::to_string(bytes.size()) + ":";
    hash.add(prefix);
    hash.add(bytes);
}

// Hashes the table tag, then every row the statement yields (those `keep` accepts), each value
// tagged by its storage class so 1, 1.0, '1' and x'31' differ.
Result<void> addRows(Sha256& hash, sql::Statement& s, std::string_view tag,
                     const std::function<bool(sql::Statement&)>& keep)
{
    addPart(hash, 'T', tag);
    for (;;) {
        auto row = s.step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        if (keep && !keep(s))
            continue;
        hash.add("R");
        for (int c = 0; c < s.columnCount(); ++c) {
            switch (s.columnType(c)) {
            case SQLITE_NULL:
                hash.add("N");
                break;
            case SQLITE_INTEGER:
                addPart(hash, 'I', std::to_string(s.columnInt(c)));
                break;
            case SQLITE_FLOAT: {
                char buffer[40];
                std::snprintf(buffer, sizeof buffer, "%.17g", s.columnReal(c));
                addPart(hash, 'F', buffer);
                break;
            }
            case SQLITE_TEXT:
                addPart(hash, 'S', s.columnTextView(c));
                break;
            default:
                addPart(hash, 'B', s.columnBlobView(c));
                break;
            }
        }
    }
}

} // namespace

bool isSignatureMetaKey(std::string_view key)
{
    return key.starts_with("export_signature") || key.starts_with("export_signer");
}

Result<std::string> contentDigest(sql::Connection& db, const Catalogue& catalogue)
{
    Sha256 hash;
    addPart(hash, 'V', "isms-content-digest/2");
    for (const char* pragma : {"PRAGMA application_id", "PRAGMA user_version"}) {
        auto s = db.prepare(pragma);
        if (!s)
            return s.error();
        if (auto r = addRows(hash, *s, pragma, {}); !r)
            return r.error();
    }
    {
        auto s = db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name");
        if (!s)
            return s.error();
        if (auto r = addRows(hash, *s, "sqlite_master", {}); !r)
            return r.error();
    }
    {
        auto s = db.prepare("SELECT key, value FROM meta WHERE key <> 'content_digest' ORDER BY key");
        if (!s)
            return s.error();
        if (auto r = addRows(hash, *s, "meta", [](sql::Statement& row) {
                return !isSignatureMetaKey(row.columnTextView(0));
            });
            !r)
            return r.error();
    }
    int schemaVersion = 0;
    {
        auto s = db.prepare("PRAGMA user_version");
        if (!s)
            return s.error();
        if (auto row = s->step(); row && *row)
            schemaVersion = static_cast<int>(s->columnInt(0));
    }
    for (const auto& table : digestTables(catalogue)) {
        // An audit copy of an older schema was digested without the tables it did not have.
        if (table.sinceSchema > schemaVersion)
            continue;
        auto s = db.prepare("SELECT * FROM " + table.table + " ORDER BY " + table.orderBy);
        if (!s)
            return s.error();
        if (auto r = addRows(hash, *s, table.table, {}); !r)
            return r.error();
    }
    return hash.finishHex();
}

Result<std::string> fileSha256(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return makeError(ErrorCode::Io, "\"" + file.string() + "\" cannot be read.");
    Sha256 hash;
    std::string buffer(1 << 16, '\0');
    while (in) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        hash.add(buffer.data(), static_cast<std::size_t>(in.gcount()));
    }
    if (in.bad())
        return makeError(ErrorCode::Io, "\"" + file.string() + "\" could not be read to the end.");
    return hash.finishHex();
}

} // namespace isms::storage
