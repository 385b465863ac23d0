// ismsctl assess: records a risk assessment run (clause 8.2): a dated assessments record, every
// risk's levels and the methodology in force kept with it.
#include "cli/cli_common.h"
#include "cli/verbs.h"

#include <QCoreApplication>

namespace isms::cli {

int runAssess(const QStringList& arguments)
{
    VerbParser verb(
        QStringLiteral("assess"),
        tr("Records a risk assessment run (clause 8.2): a new record in the risk assessments register, dated "
           "today, with a snapshot of every risk's inherent and residual levels and a copy of the risk "
           "methodology in force, so the run is still read with its own method after the method changes. "
           "Compare two runs with `ismsctl report FILE assessment-compare`.\n"
           "Exit codes: 0 recorded; 1 the file cannot be opened for editing, or --by names no person; "
           "2 wrong usage: --trigger missing or not planned or change."));
    verb.positional(QStringLiteral("FILE"), tr("The .isms file."));
    auto& p = verb.parser();
    p.addOption({QStringLiteral("trigger"),
                 tr("planned (the planned interval) or change (a significant change)."), QStringLiteral("TRIGGER")});
    p.addOption({QStringLiteral("note"), tr("A note kept with the run."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("title"), tr("The record's title. Default: \"Risk assessment DATE\"."),
                 QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("by"), tr("Who performed it: a person's ref (P-001) from the people register."),
                 QStringLiteral("PERSON-REF")});
    addAuthorOption(p);
    addWaitOption(p);
    if (auto stop = verb.parse(arguments, 1))
        return *stop;
    const QString trigger = p.value(QStringLiteral("trigger")).trimmed().toLower();
    if (trigger != QLatin1String("planned") && trigger != QLatin1String("change")) {
        error(tr("give --trigger planned (the planned interval) or --trigger change (a significant change).")
                  .toStdString());
        return kUsage;
    }
    const auto wait = waitFrom(p);
    if (!wait)
        return kUsage;
    const auto path = toPath(verb.positionals().at(0));
    storage::AssessmentRequest request;
    request.trigger = trigger.toStdString();
    request.note = p.value(QStringLiteral("note")).toStdString();
    request.title = p.value(QStringLiteral("title")).trimmed().toStdString();
    if (request.title.empty())
        request.title = tr("Risk assessment %1").arg(QString::fromStdString(clock().today().toIso())).toStdString();
    {
        // Every refusal is found on a read-only look first: opening for writing alone would
        // change an audit copy's bytes or upgrade an older file.
        const std::string nothing = tr("Nothing was recorded.").toStdString();
        auto peek = peekBeforeWriting(path, nothing);
        if (!peek)
            return kFailure;
        if (p.isSet(QStringLiteral("by"))) {
            const auto person = personByRef(*peek, p.value(QStringLiteral("by")).trimmed().toStdString());
            if (!person) {
                error(displayPath(path) + ": " + person.error().message + " " + nothing);
                return kFailure;
            }
            request.performedBy = person->id;
        }
    }
    auto file = openFile(path, storage::OpenMode::ReadWrite, authorFrom(p), *wait);
    if (!file)
        return kFailure;
    auto run = file->recordAssessment(request);
    if (!run)
        return fail(path, run.error());
    out(tr("Recorded %1: %2 risks with the methodology in force (%3 x %4).")
            .arg(QString::fromStdString(run->ref))
            .arg(run->riskCount)
            .arg(run->methodology.likelihood.size())
            .arg(run->methodology.impact.size())
            .toStdString()
        + "\n");
    return kOk;
}

} // namespace isms::cli
