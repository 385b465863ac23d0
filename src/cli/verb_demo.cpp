#include "cli/cli_common.h"
#include "cli/verbs.h"
#include "content/demo.h"
#include "content/scale.h"
#include "content/template.h"

namespace isms::cli {

int runDemo(const QStringList& arguments)
{
    VerbParser verb(QStringLiteral("demo"),
                    QStringLiteral("Creates a sample ISMS file for a fictional company, with "
                                   "dates relative to today. --risks N larger than the sample's "
                                   "own risks adds generated risks up to N (for trying large "
                                   "registers)."));
    verb.positional(QStringLiteral("FILE"), QStringLiteral("The .isms file to create (must not exist)."));
    auto& p = verb.parser();
    p.addOption({QStringLiteral("risks"), QStringLiteral("Total number of risks wanted."),
                 QStringLiteral("N")});
    addAuthorOption(p);
    if (auto stop = verb.parse(arguments, 1))
        return *stop;

    const auto path = toPath(verb.positionals().at(0));
    std::int64_t wanted = 0;
    if (p.isSet(QStringLiteral("risks"))) {
        bool number = false;
        wanted = p.value(QStringLiteral("risks")).toLongLong(&number);
        if (!number || wanted < 0) {
            error("--risks takes a whole number of risks, not '"
                  + p.value(QStringLiteral("risks")).toStdString() + "'.");
            return kUsage;
        }
    }
    content::DemoOptions options;
    options.author = authorFrom(p);
    auto created = content::createDemo(path, options, clock());
    if (!created)
        return fail(path, created.error());
    auto& file = **created;
    auto risks = file.count(file.catalogue().get(reg::risks));
    if (!risks)
        return fail(path, risks.error());
    std::int64_t total = *risks;
    if (wanted > total) {
        content::ScaleOptions scale;
        scale.risks = wanted - total;
        auto added = content::addScaleRecords(file, scale);
        if (!added) {
            created->reset();
            content::removeNewFile(path);
            return fail(path, added.error());
        }
        total += added->risks;
    }
    out("Created " + displayPath(path) + ": sample ISMS of " + content::kDemoOrganisation + " with "
        + std::to_string(total) + " risks.");
    return kOk;
}

} // namespace isms::cli
