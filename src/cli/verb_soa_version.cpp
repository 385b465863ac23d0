// ismsctl soa-version: approves the Statement of Applicability as it stands as the next numbered
// version (clause 6.1.3 d).
#include "cli/cli_common.h"
#include "cli/verbs.h"

#include <QCoreApplication>

namespace isms::cli {

int runSoaVersion(const QStringList& arguments)
{
    VerbParser verb(
        QStringLiteral("soa-version"),
        tr("Approves the Statement of Applicability as it stands: freezes the next numbered version with "
           "every control's decision, reasons, justification, implementation status and owner, who approved "
           "it, when, and a note. A version approved while controls are still undecided is kept but marked "
           "incomplete. Compare two versions with `ismsctl report FILE soa-diff`.\n"
           "Exit codes: 0 approved (also when incomplete); 1 the file cannot be opened for editing, or "
           "--approved-by names no person; 2 wrong usage: --approved-by missing."));
    verb.positional(QStringLiteral("FILE"), tr("The .isms file."));
    auto& p = verb.parser();
    p.addOption({QStringLiteral("approved-by"), tr("Who approves: a person's ref (P-001) from the people register."),
                 QStringLiteral("PERSON-REF")});
    p.addOption({QStringLiteral("note"), tr("A note kept with the version."), QStringLiteral("TEXT")});
    addAuthorOption(p);
    addWaitOption(p);
    if (auto stop = verb.parse(arguments, 1))
        return *stop;
    const QString ref = p.value(QStringLiteral("approved-by")).trimmed();
    if (ref.isEmpty()) {
        error(tr("give --approved-by PERSON-REF: the person of the people register who approves the SoA.")
                  .toStdString());
        return kUsage;
    }
    const auto wait = waitFrom(p);
    if (!wait)
        return kUsage;
    const auto path = toPath(verb.positionals().at(0));
    RecordId approver = 0;
    {
        // Looked up before the file is opened for writing, which alone would upgrade an older
        // file: a refusal leaves it as it was.
        const std::string nothing = tr("Nothing was approved.").toStdString();
        auto peek = peekBeforeWriting(path, nothing);
        if (!peek)
            return kFailure;
        const auto person = personByRef(*peek, ref.toStdString());
        if (!person) {
            error(displayPath(path) + ": " + person.error().message + " " + nothing);
            return kFailure;
        }
        approver = person->id;
    }
    auto file = openFile(path, storage::OpenMode::ReadWrite, authorFrom(p), *wait);
    if (!file)
        return kFailure;
    auto version = file->approveSoaVersion({approver, p.value(QStringLiteral("note")).toStdString()});
    if (!version)
        return fail(path, version.error());
    QString text = tr("Approved SoA version %1 (%2 controls) by %3.")
                       .arg(version->number)
                       .arg(version->controlCount)
                       .arg(QString::fromStdString(version->approvedByName));
    if (version->incomplete())
        text += QLatin1Char(' ')
            + tr("It is marked incomplete: %1 controls are still undecided.").arg(version->undecided);
    out(text.toStdString() + "\n");
    return kOk;
}

} // namespace isms::cli
