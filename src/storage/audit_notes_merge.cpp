// Merging an auditor's notes file into the working file as findings of one audit: all of the
// notes or none, each only once (the merged note ids are file settings, logged like any other),
// and only notes taken on a copy of this very file.

#include "storage/audit_notes.h"
#include "storage/isms_file_impl.h"
#include "storage/json.h"

namespace isms::storage {

namespace {

std::string quotedName(const std::filesystem::path& file) { return "\"" + file.string() + "\""; }

// The meta key that records a merged note; its value is the ref of the finding it became.
std::string mergedKey(const std::string& noteId) { return "auditor_note:" + noteId; }

// The copy was exported from this file's history when its chain head is one of our entries.
Result<bool> inHistory(sql::Connection& db, const std::string& hash)
{
    auto s = db.cached("SELECT 1 FROM change_log WHERE hash = ? LIMIT 1");
    if (!s)
        return s.error();
    (*s)->bind(1, hash);
    return (*s)->step();
}

// The first line of the note, cut on a UTF-8 boundary, names the finding.
std::string titleOf(const std::string& text)
{
    constexpr std::size_t kMax = 100;
    const auto start = text.find_first_not_of(" \t\r\n");
    if (start == std::string::npos)
        return {};
    std::string line = text.substr(start, text.find_first_of("\r\n", start) - start);
    if (line.size() <= kMax)
        return line;
    std::size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80)
        --cut;
    return line.substr(0, cut) + "\xE2\x80\xA6";  // an ellipsis
}

} // namespace

Result<NotesMergeReport> IsmsFile::mergeAuditNotes(const std::filesystem::path& notesPath,
                                                   const std::string& auditRef, bool dryRun)
{
    Impl& file = *m_impl;
    if (auto r = file.requireWritable(); !r)
        return r.error();
    auto notes = AuditNotes::openToRead(notesPath);
    if (!notes)
        return notes.error();
    const CopyBinding& binding = (*notes)->binding();
    auto ours = binding.exportChainHead.empty() ? Result<bool>(false) : inHistory(*file.db, binding.exportChainHead);
    if (!ours)
        return ours.error();
    if (!*ours)
        return makeError(ErrorCode::Conflict,
                         "The notes in " + quotedName(notesPath) + " were taken on an audit copy of "
                             "another ISMS file: the point it was exported at is not in the history of "
                             + quotedName(file.path) + ". Nothing was merged. Merge them into the file "
                             "that copy was exported from.");
    auto all = (*notes)->list();
    if (!all)
        return all.error();

    const RegisterDef& audits = catalogue().get(reg::audits);
    const RegisterDef& findings = catalogue().get(reg::findings);
    auto audit = findByRef(audits, auditRef);
    if (!audit)
        return audit.error();
    if (!*audit)
        return makeError(ErrorCode::NotFound, "There is no audit " + auditRef + " in " + quotedName(file.path)
                                                  + ". Choose one from the audits register (ismsctl list "
                                                    "FILE audits), or add the audit first.");

    NotesMergeReport report;
    report.auditRef = auditRef;
    bool finished = false;
    auto merged = transaction([&]() -> Result<void> {
        int position = 0;
        for (const AuditNote& note : *all) {
            ++position;
            auto done = file.meta(mergedKey(note.id));
            if (!done)
                return done.error();
            if (!done->empty()) {
                ++report.alreadyMerged;
                continue;
            }
            std::string description = note.text;
            if (!note.recordRegister.empty()) {
                const RegisterDef* target = catalogue().find(note.recordRegister);
                std::optional<Record> concerned;
                if (target) {
                    auto found = findByRef(*target, note.recordRef);
                    if (!found)
                        return found.error();
                    concerned = *found;
                }
                description += "\n\nConcerns: " + note.recordRegister + " " + note.recordRef;
                if (concerned)
                    description += " (" + concerned->text(*target, target->titleField) + ")";
                else {
                    description += " (no longer in this file)";
                    report.missingRecords.push_back("note " + note.id + ": " + note.recordRegister + " "
                                                    + note.recordRef);
                }
            }
            description += "\nAuditor note " + note.id + " by " + note.author + ", " + note.createdAt + ".";
            Record finding = Record::blank(findings);
            finding.set(findings, "audit", Value{(*audit)->id});
            finding.set(findings, "title", Value{titleOf(note.text)});
            finding.set(findings, "type", Value{note.type});
            finding.set(findings, "reference", Value{note.clause});
            finding.set(findings, "description", Value{description});
            finding.set(findings, "evidence", Value{note.evidence});
            finding.set(findings, "status", Value{std::string("open")});
            auto stored = insert(findings, std::move(finding));
            if (!stored)
                return makeError(stored.error().code,
                                 "Auditor note " + std::to_string(position) + " of " + std::to_string(all->size())
                                     + " (" + note.id + ") cannot become a finding: " + stored.error().message
                                     + " Nothing was merged. Ask the auditor to correct the note.");
            const std::string key = mergedKey(note.id);
            if (auto r = file.setMeta(key, stored->ref); !r)
                return r;
            if (auto e = file.logChange({"meta", "", 0, "", JsonObject().add(key, Value{}).str(),
                                         JsonObject().add(key, stored->ref).str()});
                !e)
                return e.error();
            file.changed(Change::Kind::Info, "", 0);
            report.addedFindings.push_back(stored->ref);
        }
        finished = true;
        if (dryRun)  // everything was checked by doing it; now undo it all
            return makeError(ErrorCode::Internal, "dry run");
        return {};
    });
    if (!merged && !(dryRun && finished))
        return merged.error();
    return report;
}

} // namespace isms::storage
