#include "cli/cli_common.h"
#include "cli/verbs.h"

namespace isms::cli {

int runExport(const QStringList& arguments)
{
    VerbParser verb(QStringLiteral("export"),
                    QStringLiteral("Writes a consistent copy of FILE to OUT. With --audit-copy the "
                                   "copy is marked as an audit copy (it opens read-only), carries "
                                   "a digest of its content and gets OUT.sha256 beside it, so "
                                   "`ismsctl verify OUT` can prove it was not changed."));
    verb.positional(QStringLiteral("FILE"), QStringLiteral("The .isms file to copy."));
    verb.positional(QStringLiteral("OUT"), QStringLiteral("Where to write the copy (must not exist)."));
    auto& p = verb.parser();
    p.addOption({QStringLiteral("audit-copy"), QStringLiteral("Make a verifiable audit copy.")});
    if (auto stop = verb.parse(arguments, 2))
        return *stop;
    const auto path = toPath(verb.positionals().at(0));
    const auto target = toPath(verb.positionals().at(1));
    auto file = openFile(path, storage::OpenMode::ReadOnly);
    if (!file)
        return kFailure;

    if (!p.isSet(QStringLiteral("audit-copy"))) {
        if (auto copied = file->saveCopy(target); !copied)
            return fail(target, copied.error());
        out("Copied " + displayPath(path) + " to " + displayPath(target) + ".");
        return kOk;
    }
    auto receipt = file->exportAuditCopy(target);
    if (!receipt)
        return fail(target, receipt.error());
    out("Audit copy written: " + displayPath(receipt->path) + "\n"
        + "  file SHA-256:    " + receipt->fileSha256 + " (also in " + displayPath(receipt->path)
        + ".sha256)\n"
        + "  content digest:  " + receipt->contentDigest + "\n"
        + "  change-log head: " + receipt->chainHead + "\n"
        + "Give the auditor both files; `ismsctl verify " + displayPath(receipt->path)
        + "` checks them.");
    return kOk;
}

} // namespace isms::cli
