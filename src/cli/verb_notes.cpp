// ismsctl notes add|list|merge: an auditor's notes on an audit copy, kept in COPY.notes beside
// it, and their merge into the working file as findings of one audit.
#include "cli/cli_common.h"
#include "cli/verbs.h"

#include "content/reference_data.h"
#include "storage/audit_notes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace isms::cli {

namespace {

QString q(const std::string& text) { return QString::fromStdString(text); }

// The findings register takes any text as its clause or control; a typo is worth a warning.
bool knownClauseOrControl(const std::string& text)
{
    for (const auto& control : content::annexAControls())
        if (control.id == text)
            return true;
    for (const auto& clause : content::clauseRequirements())
        if (clause.clause == text)
            return true;
    return false;
}

int runNotesAdd(const QStringList& arguments)
{
    VerbParser verb(QStringLiteral("notes add"),
                    QStringLiteral("Records an auditor's note on an audit copy. The note goes into "
                                   "COPY.notes beside the copy (or --notes PATH); the copy itself is "
                                   "only read. Exit codes: 0 added, 1 refused (the message says why), "
                                   "2 wrong usage."));
    verb.positional(QStringLiteral("COPY"), QStringLiteral("The audit copy (.isms) the note is about."));
    auto& p = verb.parser();
    p.addOption({QStringLiteral("type"), QStringLiteral("Finding type: major, minor, observation or opportunity."),
                 QStringLiteral("TYPE")});
    p.addOption({QStringLiteral("clause"), QStringLiteral("The clause or Annex A control, e.g. 9.2 or A.5.15."),
                 QStringLiteral("CLAUSE")});
    p.addOption({QStringLiteral("record"), QStringLiteral("The record it concerns, as REGISTER:REF, e.g. risks:R-003."),
                 QStringLiteral("REGISTER:REF")});
    p.addOption({QStringLiteral("text"), QStringLiteral("What was found (required)."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("evidence"), QStringLiteral("The evidence sampled."), QStringLiteral("EVIDENCE")});
    p.addOption({QStringLiteral("notes"), QStringLiteral("The notes file (default: COPY.notes)."), QStringLiteral("PATH")});
    addAuthorOption(p);
    if (auto stop = verb.parse(arguments, 1))
        return *stop;
    if (!p.isSet(QStringLiteral("type")) || !p.isSet(QStringLiteral("text"))) {
        error("`ismsctl notes add` needs --type and --text. Run `ismsctl notes add --help` for its usage.");
        return kUsage;
    }
    const auto copy = toPath(verb.positionals().at(0));
    const auto notesPath = p.isSet(QStringLiteral("notes")) ? toPath(p.value(QStringLiteral("notes")))
                                                            : storage::notesPathFor(copy);
    storage::AuditNote note;
    note.type = p.value(QStringLiteral("type")).toStdString();
    note.clause = p.value(QStringLiteral("clause")).toStdString();
    note.text = p.value(QStringLiteral("text")).toStdString();
    note.evidence = p.value(QStringLiteral("evidence")).toStdString();
    if (p.isSet(QStringLiteral("record"))) {
        const QString record = p.value(QStringLiteral("record"));
        const auto colon = record.indexOf(QLatin1Char(':'));
        if (colon <= 0 || colon == record.size() - 1) {
            error("--record takes REGISTER:REF, e.g. risks:R-003 (got '" + record.toStdString() + "').");
            return kUsage;
        }
        note.recordRegister = record.left(colon).toStdString();
        note.recordRef = record.mid(colon + 1).toStdString();
    }
    // The record must be one the auditor can see in this copy.
    if (!note.recordRegister.empty()) {
        auto file = openFile(copy, storage::OpenMode::ReadOnly);
        if (!file)
            return kFailure;
        const RegisterDef* reg = findRegister(*file, q(note.recordRegister));
        if (!reg)
            return kFailure;
        auto found = file->findByRef(*reg, note.recordRef);
        if (!found)
            return fail(copy, found.error());
        if (!*found) {
            error(displayPath(copy) + ": there is no " + reg->singular + " " + note.recordRef
                  + " in this copy. Check the ref with `ismsctl list " + displayPath(copy) + " "
                  + reg->key + "`.");
            return kFailure;
        }
    }
    auto notes = storage::AuditNotes::openForCopy(copy, notesPath, clock(), authorFrom(p));
    if (!notes)
        return fail(notesPath, notes.error());
    auto added = (*notes)->add(note);
    if (!added)
        return fail(notesPath, added.error());
    if (!note.clause.empty() && !knownClauseOrControl(note.clause))
        error("warning: '" + note.clause + "' is neither a clause of 4 to 10 nor an Annex A "
              "control (e.g. 9.2 or A.5.15); the note keeps it as written.");
    out("Note " + added->id + " added to " + displayPath(notesPath) + ".");
    return kOk;
}

int runNotesList(const QStringList& arguments)
{
    VerbParser verb(QStringLiteral("notes list"),
                    QStringLiteral("Prints the notes of an auditor's notes file and the audit copy it "
                                   "belongs to, without writing to it. Exit codes: 0 every note is "
                                   "valid, 1 a note is invalid or the file cannot be read, 2 wrong usage."));
    verb.positional(QStringLiteral("NOTES"), QStringLiteral("The notes file (COPY.notes)."));
    auto& p = verb.parser();
    p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of text.")});
    if (auto stop = verb.parse(arguments, 1))
        return *stop;
    const auto path = toPath(verb.positionals().at(0));
    auto notes = storage::AuditNotes::openToRead(path);
    if (!notes)
        return fail(path, notes.error());
    auto all = (*notes)->list();
    if (!all)
        return fail(path, all.error());
    const auto& binding = (*notes)->binding();
    std::vector<std::string> problems;
    QJsonArray array;
    std::string text = "Notes on audit copy " + binding.copyName + " (file SHA-256 "
        + binding.fileSha256 + ")\n";
    for (const auto& n : *all) {
        auto valid = storage::validateNote(n, Catalogue::standard());
        if (!valid)
            problems.push_back(valid.error().message);
        const std::string record = n.recordRegister.empty() ? std::string() : n.recordRegister + ":" + n.recordRef;
        QJsonObject o{{QStringLiteral("id"), q(n.id)},
                      {QStringLiteral("type"), q(n.type)},
                      {QStringLiteral("clause"), q(n.clause)},
                      {QStringLiteral("record"), q(record)},
                      {QStringLiteral("text"), q(n.text)},
                      {QStringLiteral("evidence"), q(n.evidence)},
                      {QStringLiteral("author"), q(n.author)},
                      {QStringLiteral("created_at"), q(n.createdAt)},
                      {QStringLiteral("updated_at"), q(n.updatedAt)},
                      {QStringLiteral("valid"), valid.ok()}};
        array.append(o);
        text += "\n" + n.id + "  " + n.type + (n.clause.empty() ? "" : "  " + n.clause)
            + (record.empty() ? "" : "  " + record) + "\n  " + n.text + "\n";
        if (!n.evidence.empty())
            text += "  evidence: " + n.evidence + "\n";
        text += "  by " + n.author + ", " + n.createdAt + (valid ? "" : "  [INVALID]") + "\n";
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject doc{{QStringLiteral("copy"), q(binding.copyName)},
                        {QStringLiteral("copy_sha256"), q(binding.fileSha256)},
                        {QStringLiteral("content_digest"), q(binding.contentDigest)},
                        {QStringLiteral("export_chain_head"), q(binding.exportChainHead)},
                        {QStringLiteral("notes"), array}};
        out(QJsonDocument(doc).toJson(QJsonDocument::Indented).toStdString());
    } else {
        out(text + "\n" + std::to_string(all->size()) + " note(s).");
    }
    for (const auto& problem : problems)
        error(displayPath(path) + ": " + problem);
    return problems.empty() ? kOk : kFailure;
}

int runNotesMerge(const QStringList& arguments)
{
    VerbParser verb(QStringLiteral("notes merge"),
                    QStringLiteral("Merges an auditor's notes file into FILE as findings of the audit "
                                   "given by --audit: all of the notes or none, and each note only once "
                                   "(merging again adds nothing). Refused when the notes were taken on "
                                   "an audit copy of another file. Exit codes: 0 merged (or nothing "
                                   "left to merge), 1 refused, 2 wrong usage."));
    verb.positional(QStringLiteral("FILE"), QStringLiteral("The working .isms file."));
    verb.positional(QStringLiteral("NOTES"), QStringLiteral("The auditor's notes file (COPY.notes)."));
    auto& p = verb.parser();
    p.addOption({QStringLiteral("audit"), QStringLiteral("The audit the findings belong to, e.g. AU-001."),
                 QStringLiteral("REF")});
    p.addOption({QStringLiteral("dry-run"), QStringLiteral("Check and count, but change nothing.")});
    addAuthorOption(p);
    addWaitOption(p);
    if (auto stop = verb.parse(arguments, 2))
        return *stop;
    const auto wait = waitFrom(p);
    if (!wait)
        return kUsage;
    if (p.value(QStringLiteral("audit")).isEmpty()) {
        error("`ismsctl notes merge` needs --audit REF, e.g. --audit AU-001. Run `ismsctl notes merge "
              "--help` for its usage.");
        return kUsage;
    }
    const auto path = toPath(verb.positionals().at(0));
    const auto notesPath = toPath(verb.positionals().at(1));
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    auto file = openFile(path, storage::OpenMode::ReadWrite, authorFrom(p), *wait);
    if (!file)
        return kFailure;
    auto report = file->mergeAuditNotes(notesPath, p.value(QStringLiteral("audit")).toStdString(), dryRun);
    if (!report)
        return fail(notesPath, report.error());
    const auto& r = *report;
    for (const auto& missing : r.missingRecords)
        error("warning: " + missing + " is no longer in " + displayPath(path)
              + "; the finding keeps the mention in its description.");
    std::string text;
    if (r.addedFindings.empty()) {
        text = "Nothing to merge: all " + std::to_string(r.alreadyMerged) + " note(s) of "
            + displayPath(notesPath) + " were merged before.";
    } else {
        std::string refs;
        for (const auto& ref : r.addedFindings)
            refs += (refs.empty() ? "" : ", ") + ref;
        text = std::string(dryRun ? "Would merge " : "Merged ") + std::to_string(r.addedFindings.size())
            + " note(s) as findings of " + r.auditRef + ": " + refs + ".";
        if (r.alreadyMerged > 0)
            text += " " + std::to_string(r.alreadyMerged) + " note(s) were merged before and were skipped.";
        if (dryRun)
            text += " Nothing was changed (--dry-run).";
    }
    out(text);
    return kOk;
}

} // namespace

int runNotes(const QStringList& arguments)
{
    const QString sub = arguments.value(2);
    QStringList rest = arguments;
    rest.removeAt(1);  // [program, sub, ...]: the sub-verb takes the verb's place
    if (sub == QStringLiteral("add"))
        return runNotesAdd(rest);
    if (sub == QStringLiteral("list"))
        return runNotesList(rest);
    if (sub == QStringLiteral("merge"))
        return runNotesMerge(rest);
    const std::string usage =
        "Usage: ismsctl notes add|list|merge ...\n"
        "  add COPY --type TYPE --text TEXT [--clause C] [--record REGISTER:REF] [--evidence E]\n"
        "                      record an auditor's note in COPY.notes (the copy is only read)\n"
        "  list NOTES          print the notes of a notes file\n"
        "  merge FILE NOTES --audit REF\n"
        "                      merge the notes into FILE as findings of audit REF (all or none, once)\n"
        "Run `ismsctl notes SUBVERB --help` for details. Exit codes: 0 done, 1 failed, 2 wrong usage.";
    if (sub == QStringLiteral("--help") || sub == QStringLiteral("-h")) {
        out(usage);
        return kOk;
    }
    error((sub.isEmpty() ? std::string("notes needs a sub-verb.\n")
                         : "unknown notes sub-verb '" + sub.toStdString() + "'.\n")
          + usage);
    return kUsage;
}

} // namespace isms::cli
