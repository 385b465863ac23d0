#include "cli/cli_common.h"
#include "cli/key_support.h"
#include "cli/verbs.h"

namespace isms::cli {

namespace {

std::string mark(bool good)
{
    return good ? "ok" : "FAILED";
}

std::string signatureLine(const storage::VerifyReport& r)
{
    if (!r.isSigned)
        return "none";
    const std::string who = "\"" + r.signer.name + "\" (fingerprint " + r.signer.fingerprint() + ")";
    if (!r.signatureValid)
        return "INVALID: claims to be by " + who + ", but the copy was changed after signing";
    return "valid, by " + who + (r.signerTrusted ? ", a key you trust" : ", a key you have NOT marked as trusted");
}

// Why a copy is not verified and what to ask for.
std::string refusal(const storage::VerifyReport& r, bool signatureRequired)
{
    if (!r.consistent())
        return "it was changed after export or is not an audit copy. Ask the sender for a fresh audit copy.";
    if ((r.sidecarFound && !r.fileMatchesSidecar) || (r.digestGiven && !r.fileMatchesGiven))
        return "its SHA-256 differs from the one it should have: the file was changed. Ask the sender "
               "for a fresh audit copy.";
    if (signatureRequired && !(r.signatureValid && r.signerTrusted))
        return "--signed asks for a valid signature by a key you trust, and it has none. Ask the "
               "sender for a copy signed with their key, and for their public key and fingerprint.";
    std::string text = "only its internal consistency was checked, and whoever edits a copy can "
                       "restore that. Ask the sender for the file SHA-256 (the .sha256 file, or read "
                       "out by phone: --digest HEX)";
    if (r.isSigned)
        text += ", or compare the signer's fingerprint with them and `ismsctl key trust` their public key";
    else
        text += ", or for a copy signed with a key you trust";
    return text + ".";
}

} // namespace

int runVerify(const QStringList& arguments)
{
    VerbParser verb(QStringLiteral("verify"),
                    QStringLiteral("Verifies an audit copy without writing to it: its stored content "
                                   "digest (which covers every record, link, attachment, log entry, "
                                   "setting and the export details), its change-log chain, and its "
                                   "proof: the file SHA-256 in FILE.sha256 or given with --digest, "
                                   "or a signature by a key you trust (`ismsctl key trust`). "
                                   "Exit code 0 only when it is verified: consistent, with a proof, "
                                   "and no digest disagreeing. A valid signature by a key you have "
                                   "not trusted is reported but proves nothing on its own (exit 1)."));
    verb.positional(QStringLiteral("FILE"), QStringLiteral("The audit copy (.isms)."));
    auto& p = verb.parser();
    p.addOption({QStringLiteral("digest"),
                 QStringLiteral("The file SHA-256 the sender gave you by another channel."),
                 QStringLiteral("HEX")});
    p.addOption({QStringLiteral("signed"),
                 QStringLiteral("Verified only with a valid signature by a key you trust.")});
    if (auto stop = verb.parse(arguments, 1))
        return *stop;
    const auto path = toPath(verb.positionals().at(0));
    storage::VerifyOptions options;
    options.trustedKeysDir = trustedKeysDir();
    if (p.isSet(QStringLiteral("digest"))) {
        options.expectedSha256 = p.value(QStringLiteral("digest")).trimmed().toStdString();
        if (options.expectedSha256.size() != 64
            || options.expectedSha256.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos) {
            error("--digest takes the file's SHA-256: 64 hexadecimal characters.");
            return kUsage;
        }
    }
    const bool signatureRequired = p.isSet(QStringLiteral("signed"));
    auto report = storage::IsmsFile::verifyAuditCopy(path, options);
    if (!report)
        return fail(path, report.error());
    const auto& r = *report;
    std::string text = "Verifying " + displayPath(path) + "\n";
    text += "  audit copy:       " + std::string(r.isAuditCopy ? "yes" : "NO (not made by export --audit-copy)") + "\n";
    if (r.isAuditCopy) {
        text += "  organisation:     " + r.organisation + "\n";
        text += "  exported:         " + r.exportedAt + " by " + r.exportedBy + "\n";
    }
    text += "  schema version:   " + std::to_string(r.schemaVersion) + "\n";
    text += "  file SHA-256:     " + r.fileSha256 + "\n";
    text += "  sidecar .sha256:  "
        + (r.sidecarFound ? mark(r.fileMatchesSidecar) : std::string("not found (file digest not checked)")) + "\n";
    if (r.digestGiven)
        text += "  given --digest:   " + mark(r.fileMatchesGiven) + "\n";
    text += "  content digest:   "
        + (r.contentMatches ? mark(true) : mark(false) + " (content now " + r.contentDigest + ")") + "\n";
    text += "  change-log chain: " + mark(r.chainIntact) + "\n";
    text += "  signature:        " + signatureLine(r) + "\n";
    if (r.verified() && (!signatureRequired || (r.signatureValid && r.signerTrusted))) {
        if (r.signatureValid && r.signerTrusted)
            out(text + "Verified: signed by a key you trust; the content is exactly what " + r.signer.name
                + " signed.");
        else if (r.digestGiven && r.fileMatchesGiven)
            out(text + "Verified: the file is exactly the one whose SHA-256 you were given.");
        else
            out(text + "Verified against the .sha256 beside it: the content is what was exported, "
                       "provided that .sha256 reached you apart from the copy (anyone who can change "
                       "both can rewrite them).");
        return kOk;
    }
    out(text);
    error(displayPath(path) + " is NOT verified: " + refusal(r, signatureRequired));
    return kFailure;
}

} // namespace isms::cli
