// Audit copies: exported with their content digest inside and the file's SHA-256 beside them;
// verified without writing a byte.

#include "storage/change_log.h"
#include "storage/content_digest.h"
#include "storage/file_messages.h"
#include "storage/isms_file_impl.h"

#include <sqlite3.h>

#include <fstream>
#include <sstream>

namespace isms::storage {

namespace {

std::filesystem::path sidecarOf(const std::filesystem::path& file)
{
    return std::filesystem::path(file.string() + ".sha256");
}

Result<void> setMeta(sql::Connection& db, const std::string& key, const std::string& value)
{
    auto s = db.cached("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!s)
        return s.error();
    (*s)->bind(1, key);
    (*s)->bind(2, value);
    return (*s)->run();
}

Result<std::string> metaValue(sql::Connection& db, const std::string& key)
{
    auto s = db.cached("SELECT value FROM meta WHERE key = ?");
    if (!s)
        return s.error();
    (*s)->bind(1, key);
    auto row = (*s)->step();
    if (!row)
        return row.error();
    return *row ? (*s)->columnText(0) : std::string();
}

// Marks the fresh copy, stores its content digest and leaves it in rollback-journal mode.
Result<ExportReceipt> sealCopy(const std::filesystem::path& target, const Catalogue& catalogue,
                               const std::string& exportedAt, const std::string& exportedBy)
{
    ExportReceipt receipt;
    receipt.path = target;
    {
        auto db = sql::Connection::open(target.string(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX);
        if (!db)
            return db.error();
        sql::Connection& c = **db;
        for (const char* pragma : {"PRAGMA journal_mode = DELETE", "PRAGMA synchronous = FULL", "BEGIN IMMEDIATE"})
            if (auto r = c.exec(pragma); !r)
                return r.error();
        for (const auto& [key, value] : {std::pair<std::string, std::string>{"audit_copy", "1"},
                                         {"exported_at", exportedAt},
                                         {"exported_by", exportedBy}})
            if (auto r = setMeta(c, key, value); !r)
                return r.error();
        auto chain = verifyChain(c);
        if (!chain)
            return chain.error();
        receipt.chainHead = chain->headHash;
        auto digest = contentDigest(c, catalogue);
        if (!digest)
            return digest.error();
        receipt.contentDigest = *digest;
        if (auto r = setMeta(c, "export_chain_head", receipt.chainHead); !r)
            return r.error();
        if (auto r = setMeta(c, "content_digest", receipt.contentDigest); !r)
            return r.error();
        if (auto r = c.exec("COMMIT"); !r)
            return r.error();
    }
    auto sha = fileSha256(target);
    if (!sha)
        return sha.error();
    receipt.fileSha256 = *sha;
    std::ofstream out(sidecarOf(target), std::ios::binary | std::ios::trunc);
    out << receipt.fileSha256 << "  " << target.filename().string() << "\n";
    out.close();
    if (!out)
        return makeError(ErrorCode::Io, "could not write " + sidecarOf(target).string());
    return receipt;
}

} // namespace

Result<ExportReceipt> IsmsFile::exportAuditCopy(const std::filesystem::path& target) const
{
    std::error_code ec;
    if (std::filesystem::exists(target, ec))
        return messages::alreadyExists(target);
    if (std::filesystem::exists(sidecarOf(target), ec))
        return messages::alreadyExists(sidecarOf(target));
    if (auto r = m_impl->saveCopy(target); !r)
        return r.error();
    auto receipt = sealCopy(target, *m_impl->catalogue, m_impl->clock->nowUtc(), m_impl->author);
    if (!receipt) {
        for (const auto& leftover : {target, sidecarOf(target), std::filesystem::path(target.string() + "-journal")})
            std::filesystem::remove(leftover, ec);
        return makeError(receipt.error().code, "The audit copy \"" + target.string()
                                                   + "\" could not be completed and was removed: "
                                                   + receipt.error().message);
    }
    return receipt;
}

Result<VerifyReport> IsmsFile::verifyAuditCopy(const std::filesystem::path& path)
{
    static const SystemClock clock;
    OpenOptions options;
    options.mode = OpenMode::ReadOnly;
    auto impl = Impl::open(path, options, clock);
    if (!impl)
        return impl.error();
    sql::Connection& db = *(*impl)->db;

    VerifyReport report;
    auto value = [&db](const char* key) {
        auto v = metaValue(db, key);
        return v ? *v : std::string();
    };
    report.isAuditCopy = value("audit_copy") == "1";
    report.exportedAt = value("exported_at");
    report.exportedBy = value("exported_by");
    auto digest = contentDigest(db, *(*impl)->catalogue);
    if (!digest)
        return digest.error();
    report.contentDigest = *digest;
    const std::string stored = value("content_digest");
    report.contentMatches = !stored.empty() && stored == *digest;
    auto chain = verifyChain(db);
    if (!chain)
        return chain.error();
    report.chainIntact = chain->intact;
    report.chainHead = chain->headHash;
    impl->reset();

    auto sha = fileSha256(path);
    if (!sha)
        return sha.error();
    report.fileSha256 = *sha;
    std::ifstream sidecar(sidecarOf(path));
    if (sidecar) {
        report.sidecarFound = true;
        std::string recorded;
        sidecar >> recorded;
        report.fileMatchesSidecar = recorded == report.fileSha256;
    }
    return report;
}

} // namespace isms::storage
