#pragma once
// Auditor notes: what an auditor records while reading a read-only audit copy. They live in a
// small SQLite file of their own beside the copy (COPY.notes), never in the copy itself, and that
// file is bound to the copy it was started on (its stored content digest, export chain head and
// file SHA-256). The ISMS manager later merges the notes into the working file as findings
// (IsmsFile::mergeAuditNotes).

#include "domain/catalogue.h"
#include "domain/clock.h"
#include "domain/result.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace isms::storage {

// PRAGMA application_id of a notes file: "ISMN" in ASCII; user_version is kNotesSchemaVersion.
inline constexpr int kNotesApplicationId = 0x49534D4E;
inline constexpr int kNotesSchemaVersion = 1;

struct AuditNote {
    std::string id;              // 32 lower-case hex digits (16 random bytes), set by add()
    std::string type;            // an option key of the findings register's "type" field
    std::string clause;          // the clause or control, free text as in the findings register
    std::string recordRegister;  // the record it concerns (optional): register key ...
    std::string recordRef;       // ... and ref, e.g. "risks" + "R-003"
    std::string text;            // what the auditor found; required
    std::string evidence;        // what was sampled
    std::string author;          // set by add()
    std::string createdAt;       // UTC ISO 8601, set by add()
    std::string updatedAt;
};

// Which audit copy a notes file belongs to.
struct CopyBinding {
    std::string contentDigest;    // the copy's stored meta content_digest
    std::string exportChainHead;  // the copy's meta export_chain_head: a hash in the origin's log
    std::string fileSha256;       // of the copy's bytes
    std::string copyName;         // the copy's file name when the notes file was started
};

// COPY.notes beside the copy.
std::filesystem::path notesPathFor(const std::filesystem::path& copy);

// Reads the binding of an audit copy without writing a byte to it. Refused when the file is not
// an audit copy.
Result<CopyBinding> bindingOfCopy(const std::filesystem::path& copy);

// A note's own content is valid: a known finding type, some text, a record named by a known
// register key and a ref (or by neither). The message names the note.
Result<void> validateNote(const AuditNote& note, const Catalogue& catalogue);

class AuditNotes {
public:
    // Opens the notes file for writing notes about `copy`, creating it when missing (the copy is
    // only read). Refused when the notes file belongs to another copy, is not a notes file, is
    // newer or damaged.
    static Result<std::unique_ptr<AuditNotes>> openForCopy(const std::filesystem::path& copy,
                                                           const std::filesystem::path& notesPath,
                                                           const Clock& clock, std::string author);
    // Opens an existing notes file only to read it (list, merge); nothing is written.
    static Result<std::unique_ptr<AuditNotes>> openToRead(const std::filesystem::path& notesPath);
    ~AuditNotes();
    AuditNotes(const AuditNotes&) = delete;
    AuditNotes& operator=(const AuditNotes&) = delete;

    const std::filesystem::path& path() const;
    const CopyBinding& binding() const;
    const std::string& author() const;
    // In the order they were added.
    Result<std::vector<AuditNote>> list() const;
    // Stores a new note with a fresh id, this session's author and the clock's time.
    Result<AuditNote> add(AuditNote note);
    // Changes type, clause, record, text and evidence of one of this author's own notes.
    Result<AuditNote> update(const AuditNote& note);
    // Deletes one of this author's own notes.
    Result<void> remove(const std::string& id);

    class Impl;

private:
    explicit AuditNotes(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

// What IsmsFile::mergeAuditNotes did.
struct NotesMergeReport {
    std::string auditRef;
    std::vector<std::string> addedFindings;  // refs of the findings made, in note order
    int alreadyMerged = 0;                   // notes skipped because an earlier merge took them
    // Notes naming a record the file no longer has (or a register it does not know): merged with
    // the mention kept in the finding's description. "note <id>: risks R-003".
    std::vector<std::string> missingRecords;
};

} // namespace isms::storage
