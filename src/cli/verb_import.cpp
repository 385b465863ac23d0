#include "cli/cli_common.h"
#include "cli/verbs.h"
#include "content/csv_import.h"

#include <fstream>
#include <sstream>

namespace isms::cli {

namespace {

std::string refRange(const std::vector<std::string>& refs)
{
    if (refs.empty())
        return {};
    if (refs.size() <= 3) {
        std::string listed;
        for (const auto& ref : refs)
            listed += (listed.empty() ? "" : ", ") + ref;
        return listed;
    }
    return refs.front() + " to " + refs.back();
}

// "Imported 12 records into Risks and opportunities of client.isms (R-031 to R-042); updated 2
// 1 unchanged; added 3 assets (A-031 to A-033: check their type and owner); 20
// links added." then the columns left out, each with why.
std::string importSummaryText(const content::ImportSummary& s, const std::string& title, const std::string& path)
{
    const auto records = [](std::size_t n) { return std::to_string(n) + (n == 1 ? " record" : " records"); };
    std::string text;
    if (s.imported > 0 || s.updatedRefs.empty()) {
        text = "Imported " + records(static_cast<std::size_t>(s.imported)) + " into " + title + " of " + path;
        if (!s.refs.empty())
            text += " (" + refRange(s.refs) + ")";
        if (!s.updatedRefs.empty())
            text += "; updated " + std::to_string(s.updatedRefs.size()) + " (" + refRange(s.updatedRefs) + ")";
    } else {
        text = "Updated " + records(s.updatedRefs.size()) + " of " + title + " in " + path + " ("
            + refRange(s.updatedRefs) + ")";
    }
    if (s.unchanged > 0)
        text += "; " + std::to_string(s.unchanged) + " unchanged";
    if (!s.createdRefs.empty())
        text += "; added " + std::to_string(s.createdRefs.size())
            + (s.createdRefs.size() == 1 ? " asset (" : " assets (") + refRange(s.createdRefs)
            + (s.createdRefs.size() == 1 ? ": check its type and owner)" : ": check their type and owner)");
    if (s.linksAdded > 0)
        text += "; " + std::to_string(s.linksAdded) + (s.linksAdded == 1 ? " link" : " links") + " added";
    if (s.linksRemoved > 0)
        text += "; " + std::to_string(s.linksRemoved) + (s.linksRemoved == 1 ? " link" : " links") + " removed";
    text += ".";
    if (!s.leftOut.empty()) {
        text += "\nNot imported:";
        for (const auto& column : s.leftOut)
            text += "\n  " + column;
    }
    return text;
}

} // namespace

int runImport(const QStringList& arguments)
{
    VerbParser verb(QStringLiteral("import"),
                    QStringLiteral("Adds the rows of a CSV file or an XLSX workbook (its first worksheet) to a "
                                   "register: all of them or, if any row has a problem, none (every problem is "
                                   "listed with its line and column). The header names the columns by field key "
                                   "(as `ismsctl list FILE REGISTER --format csv` prints them), by label, by a "
                                   "linked register (assets, controls) or by the names other tools export (CISO "
                                   "Assistant's ref_id, name, current_proba, applied_controls, ...). Levels may "
                                   "be given by their label on the file's scale, treatments as mitigate, accept, "
                                   "transfer or avoid; a cell may name several assets or controls, separated by | "
                                   "or new lines. Rows whose ref already exists are refused unless --update is "
                                   "given. Exit codes: 0 imported, 1 refused (nothing was written; the message "
                                   "lists every problem), 2 wrong usage."));
    verb.positional(QStringLiteral("FILE"), QStringLiteral("The .isms file to add to."));
    verb.positional(QStringLiteral("REGISTER"),
                    QStringLiteral("A register key, e.g. risks (see `ismsctl registers`)."));
    verb.positional(QStringLiteral("SOURCE"), QStringLiteral("The CSV file (UTF-8, or UTF-16 with a byte order mark; "
                                                    "separated by commas, semicolons or tabs) or .xlsx workbook."));
    auto& p = verb.parser();
    p.addOption({QStringLiteral("map"),
                 QStringLiteral("A mapping file (JSON) saying which column is which field and what the "
                                "source's words mean, as the import dialog saves it: "
                                "{\"columns\": {\"Risk ID\": \"ref\", \"Comment\": \"\"}, "
                                "\"values\": {\"likelihood\": {\"Low\": \"2\"}}}. A column mapped to \"\" is left out."),
                 QStringLiteral("MAP.json")});
    p.addOption({QStringLiteral("update"),
                 QStringLiteral("Rows whose ref already exists update that record (the columns the file has, "
                                "and exactly the links it lists) instead of being refused: import the same "
                                "export again without duplicates.")});
    p.addOption({QStringLiteral("create-missing"),
                 QStringLiteral("Assets a cell names that the file lacks are added (type Information, to be "
                                "checked) instead of being refused.")});
    addAuthorOption(p);
    addWaitOption(p);
    if (auto stop = verb.parse(arguments, 3))
        return *stop;
    const auto wait = waitFrom(p);
    if (!wait)
        return kUsage;
    const auto path = toPath(verb.positionals().at(0));
    const auto csvPath = toPath(verb.positionals().at(2));

    std::ifstream in(csvPath, std::ios::binary);
    if (!in) {
        error(displayPath(csvPath) + ": cannot read this file. Check the path and that you may read it.");
        return kFailure;
    }
    std::ostringstream text;
    text << in.rdbuf();

    content::ImportOptions options;
    options.update = p.isSet(QStringLiteral("update"));
    options.createMissing = p.isSet(QStringLiteral("create-missing"));
    options.sourceName = csvPath.filename().string();
    if (p.isSet(QStringLiteral("map"))) {
        const auto mapPath = toPath(p.value(QStringLiteral("map")));
        std::ifstream mapIn(mapPath, std::ios::binary);
        if (!mapIn) {
            error(displayPath(mapPath) + ": cannot read this mapping file. Check the path and that you may "
                                         "read it. Nothing was imported.");
            return kFailure;
        }
        std::ostringstream mapText;
        mapText << mapIn.rdbuf();
        auto map = content::readImportMap(mapText.str());
        if (!map) {
            error(displayPath(mapPath) + ": " + map.error().message + " Nothing was imported.");
            return kFailure;
        }
        options.map = std::move(*map);
    }

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
        if (auto checked = content::checkCsvImport(*peek, *reg, text.str(), options); !checked)
            return refused(checked.error());
    }
    auto file = openFile(path, storage::OpenMode::ReadWrite, authorFrom(p), *wait);
    if (!file)
        return kFailure;
    const RegisterDef* reg = findRegister(*file, verb.positionals().at(1));
    if (!reg)
        return kUsage;
    auto imported = content::importCsv(*file, *reg, text.str(), options);
    if (!imported)
        return refused(imported.error());
    out(importSummaryText(*imported, reg->title, displayPath(path)));
    return kOk;
}

} // namespace isms::cli
