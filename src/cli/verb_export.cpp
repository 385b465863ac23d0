#include "cli/cli_common.h"
#include "cli/key_support.h"
#include "cli/verbs.h"

#include "storage/signing_key.h"

namespace isms::cli {

namespace {

// The user's key, loaded with its passphrase when it has one; nullopt after printing why not.
std::optional<storage::SigningKey> loadKey(const QCommandLineParser& p)
{
    auto info = storage::readSigningKeyInfo(signingKeyDir());
    if (!info) {
        fail(signingKeyDir(), info.error());
        return std::nullopt;
    }
    std::string passphrase;
    if (info->passphraseProtected) {
        auto given = passphraseFrom(p, "Passphrase of your signing key: ", false);
        if (!given) {
            fail(signingKeyDir(), given.error());
            return std::nullopt;
        }
        if (!*given) {
            error("your signing key is protected by a passphrase: give it with --passphrase-file FILE "
                  "or ISMS_KEY_PASSPHRASE, or run on a terminal to be asked.");
            return std::nullopt;
        }
        passphrase = **given;
    }
    auto key = storage::loadSigningKey(signingKeyDir(), passphrase);
    if (!key) {
        fail(signingKeyDir(), key.error());
        return std::nullopt;
    }
    return std::move(*key);
}

} // namespace

int runExport(const QStringList& arguments)
{
    VerbParser verb(QStringLiteral("export"),
                    QStringLiteral("Writes a consistent copy of FILE to OUT. With --audit-copy the "
                                   "copy is marked as an audit copy (it opens read-only), records "
                                   "who exported it (--author), carries a digest of its content and "
                                   "gets OUT.sha256 beside it, so `ismsctl verify OUT` can prove it "
                                   "was not changed. --sign also signs it with your key (`ismsctl "
                                   "key create`)."));
    verb.positional(QStringLiteral("FILE"), QStringLiteral("The .isms file to copy."));
    verb.positional(QStringLiteral("OUT"), QStringLiteral("Where to write the copy (must not exist)."));
    auto& p = verb.parser();
    p.addOption({QStringLiteral("audit-copy"), QStringLiteral("Make a verifiable audit copy.")});
    p.addOption({QStringLiteral("sign"), QStringLiteral("Sign the audit copy with your signing key.")});
    addAuthorOption(p);
    addPassphraseOption(p);
    if (auto stop = verb.parse(arguments, 2))
        return *stop;
    const bool audit = p.isSet(QStringLiteral("audit-copy"));
    if (p.isSet(QStringLiteral("sign")) && !audit) {
        error("--sign signs audit copies only: add --audit-copy.");
        return kUsage;
    }
    const auto path = toPath(verb.positionals().at(0));
    const auto target = toPath(verb.positionals().at(1));
    std::optional<storage::SigningKey> key;
    if (p.isSet(QStringLiteral("sign")) && !(key = loadKey(p)))
        return kFailure;
    auto file = openFile(path, storage::OpenMode::ReadOnly, authorFrom(p));
    if (!file)
        return kFailure;

    if (!audit) {
        if (auto copied = file->saveCopy(target); !copied)
            return fail(target, copied.error());
        out("Copied " + displayPath(path) + " to " + displayPath(target) + ".");
        return kOk;
    }
    storage::ExportOptions options;
    options.signWith = key ? &*key : nullptr;
    auto receipt = file->exportAuditCopy(target, options);
    if (!receipt)
        return fail(target, receipt.error());
    std::string text = "Audit copy written: " + displayPath(receipt->path) + "\n"
        + "  exported by:     " + authorFrom(p) + "\n"
        + "  file SHA-256:    " + receipt->fileSha256 + " (also in " + displayPath(receipt->path) + ".sha256)\n"
        + "  content digest:  " + receipt->contentDigest + "\n"
        + "  change-log head: " + receipt->chainHead + "\n";
    if (key)
        text += "  signed by:       " + key->publicKey().name + " (fingerprint " + key->publicKey().fingerprint()
            + ")\n";
    out(text + "Give the auditor the copy and its .sha256 (or read them the file SHA-256 by another "
               "channel); `ismsctl verify " + displayPath(receipt->path) + "` checks them.");
    return kOk;
}

} // namespace isms::cli
