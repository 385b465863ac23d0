#include "cli/cli_common.h"
#include "cli/verbs.h"

namespace isms::cli {

namespace {

struct Target {
    std::string registerKey;
    RecordId id = 0;
};

// RECORD is "REGISTER/REF" or a bare ref searched in every register. Prints why when not found.
std::optional<Target> findRecord(const storage::IsmsFile& file, const std::filesystem::path& path,
                                 const QString& record)
{
    const std::string text = record.trimmed().toStdString();
    std::vector<const RegisterDef*> candidates;
    std::string ref = text;
    if (const auto slash = text.find('/'); slash != std::string::npos) {
        const auto* reg = findRegister(file, QString::fromStdString(text.substr(0, slash)));
        if (!reg)
            return std::nullopt;
        candidates.push_back(reg);
        ref = text.substr(slash + 1);
    } else {
        for (const auto& r : file.catalogue().registers())
            candidates.push_back(&r);
    }
    std::vector<Target> found;
    for (const auto* reg : candidates) {
        auto match = file.findByRef(*reg, ref);
        if (!match) {
            fail(path, match.error());
            return std::nullopt;
        }
        if (*match)
            found.push_back({reg->key, (*match)->id});
    }
    if (found.size() == 1)
        return found.front();
    if (found.empty()) {
        error(displayPath(path) + ": no record " + text + " exists. Use the ref shown by `ismsctl "
              "list FILE REGISTER`, or REGISTER/REF (e.g. risks/R-014).");
        return std::nullopt;
    }
    std::string message = displayPath(path) + ": " + ref + " exists in several registers; name one: ";
    for (std::size_t n = 0; n < found.size(); ++n)
        message += (n ? ", " : "") + found[n].registerKey + "/" + ref;
    error(message + ".");
    return std::nullopt;
}

std::string describe(const storage::ChangeEntry& e)
{
    std::string line = "#" + std::to_string(e.seq) + "  " + e.at + "  " + e.author + "  " + e.action;
    if (!e.registerKey.empty())
        line += "  " + e.registerKey + (e.ref.empty() ? "" : "/" + e.ref);
    line += "\n";
    if (!e.before.empty())
        line += "    before: " + e.before + "\n";
    if (!e.after.empty())
        line += "    after:  " + e.after + "\n";
    return line;
}

} // namespace

int runHistory(const QStringList& arguments)
{
    VerbParser verb(QStringLiteral("history"),
                    QStringLiteral("Shows the change log, newest first: who changed what, when, "
                                   "before and after. Opens the file read-only."));
    verb.positional(QStringLiteral("FILE"), QStringLiteral("The .isms file."));
    verb.positional(QStringLiteral("RECORD"),
                    QStringLiteral("Only this record: a ref such as R-014, or REGISTER/REF."),
                    QStringLiteral("[RECORD]"));
    auto& p = verb.parser();
    p.addOption({QStringLiteral("limit"), QStringLiteral("Show at most N entries (default: all)."),
                 QStringLiteral("N")});
    if (auto stop = verb.parse(arguments, 1, 1))
        return *stop;
    std::int64_t limit = -1;
    if (p.isSet(QStringLiteral("limit"))) {
        bool number = false;
        limit = p.value(QStringLiteral("limit")).toLongLong(&number);
        if (!number || limit < 1) {
            error("--limit takes a positive whole number, not '"
                  + p.value(QStringLiteral("limit")).toStdString() + "'.");
            return kUsage;
        }
    }
    const auto path = toPath(verb.positionals().at(0));
    auto file = openFile(path, storage::OpenMode::ReadOnly);
    if (!file)
        return kFailure;

    Target target;
    if (verb.positionals().size() == 2) {
        auto found = findRecord(*file, path, verb.positionals().at(1));
        if (!found)
            return kFailure;
        target = *found;
    }
    auto entries = file->history(target.registerKey, target.id, limit);
    if (!entries)
        return fail(path, entries.error());
    std::string text;
    for (const auto& e : *entries)
        text += describe(e);
    out(text + "(" + std::to_string(entries->size()) + " entries)");
    return kOk;
}

} // namespace isms::cli
