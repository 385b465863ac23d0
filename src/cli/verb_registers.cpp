#include "cli/cli_common.h"
#include "cli/data_model_markdown.h"
#include "cli/verbs.h"
#include "domain/catalogue.h"

namespace isms::cli {

int runRegisters(const QStringList& arguments)
{
    VerbParser verb(QStringLiteral("registers"),
                    QStringLiteral("Lists every register: the key other verbs take as REGISTER, "
                                   "its title and the ISO/IEC 27001 clause it serves."));
    verb.parser().addOption({QStringLiteral("markdown"),
                             QStringLiteral("Print every register's fields and the links between "
                                            "registers as Markdown (the data model).")});
    if (auto stop = verb.parse(arguments, 0))
        return *stop;
    if (verb.parser().isSet(QStringLiteral("markdown"))) {
        out(dataModelMarkdown(Catalogue::standard()));
        return kOk;
    }
    std::string text;
    for (const auto& r : Catalogue::standard().registers()) {
        std::string key = r.key, title = r.title;
        key.resize(std::max<std::size_t>(key.size() + 1, 17), ' ');
        title.resize(std::max<std::size_t>(title.size() + 1, 37), ' ');
        text += key + title + r.clause + "\n";
    }
    out(text);
    return kOk;
}

} // namespace isms::cli
