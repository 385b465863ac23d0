#include "cli/cli_common.h"
#include "cli/record_counts.h"
#include "cli/verbs.h"

namespace isms::cli {

int runInfo(const QStringList& arguments)
{
    VerbParser verb(QStringLiteral("info"),
                    QStringLiteral("Shows a file's organisation, schema version, last change, "
                                   "risk methodology and record counts. Opens the file read-only."));
    verb.positional(QStringLiteral("FILE"), QStringLiteral("The .isms file."));
    if (auto stop = verb.parse(arguments, 1))
        return *stop;
    const auto path = toPath(verb.positionals().at(0));
    auto file = openFile(path, storage::OpenMode::ReadOnly);
    if (!file)
        return kFailure;

    const auto info = file->info();
    std::string text = "File:          " + displayPath(path) + "\n"
        + "Organisation:  " + info.organisation + "\n"
        + "Schema:        " + std::to_string(info.schemaVersion) + "\n"
        + "Audit copy:    " + (info.auditCopy ? "yes" : "no") + "\n"
        + "Created:       " + info.createdAt + "\n"
        + "Last change:   " + (info.lastChangeAt.empty() ? std::string("none")
                                                          : info.lastChangeAt + " by " + info.lastChangeBy)
        + "\n";
    auto methodology = file->methodology();
    if (!methodology)
        return fail(path, methodology.error());
    text += "Methodology:   " + std::to_string(methodology->likelihood.size()) + " likelihood x "
        + std::to_string(methodology->impact.size()) + " impact levels; residual scores above "
        + std::to_string(methodology->acceptableMaxScore) + " need acceptance\n";
    auto counts = recordCounts(*file);
    if (!counts)
        return fail(path, counts.error());
    out(text + "Records:\n" + *counts);
    return kOk;
}

} // namespace isms::cli
