// Audit copies: exported with their content digest inside and the file's SHA-256 beside them;
// verified without writing a byte.

#include "storage/change_log.h"
#include "storage/content_digest.h"
#include "storage/export_staging.h"
#include "storage/file_messages.h"
#include "storage/isms_file_impl.h"
#include "storage/key_file_format.h"

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

// Meta keys of the signature (isSignatureMetaKey: outside the content digest, which they sign).
constexpr const char* kSignatureKey = "export_signature";
constexpr const char* kSignerKeyKey = "export_signer_key";
constexpr const char* kSignerNameKey = "export_signer_name";

// Marks the fresh copy, stores its content digest (and signature) and leaves it in
// rollback-journal mode. Everything the digest covers is written before it is computed.
Result<ExportReceipt> sealCopy(const std::filesystem::path& target, const Catalogue& catalogue,
                               const std::string& exportedAt, const std::string& exportedBy,
                               const SigningKey* signWith)
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
        if (auto r = setMeta(c, "export_chain_head", receipt.chainHead); !r)
            return r.error();
        auto digest = contentDigest(c, catalogue);
        if (!digest)
            return digest.error();
        receipt.contentDigest = *digest;
        if (auto r = setMeta(c, "content_digest", receipt.contentDigest); !r)
            return r.error();
        if (signWith) {
            const PublicKey& signer = signWith->publicKey();
            const std::string signature = signWith->signHex(auditSignatureMessage(receipt.contentDigest, signer));
            for (const auto& [key, value] : {std::pair<std::string, std::string>{kSignatureKey, signature},
                                             {kSignerKeyKey, signer.hex()},
                                             {kSignerNameKey, signer.name}})
                if (auto r = setMeta(c, key, value); !r)
                    return r.error();
            receipt.isSigned = true;
        }
        if (auto r = c.exec("COMMIT"); !r)
            return r.error();
    }
    auto sha = fileSha256(target);
    if (!sha)
        return sha.error();
    receipt.fileSha256 = *sha;
    return receipt;
}

std::string lowerCase(std::string text)
{
    for (char& c : text)
        if (c >= 'A' && c <= 'F')
            c = static_cast<char>(c - 'A' + 'a');
    return text;
}

// Fills the signature part of the report: valid over the content as it is now, and trusted?
Result<void> checkSignature(VerifyReport& report, const std::string& signature, const std::string& signerKey,
                            const std::string& signerName, const VerifyOptions& options)
{
    report.signer.name = signerName;
    const bool keyReadable = signerKey.size() == 64
        && keyformat::fromHex(signerKey, report.signer.bytes.data(), report.signer.bytes.size());
    report.signatureValid = keyReadable
        && verifySignatureHex(auditSignatureMessage(report.contentDigest, report.signer), signature, report.signer);
    if (!keyReadable || options.trustedKeysDir.empty())
        return {};
    auto trusted = trustedKeys(options.trustedKeysDir);
    if (!trusted)
        return trusted.error();
    for (const auto& key : *trusted)
        if (key == report.signer)
            report.signerTrusted = true;
    return {};
}

} // namespace

Result<ExportReceipt> IsmsFile::exportAuditCopy(const std::filesystem::path& target) const
{
    return exportAuditCopy(target, ExportOptions{});
}

Result<ExportReceipt> IsmsFile::exportAuditCopy(const std::filesystem::path& target, const ExportOptions& options) const
{
    std::error_code ec;
    if (std::filesystem::exists(target, ec))
        return messages::alreadyExists(target);
    if (std::filesystem::exists(sidecarOf(target), ec))
        return messages::alreadyExists(sidecarOf(target));
    // Built under a partial name and published complete, so a kill midway leaves nothing under
    // the target's name and nothing that blocks the next export (export_staging.h).
    auto staged = StagedExport::begin(target);
    if (!staged)
        return staged.error();
    if (auto copied = m_impl->saveCopyInto(staged->partialPath()); !copied)
        return copied.error();
    auto sealed = sealCopy(staged->partialPath(), *m_impl->catalogue, m_impl->clock->nowUtc(), m_impl->author,
                           options.signWith);
    if (!sealed)
        return makeError(sealed.error().code, "The audit copy \"" + target.string()
                                                  + "\" could not be completed, so none was written: "
                                                  + sealed.error().message);
    sealed->path = target;
    if (auto r = staged->publish(sidecarOf(target), sealed->fileSha256 + "  " + target.filename().string() + "\n"); !r)
        return r.error();
    return sealed;
}

Result<VerifyReport> IsmsFile::verifyAuditCopy(const std::filesystem::path& path)
{
    return verifyAuditCopy(path, VerifyOptions{});
}

Result<VerifyReport> IsmsFile::verifyAuditCopy(const std::filesystem::path& path, const VerifyOptions& options)
{
    static const SystemClock clock;
    OpenOptions openOptions;
    openOptions.mode = OpenMode::ReadOnly;
    auto impl = Impl::open(path, openOptions, clock);
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
    report.organisation = value("organisation");
    if (auto version = db.prepare("PRAGMA user_version"); version && version->step().ok())
        report.schemaVersion = static_cast<int>(version->columnInt(0));
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
    const std::string signature = value(kSignatureKey);
    const std::string signerKey = value(kSignerKeyKey);
    const std::string signerName = value(kSignerNameKey);
    report.isSigned = !signature.empty() || !signerKey.empty();
    impl->reset();
    if (report.isSigned) {
        if (auto checked = checkSignature(report, signature, signerKey, signerName, options); !checked)
            return checked.error();
    }

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
    if (!options.expectedSha256.empty()) {
        report.digestGiven = true;
        report.fileMatchesGiven = lowerCase(options.expectedSha256) == report.fileSha256;
    }
    return report;
}

} // namespace isms::storage
