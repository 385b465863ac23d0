// ismsctl approve FILE REF --by PERSON-REF --rationale TEXT [--expires DATE]: a risk owner's
// approval of a risk's treatment and acceptance of its residual risk (6.1.3 f), with a snapshot
// of the risk as approved. Everything is checked on a read-only look first, so refused input
// leaves the file exactly as it was.
#include "cli/cli_common.h"
#include "cli/verbs.h"

#include "domain/approval_status.h"

namespace isms::cli {

int runApprove(const QStringList& arguments)
{
    VerbParser verb(QStringLiteral("approve"),
                    QStringLiteral("Records that a risk owner approves the risk's treatment plan and accepts its "
                                   "residual risk (ISO/IEC 27001 6.1.3 f): who, when, why, an optional expiry, and "
                                   "a snapshot of the risk as approved (levels, treatment, treating controls and "
                                   "every other field) with its SHA-256. A later change to the levels, the "
                                   "treatment or the treating controls makes the risk \"Needs re-approval\". "
                                   "Exit codes: 0 approved, 1 refused (the message says why; nothing was "
                                   "written), 2 wrong usage."));
    verb.positional(QStringLiteral("FILE"), QStringLiteral("The .isms file (not an audit copy)."));
    verb.positional(QStringLiteral("REF"), QStringLiteral("The risk's reference, e.g. R-003."));
    auto& p = verb.parser();
    p.addOption({QStringLiteral("by"), QStringLiteral("The approving person's reference in the people register, e.g. P-002 (required)."),
                 QStringLiteral("PERSON-REF")});
    p.addOption({QStringLiteral("rationale"), QStringLiteral("Why the residual risk is acceptable (required, not blank)."),
                 QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("expires"), QStringLiteral("The last day the approval holds, YYYY-MM-DD (optional)."),
                 QStringLiteral("DATE")});
    addAuthorOption(p);
    addWaitOption(p);
    if (auto stop = verb.parse(arguments, 2))
        return *stop;
    if (!p.isSet(QStringLiteral("by")) || !p.isSet(QStringLiteral("rationale"))) {
        error("`ismsctl approve` needs --by PERSON-REF and --rationale TEXT. Run `ismsctl approve --help` for its usage.");
        return kUsage;
    }
    const auto wait = waitFrom(p);
    if (!wait)
        return kUsage;
    const auto path = toPath(verb.positionals().at(0));
    const std::string riskRef = verb.positionals().at(1).trimmed().toStdString();
    const std::string personRef = p.value(QStringLiteral("by")).trimmed().toStdString();
    const std::string rationale = p.value(QStringLiteral("rationale")).toStdString();
    std::optional<Date> expires;
    if (p.isSet(QStringLiteral("expires"))) {
        const std::string text = p.value(QStringLiteral("expires")).trimmed().toStdString();
        expires = Date::parse(text);
        if (!expires) {
            error("--expires takes a date as YYYY-MM-DD, e.g. 2027-06-30 (got '" + text + "'). Nothing was written.");
            return kUsage;
        }
    }
    const auto refused = [&](const std::string& why) {
        error(displayPath(path) + ": " + why + " Nothing was written.");
        return kFailure;
    };

    storage::ApprovalRequest request;
    request.rationale = rationale;
    request.expiresOn = expires;
    {
        auto peek = peekBeforeWriting(path, "Nothing was written.");
        if (!peek)
            return kFailure;
        const auto risk = recordByRef(*peek, peek->catalogue().get(reg::risks), riskRef);
        if (!risk)
            return refused("there is no risk '" + riskRef + "'. `ismsctl list FILE risks` lists them.");
        const auto person = personByRef(*peek, personRef);
        if (!person)
            return refused(person.error().message);
        if (const Message problem = approvalProblem(rationale, expires, clock().today()); !problem.empty())
            return refused(english(problem));
        request.riskId = risk->id;
        request.approverId = person->id;
    }
    auto file = openFile(path, storage::OpenMode::ReadWrite, authorFrom(p), *wait);
    if (!file)
        return kFailure;
    auto approved = file->approveRisk(request);
    if (!approved)
        return refused(approved.error().message);
    std::string message = "Approved " + riskRef + " by " + approved->approver + " (approval "
        + std::to_string(approved->id) + ", snapshot SHA-256 " + approved->snapshotSha256 + ")";
    if (approved->expiresOn)
        message += "; it holds until " + approved->expiresOn->toIso();
    out(message + ".");
    return kOk;
}

} // namespace isms::cli
