#include "cli/cli_common.h"
#include "cli/data_location.h"
#include "cli/verbs.h"
#include "content/client_template.h"
#include "content/reference_data.h"
#include "content/template.h"

namespace isms::cli {

namespace {

// ismsctl new --from-template: the standard content plus a client template's.
int newFromTemplate(const QCommandLineParser& p, const std::filesystem::path& path,
                    const content::TemplateOptions& standard)
{
    if (p.isSet(QStringLiteral("levels"))) {
        error("--levels cannot be used with --from-template: the risk methodology comes from the template.");
        return kUsage;
    }
    const auto templatePath = templatePathFor(toPath(p.value(QStringLiteral("from-template"))));
    content::NewFromTemplateOptions options{standard.organisation, standard.author, standard.scopeStatement};
    auto created = content::createFromClientTemplate(templatePath, path, options, clock());
    if (!created)
        return fail(path, created.error());
    auto summary = content::readTemplateSummary(templatePath, clock());
    out("Created " + displayPath(path) + " for " + options.organisation + " from the template "
        + (summary ? "\"" + summary->name + "\"" : displayPath(templatePath)) + ": "
        + std::to_string(content::annexAControls().size()) + " Annex A controls"
        + (summary ? " (" + std::to_string(summary->decidedControls) + " decided)" : std::string())
        + ", " + std::to_string(content::clauseRequirements().size())
        + " checklist clauses and the template's methodology, documents, roles and risks"
        + (options.scopeStatement.empty() ? "" : ", and a draft scope") + ".");
    return kOk;
}

} // namespace

int runNew(const QStringList& arguments)
{
    VerbParser verb(QStringLiteral("new"),
                    QStringLiteral("Creates a new ISMS file from the standard template: the 93 "
                                   "Annex A controls awaiting a decision, the clause 4-10 "
                                   "checklist and an N x N risk methodology. With --from-template "
                                   "the file also starts with a client template's methodology, "
                                   "control decisions, documents, roles and risks (see `ismsctl "
                                   "template --help`), with a history of its own.\n"
                                   "Exit codes: 0 created, 1 failed (nothing is left behind), 2 wrong usage."));
    verb.positional(QStringLiteral("FILE"), QStringLiteral("The .isms file to create (must not exist)."));
    auto& p = verb.parser();
    p.addOption({QStringLiteral("org"), QStringLiteral("The organisation's name (required)."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("levels"),
                 QStringLiteral("Levels of the likelihood and impact scales, 3 to 10 (default 5)."),
                 QStringLiteral("N"), QStringLiteral("5")});
    p.addOption({QStringLiteral("scope"), QStringLiteral("A first draft of the scope statement."),
                 QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("from-template"),
                 QStringLiteral("Start from a client template: a name in the templates folder or "
                                "a path to a .isms-template file."),
                 QStringLiteral("TEMPLATE")});
    addAuthorOption(p);
    if (auto stop = verb.parse(arguments, 1))
        return *stop;

    const auto path = toPath(verb.positionals().at(0));
    content::TemplateOptions options;
    options.organisation = p.value(QStringLiteral("org")).trimmed().toStdString();
    if (options.organisation.empty()) {
        error("`ismsctl new` needs the organisation's name: add --org \"NAME\".");
        return kUsage;
    }
    options.scopeStatement = p.value(QStringLiteral("scope")).toStdString();
    options.author = authorFrom(p);
    if (p.isSet(QStringLiteral("from-template")))
        return newFromTemplate(p, path, options);
    bool number = false;
    options.levels = p.value(QStringLiteral("levels")).toInt(&number);
    if (!number) {
        error("--levels takes a whole number from 3 to 10, not '"
              + p.value(QStringLiteral("levels")).toStdString() + "'.");
        return kUsage;
    }

    auto created = content::createFromTemplate(path, options, clock());
    if (!created)
        return fail(path, created.error());
    out("Created " + displayPath(path) + " for " + options.organisation + ": "
        + std::to_string(content::annexAControls().size()) + " Annex A controls, "
        + std::to_string(content::clauseRequirements().size()) + " checklist clauses, a "
        + std::to_string(options.levels) + "x" + std::to_string(options.levels)
        + " risk methodology" + (options.scopeStatement.empty() ? "" : " and a draft scope") + ".");
    return kOk;
}

} // namespace isms::cli
