#include "app/signing/audit_banner.h"

namespace isms::app {

namespace {

QString signerText(const storage::VerifyReport& r)
{
    const QString who = QString::fromStdString(r.signer.name).toHtmlEscaped();
    const QString fingerprint = QString::fromStdString(r.signer.fingerprint());
    if (!r.isSigned)
        return AuditBanner::tr("Not signed.");
    if (!r.signatureValid)
        return AuditBanner::tr("Its signature (claimed by %1) does not match its content.").arg(who);
    if (r.signerTrusted)
        return AuditBanner::tr("Signed by %1 (key %2), a key you trust.").arg(who, fingerprint);
    return AuditBanner::tr("Signed by %1 (key %2), a key you have <b>not</b> marked as trusted: compare "
                           "the fingerprint with its owner before you trust it.")
        .arg(who, fingerprint);
}

} // namespace

QString AuditBanner::text(const storage::VerifyReport& r)
{
    const QString head = tr("<b>Read-only \u00b7 audit copy.</b> Nothing in it can be changed.");
    if (!r.consistent())
        return head + QLatin1Char(' ')
            + tr("<b>NOT verified: it was changed after export.</b> Its content does not match its "
                 "digest or signature. Ask the sender for a fresh audit copy.");
    if ((r.sidecarFound && !r.fileMatchesSidecar) || (r.digestGiven && !r.fileMatchesGiven))
        return head + QLatin1Char(' ')
            + tr("<b>NOT verified:</b> its SHA-256 differs from the .sha256 beside it. Ask the sender "
                 "for a fresh audit copy.");
    if (r.verified() && r.signatureValid && r.signerTrusted)
        return head + QLatin1Char(' ') + tr("<b>Verified.</b>") + QLatin1Char(' ') + signerText(r);
    if (r.verified())
        return head + QLatin1Char(' ')
            + tr("<b>Verified against the .sha256 beside it</b>, which proves it only if that digest "
                 "reached you separately.")
            + QLatin1Char(' ') + signerText(r);
    return head + QLatin1Char(' ')
        + tr("<b>NOT verified:</b> only its internal consistency was checked. Ask the sender for its "
             "SHA-256 (the .sha256 file) or a copy signed with a key you trust.")
        + QLatin1Char(' ') + signerText(r);
}

QString AuditBanner::forCopy(const std::filesystem::path& copy, const std::filesystem::path& trustedKeys)
{
    storage::VerifyOptions options;
    options.trustedKeysDir = trustedKeys;
    auto report = storage::IsmsFile::verifyAuditCopy(copy, options);
    if (!report)
        return tr("<b>Read-only \u00b7 audit copy.</b> Nothing in it can be changed. <b>NOT verified:</b> %1")
            .arg(QString::fromStdString(report.error().message).toHtmlEscaped());
    return text(*report);
}

} // namespace isms::app
