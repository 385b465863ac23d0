#include "cli/cli_common.h"
#include "cli/verbs.h"

namespace isms::cli {

int runVerify(const QStringList& arguments)
{
    VerbParser verb(QStringLiteral("verify"),
                    QStringLiteral("Verifies an audit copy without writing to it: its SHA-256 "
                                   "against FILE.sha256, its stored content digest, and its "
                                   "change-log chain. Exit code 0 only when it is verified."));
    verb.positional(QStringLiteral("FILE"), QStringLiteral("The audit copy (.isms)."));
    if (auto stop = verb.parse(arguments, 1))
        return *stop;
    const auto path = toPath(verb.positionals().at(0));
    auto report = storage::IsmsFile::verifyAuditCopy(path);
    if (!report)
        return fail(path, report.error());
    const auto& r = *report;
    auto mark = [](bool good) { return std::string(good ? "ok" : "FAILED"); };
    std::string text = "Verifying " + displayPath(path) + "\n";
    text += "  audit copy:       " + std::string(r.isAuditCopy ? "yes" : "NO (not made by export --audit-copy)") + "\n";
    if (r.isAuditCopy)
        text += "  exported:         " + r.exportedAt + " by " + r.exportedBy + "\n";
    text += "  file SHA-256:     " + r.fileSha256 + "\n";
    text += "  sidecar .sha256:  "
        + (r.sidecarFound ? mark(r.fileMatchesSidecar) : std::string("not found (file digest not checked)"))
        + "\n";
    text += "  content digest:   " + mark(r.contentMatches) + "\n";
    text += "  change-log chain: " + mark(r.chainIntact) + "\n";
    if (r.verified()) {
        out(text + "Verified: the content is exactly what was exported.");
        return kOk;
    }
    out(text);
    error(displayPath(path) + " is NOT verified (see above): it was changed after export or is not "
          "an audit copy. Ask for a fresh audit copy.");
    return kFailure;
}

} // namespace isms::cli
