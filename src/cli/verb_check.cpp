#include "cli/cli_common.h"
#include "cli/readiness_summary.h"
#include "cli/record_counts.h"
#include "cli/verbs.h"

namespace isms::cli {

int runCheck(const QStringList& arguments)
{
    VerbParser verb(QStringLiteral("check"),
                    QStringLiteral("Checks a file's database integrity, its schema against the "
                                   "one its version defines, the change-log hash chain, that "
                                   "every record, link, attachment, methodology and file setting "
                                   "is exactly what its history says, that attachments match "
                                   "their SHA-256 and that every value fits its register, then prints what it holds and how "
                                   "ready it is for audit (checklist, mandatory documented "
                                   "information, SoA, risks, overdue items). Opens the file "
                                   "read-only. Exit code 0 only when the file is healthy; "
                                   "readiness gaps do not change it."));
    verb.positional(QStringLiteral("FILE"), QStringLiteral("The .isms file."));
    if (auto stop = verb.parse(arguments, 1))
        return *stop;
    const auto path = toPath(verb.positionals().at(0));
    auto file = openFile(path, storage::OpenMode::ReadOnly);
    if (!file)
        return kFailure;

    auto health = file->check();
    if (!health)
        return fail(path, health.error());
    const auto& h = *health;
    std::string text = "Checked " + displayPath(path) + "\n";
    text += std::string("  integrity:   ") + (h.integrityOk ? "ok" : "DAMAGED") + "\n";
    for (const auto& message : h.integrityMessages)
        text += "    " + message + "\n";
    text += "  schema:      " + std::to_string(h.schemaVersion)
        + (h.schemaVersion == storage::kSchemaVersion ? " (current)"
                                                      : " (this program writes "
                                                            + std::to_string(storage::kSchemaVersion) + ")")
        + "\n";
    text += "  change log:  " + std::to_string(h.chain.entries) + " entries, chain "
        + (h.chain.intact ? "intact" : "BROKEN at entry " + std::to_string(h.chain.firstBrokenSeq.value_or(0)))
        + "\n";
    if (h.problemCount == 0) {
        text += "  content:     matches its history, schema and register descriptions\n";
    } else {
        text += "  content:     " + std::to_string(h.problemCount) + (h.problemCount == 1 ? " problem" : " problems")
            + " (content that differs from its history, schema or register descriptions):\n";
        for (const auto& problem : h.problems)
            text += "    - " + problem + "\n";
        if (h.problemCount > h.problems.size())
            text += "    ... and " + std::to_string(h.problemCount - h.problems.size()) + " more\n";
    }
    auto counts = recordCounts(*file);
    if (!counts)
        return fail(path, counts.error());
    text += "Records:\n" + *counts;
    if (h.healthy()) {
        // The rules read the whole file, which only makes sense once it is known to be sound.
        auto readiness = readinessSummary(*file);
        if (!readiness)
            return fail(path, readiness.error());
        text += *readiness;
        out(text + "Healthy.");
        return kOk;
    }
    out(text);
    error(displayPath(path) + " is not healthy (see above). Keep a copy of it and restore the last "
          "good backup or audit copy; do not keep editing it.");
    return kFailure;
}

} // namespace isms::cli
