#include "cli/cli_common.h"
#include "cli/verbs.h"
#include "content/csv_import.h"

#include <fstream>
#include <sstream>

namespace isms::cli {

int runImport(const QStringList& arguments)
{
    VerbParser verb(QStringLiteral("import"),
                    QStringLiteral("Adds the rows of a CSV file to a register: all of them or, if "
                                   "any row has a problem, none (every problem is listed with its "
                                   "line and column). The header names the columns by field key, "
                                   "as `ismsctl list FILE REGISTER --format csv` prints them. Rows "
                                   "whose ref already exists are refused: import only adds."));
    verb.positional(QStringLiteral("FILE"), QStringLiteral("The .isms file to add to."));
    verb.positional(QStringLiteral("REGISTER"),
                    QStringLiteral("A register key, e.g. risks (see `ismsctl registers`)."));
    verb.positional(QStringLiteral("CSV"), QStringLiteral("The CSV file: UTF-8 (or UTF-16 with a byte order "
                                                 "mark), separated by commas, semicolons or tabs."));
    addAuthorOption(verb.parser());
    addWaitOption(verb.parser());
    if (auto stop = verb.parse(arguments, 3))
        return *stop;
    const auto wait = waitFrom(verb.parser());
    if (!wait)
        return kUsage;
    const auto path = toPath(verb.positionals().at(0));
    const auto csvPath = toPath(verb.positionals().at(2));

    std::ifstream in(csvPath, std::ios::binary);
    if (!in) {
        error(displayPath(csvPath) + ": cannot read this CSV file. Check the path and that you "
                                     "may read it.");
        return kFailure;
    }
    std::ostringstream text;
    text << in.rdbuf();

    const auto refused = [&](const Error& problem) {
        error(displayPath(csvPath) + ": " + problem.message + "\n" + displayPath(path)
              + " was not changed.");
        return kFailure;
    };
    {
        // Look before opening for writing, which alone would change the bytes of an audit copy
        // or of a file in rollback-journal mode: refused input must leave the file as it was.
        auto peek = openFile(path, storage::OpenMode::ReadOnly);
        if (!peek)
            return kFailure;
        if (peek->info().auditCopy) {
            error(displayPath(path) + " is an audit copy and must stay exactly as it was exported; "
                                      "nothing was imported. Import into the working file instead.");
            return kFailure;
        }
        const RegisterDef* reg = findRegister(*peek, verb.positionals().at(1));
        if (!reg)
            return kUsage;
        if (auto checked = content::checkCsvImport(*peek, *reg, text.str()); !checked)
            return refused(checked.error());
    }
    auto file = openFile(path, storage::OpenMode::ReadWrite, authorFrom(verb.parser()), *wait);
    if (!file)
        return kFailure;
    const RegisterDef* reg = findRegister(*file, verb.positionals().at(1));
    if (!reg)
        return kUsage;
    auto imported = content::importCsv(*file, *reg, text.str());
    if (!imported)
        return refused(imported.error());
    std::string message = "Imported " + std::to_string(imported->imported) + " records into "
        + reg->title + " of " + displayPath(path);
    if (!imported->refs.empty())
        message += " (" + imported->refs.front()
            + (imported->refs.size() > 1 ? " to " + imported->refs.back() : std::string()) + ")";
    out(message + ".");
    return kOk;
}

} // namespace isms::cli
