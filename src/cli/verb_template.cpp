// ismsctl template: a consultant's client templates, made from a client's file and kept in the
// application's templates folder (`ismsctl new --from-template` uses them).
#include "cli/cli_common.h"
#include "cli/data_location.h"
#include "cli/verbs.h"

#include "content/client_template.h"

namespace isms::cli {

namespace {

std::string plural(std::int64_t n, const std::string& one, const std::string& many)
{
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string describe(const content::CopiedCounts& counts)
{
    return plural(counts.count(reg::controls), "control", "controls") + " with their decisions, "
        + plural(counts.count(reg::documents), "document", "documents") + ", "
        + plural(counts.count(reg::roles), "role", "roles") + ", "
        + plural(counts.count(reg::risks), "risk", "risks") + ", "
        + plural(counts.count(reg::objectives), "objective", "objectives") + ", "
        + plural(counts.count(reg::metrics), "metric", "metrics") + ", "
        + plural(counts.count(reg::competences), "competence", "competences") + ", "
        + plural(counts.count(reg::communications), "communication", "communications") + " and "
        + plural(counts.links, "link", "links");
}

int save(const QCommandLineParser& p, const QString& file, const QString& templateArgument)
{
    const auto source = toPath(file);
    const auto target = templatePathFor(toPath(templateArgument));
    if (!content::hasTemplateSuffix(target)) {
        error(displayPath(target) + ": a template's name must end in .isms-template.");
        return kUsage;
    }
    // Only read: a read-only file or an audit copy makes a template too.
    auto opened = openFile(source, storage::OpenMode::ReadOnly);
    if (!opened)
        return kFailure;
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::absolute(target).parent_path(), ec);
    if (ec)
        return fail(target, makeError(ErrorCode::Io, "its folder cannot be created (" + ec.message()
                                                         + "). Choose a folder you may write to."));
    content::SaveTemplateOptions options;
    options.name = p.value(QStringLiteral("name")).trimmed().toStdString();
    options.author = authorFrom(p);
    auto saved = content::saveAsTemplate(*opened, target, options, clock());
    if (!saved)
        return fail(target, saved.error());
    out("Template saved: " + displayPath(target) + "\nIt holds the risk methodology, "
        + describe(*saved)
        + ".\nPeople, owners, dates, history, evidence, audits, reviews and improvement records "
          "were left out.\nMake a client file from it with `ismsctl new --from-template \""
        + templateArgument.toStdString() + "\" --org NAME FILE`.");
    return kOk;
}

int list()
{
    const auto folder = templatesDir();
    const auto found = content::templatesIn(folder);
    if (found.empty()) {
        out("No templates in " + displayPath(folder)
            + " yet. Save one with `ismsctl template save FILE NAME`.");
        return kOk;
    }
    std::string text = "Templates (" + displayPath(folder) + "):\n";
    bool allReadable = true;
    for (const auto& path : found) {
        auto summary = content::readTemplateSummary(path, clock());
        if (!summary) {
            allReadable = false;
            text += "  " + path.filename().string() + "  cannot be used: " + summary.error().message + "\n";
            continue;
        }
        text += "  " + path.filename().string() + "  \"" + summary->name + "\", saved "
            + summary->savedAt.substr(0, 10) + ": " + std::to_string(summary->levels) + "x"
            + std::to_string(summary->impactLevels) + " methodology, "
            + std::to_string(summary->decidedControls) + " controls decided, "
            + plural(summary->count(reg::documents), "document", "documents") + ", "
            + plural(summary->count(reg::roles), "role", "roles") + ", "
            + plural(summary->count(reg::risks), "risk", "risks") + "\n";
    }
    out(text);
    return allReadable ? kOk : kFailure;
}

} // namespace

int runTemplate(const QStringList& arguments)
{
    VerbParser verb(QStringLiteral("template"),
                    QStringLiteral(
                        "Client templates: what one client's file knows that the next can start from.\n"
                        "  template save FILE TEMPLATE [--name NAME]  save FILE as a template\n"
                        "  template list                              the templates in the templates folder\n"
                        "A template keeps the risk methodology, the SoA decisions and justifications, "
                        "documents (titles and types), roles, typical risks, objectives, metrics, "
                        "competences and communications; it leaves out people, owners, dates, history, "
                        "evidence and audit, review and improvement records. TEMPLATE is a name in the "
                        "templates folder (<data>/ISMS Desk/ISMS Desk/templates) or a path; "
                        ".isms-template is added. FILE is only read (an audit copy works too).\n"
                        "Exit codes: 0 done, 1 failed (or a template in the folder cannot be used), "
                        "2 wrong usage."));
    verb.positional(QStringLiteral("ACTION"), QStringLiteral("save or list."));
    verb.positional(QStringLiteral("FILE"), QStringLiteral("For save: the .isms file to take the template from."),
                    QStringLiteral("[FILE]"));
    verb.positional(QStringLiteral("TEMPLATE"), QStringLiteral("For save: the template's name or path."),
                    QStringLiteral("[TEMPLATE]"));
    auto& p = verb.parser();
    p.addOption({QStringLiteral("name"),
                 QStringLiteral("For save: the template's name as lists show it (default: its file name)."),
                 QStringLiteral("NAME")});
    addAuthorOption(p);
    if (auto stop = verb.parse(arguments, 1, 2))
        return *stop;
    const QStringList args = verb.positionals();
    const QString action = args.at(0);
    if (action == QStringLiteral("save")) {
        if (args.size() != 3) {
            error("template save needs FILE and TEMPLATE: `ismsctl template save client.isms \"My baseline\"`.");
            return kUsage;
        }
        return save(p, args.at(1), args.at(2));
    }
    if (action == QStringLiteral("list")) {
        if (args.size() != 1) {
            error("template list takes no arguments.");
            return kUsage;
        }
        return list();
    }
    error("unknown template action '" + action.toStdString() + "'. Use save or list.");
    return kUsage;
}

} // namespace isms::cli
