#include "cli/cli_common.h"
#include "cli/verbs.h"
#include "content/reference_data.h"
#include "content/template.h"

namespace isms::cli {

int runNew(const QStringList& arguments)
{
    VerbParser verb(QStringLiteral("new"),
                    QStringLiteral("Creates a new ISMS file from the standard template: the 93 "
                                   "Annex A controls awaiting a decision, the clause 4-10 "
                                   "checklist and an N x N risk methodology."));
    verb.positional(QStringLiteral("FILE"), QStringLiteral("The .isms file to create (must not exist)."));
    auto& p = verb.parser();
    p.addOption({QStringLiteral("org"), QStringLiteral("The organisation's name (required)."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("levels"),
                 QStringLiteral("Levels of the likelihood and impact scales, 3 to 10 (default 5)."),
                 QStringLiteral("N"), QStringLiteral("5")});
    p.addOption({QStringLiteral("scope"), QStringLiteral("A first draft of the scope statement."),
                 QStringLiteral("TEXT")});
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
    bool number = false;
    options.levels = p.value(QStringLiteral("levels")).toInt(&number);
    if (!number) {
        error("--levels takes a whole number from 3 to 10, not '"
              + p.value(QStringLiteral("levels")).toStdString() + "'.");
        return kUsage;
    }
    options.scopeStatement = p.value(QStringLiteral("scope")).toStdString();
    options.author = authorFrom(p);

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
