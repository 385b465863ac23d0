#pragma once
// One .isms file: an SQLite database holding one organisation's whole ISMS. This is the only
// door to the file: nothing outside src/storage writes SQL. Every write is recorded in the
// hash-chained change log; every failure is a Result with a message a user can act on.

#include "domain/assessment_run.h"
#include "domain/catalogue.h"
#include "domain/clock.h"
#include "domain/isms_data.h"
#include "domain/link.h"
#include "domain/methodology.h"
#include "domain/record.h"
#include "domain/result.h"
#include "domain/risk_approval.h"
#include "domain/soa_version.h"
#include "storage/signing_key.h"

#include <cstddef>
#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace isms::storage {

struct NotesMergeReport;  // audit_notes.h

// The schema version this program writes, and the newest it reads.
inline constexpr int kSchemaVersion = 4;
// PRAGMA application_id of every .isms file: "ISMS" in ASCII.
inline constexpr int kApplicationId = 0x49534D53;

enum class OpenMode {
    ReadWrite,  // the ISMS manager's working file; held exclusively while open
    ReadOnly,   // an auditor's copy: not one byte written, no -wal or -shm created
};

enum class IntegrityCheck {
    AtOpen,      // open reads every page first and refuses a damaged file
    // open returns at once and a thread checks the file meanwhile: reads go ahead, the first
    // write waits for the verdict and is refused if the file is damaged (see integrityVerdict).
    // Where the check cannot run beside the open file (a schema upgrade, or changes pending in
    // a -wal from a crash) it is made at open as with AtOpen.
    Background,
};

struct OpenOptions {
    OpenMode mode = OpenMode::ReadWrite;
    std::string author;          // recorded as the author of every change made in this session
    bool allowMigration = true;  // an older schema is upgraded (after a backup) when true
    // ReadWrite asked for an audit copy opens it ReadOnly instead (FileInfo::auditCopy says so):
    // an audit copy is never opened for writing, not even briefly.
    bool readOnlyIfAuditCopy = false;
    // Checking every page is most of the time an open takes on a large file.
    IntegrityCheck integrityCheck = IntegrityCheck::AtOpen;
    // ReadWrite: how long to wait for another editor (or a reader of the closed file) to let go
    // before the open fails with Locked. Readers never wait for an editor.
    std::chrono::milliseconds waitForEditor{0};
};

struct CreateOptions {
    std::string organisation;  // required
    std::string author;
};

struct FileInfo {
    std::string organisation;
    int schemaVersion = 0;
    bool auditCopy = false;        // made by exportAuditCopy: opened read-only by default
    std::string createdAt;
    std::string lastChangeAt;      // empty when the change log is empty
    std::string lastChangeBy;
    std::optional<int> migratedFrom;                  // set when this open upgraded the schema
    std::optional<std::filesystem::path> backupPath;  // the copy taken before that upgrade
};

// A page of a register, filtered and sorted in SQL so a 100,000-row register never loads whole.
struct Query {
    std::string search;  // case-insensitive substring of the ref or any text field
    struct ColumnFilter {
        std::string field;  // a field key, or "ref"
        std::string text;   // case-insensitive substring of the stored value's text
        // Contains: `text` anywhere in the value (what a user types in a filter box). Is / IsNot:
        // the value's text is exactly `text`, or is not (an empty value is not `text`): a heat-map
        // cell's risks, where likelihood 1 must not match 10.
        enum class Match { Contains, Is, IsNot };
        Match match = Match::Contains;
    };
    std::vector<ColumnFilter> filters;
    std::string sortField;  // a field key, "ref" or "" (= by id, i.e. creation order)
    bool descending = false;
    std::int64_t offset = 0;
    std::int64_t limit = -1;  // -1 = all
};

using LinkRow = isms::Link;

// An optional reference (e.g. a risk's owner) that pointed at a removed record and was emptied.
struct ClearedReference {
    std::string registerKey;
    RecordId id = 0;
    std::string field;
};

// What a removal took away, so that undo can put it back exactly: same id, same ref, same links,
// and the references to it that were emptied.
struct Removed {
    std::string registerKey;
    Record record;
    std::vector<LinkRow> links;
    std::vector<ClearedReference> clearedReferences;
};

struct Attachment {
    std::int64_t id = 0;
    std::string registerKey;
    RecordId recordId = 0;
    std::string name;
    std::string mediaType;
    std::int64_t size = 0;
    std::string sha256;  // lower-case hex of the content
    std::string addedAt;
    std::string addedBy;
};

struct ChangeEntry {
    std::int64_t seq = 0;
    std::string at;           // UTC ISO 8601
    std::string author;
    std::string action;       // insert, update, delete, link, unlink, attach, detach, snapshot,
                              // approve, withdraw (a risk's approvals), methodology, meta,
                              // soa_version
    std::string registerKey;  // empty for file-level changes
    RecordId recordId = 0;
    std::string ref;
    std::string before;       // JSON object of the changed fields before ("" when none)
    std::string after;        // JSON object after
    std::string hash;         // lower-case hex SHA-256 chaining this entry to the one before
};

struct ChainReport {
    bool intact = true;
    std::int64_t entries = 0;
    std::optional<std::int64_t> firstBrokenSeq;  // the first entry whose hash does not match
    std::string headHash;                        // hash of the last entry
};

struct HealthReport {
    bool integrityOk = true;
    std::vector<std::string> integrityMessages;  // from PRAGMA integrity_check / foreign_key_check
    int schemaVersion = 0;
    ChainReport chain;
    // What differs from the history, the schema or the register's description, in plain words
    // (at most the first 200; problemCount counts them all).
    std::vector<std::string> problems;
    std::size_t problemCount = 0;
    bool healthy() const
    {
        return integrityOk && chain.intact && schemaVersion == kSchemaVersion && problemCount == 0;
    }
};

// What exportAuditCopy produced: the digests an auditor compares against.
struct ExportReceipt {
    std::filesystem::path path;
    std::string fileSha256;     // of the exported file's bytes; also written to PATH.sha256
    std::string contentDigest;  // of every record, link, attachment and log entry, stored inside
    std::string chainHead;      // the change log's head hash at export
    bool isSigned = false;
};

// How to export an audit copy; the default is unsigned.
struct ExportOptions {
    const SigningKey* signWith = nullptr;  // signs the content digest, the key and its name
};

// What verify has to go on beyond the copy itself.
struct VerifyOptions {
    std::string expectedSha256;               // the file SHA-256 received out of band (--digest)
    std::filesystem::path trustedKeysDir;     // public keys the verifier trusts; empty: none
};

struct VerifyReport {
    bool fileMatchesSidecar = false;  // PATH.sha256 exists and matches the file's bytes
    bool sidecarFound = false;
    bool digestGiven = false;         // VerifyOptions::expectedSha256 was set
    bool fileMatchesGiven = false;    // ... and matches the file's bytes
    bool contentMatches = false;      // the stored content digest matches the content
    bool chainIntact = false;
    bool isAuditCopy = false;
    bool isSigned = false;            // the copy carries a signature
    bool signatureValid = false;      // ... made by the key stored beside it over this content
    bool signerTrusted = false;       // ... and that key is among the verifier's trusted keys
    PublicKey signer;                 // name and key stored in the copy (when isSigned)
    std::string fileSha256;
    std::string contentDigest;
    std::string chainHead;
    std::string exportedAt;
    std::string exportedBy;
    std::string organisation;
    int schemaVersion = 0;
    // The copy is consistent inside: an audit copy whose content, chain and any signature hold.
    bool consistent() const
    {
        return isAuditCopy && contentMatches && chainIntact && (!isSigned || signatureValid);
    }
    // Something the copy cannot forge alone vouches for it: a file digest beside it or given,
    // or a valid signature by a trusted key.
    bool proven() const
    {
        return (sidecarFound && fileMatchesSidecar) || (digestGiven && fileMatchesGiven)
            || (signatureValid && signerTrusted);
    }
    // Verified: consistent, proven, and no digest offered disagrees.
    bool verified() const
    {
        return consistent() && proven() && (!sidecarFound || fileMatchesSidecar)
            && (!digestGiven || fileMatchesGiven);
    }
};

using SnapshotRow = isms::RiskSnapshot;

// An assessment run about to be recorded (clause 8.2; schema 4).
struct AssessmentRequest {
    std::string trigger;      // "planned" or "change"
    std::string note;         // optional
    std::string title;        // empty: "Risk assessment <date>"
    RecordId performedBy = 0; // a person, or 0
};

// An SoA version about to be approved (clause 6.1.3 d; schema 4).
struct SoaApprovalRequest {
    RecordId approverId = 0;  // must be a record of the people register
    std::string note;         // optional
};

// A risk owner's approval about to be given (risk_approval.h).
struct ApprovalRequest {
    RecordId riskId = 0;
    RecordId approverId = 0;  // must be a record of the people register
    std::string rationale;    // must not be blank
    std::optional<Date> expiresOn;  // from today on, or none
};

// What changed, delivered after the transaction that made it commits (never for a rollback).
struct Change {
    enum class Kind { Inserted, Updated, Removed, Linked, Unlinked, Attachments, Methodology, Info, Approvals };
    Kind kind = Kind::Updated;
    std::string registerKey;  // empty for Methodology and Info
    RecordId id = 0;
};

class IsmsFile {
public:
    // Makes a new file; refuses to overwrite an existing one. The file starts with the file
    // metadata, an empty change log and the default 5x5 methodology; templates add the rest.
    static Result<std::unique_ptr<IsmsFile>> create(const std::filesystem::path& path,
                                                    const CreateOptions& options,
                                                    const Clock& clock);
    // Opens an existing file. Refused with a clear message: missing, not SQLite, not ours,
    // corrupt or truncated, newer schema, locked by another program, read-only on disk when
    // ReadWrite was asked for. Nothing is written when an open is refused.
    static Result<std::unique_ptr<IsmsFile>> open(const std::filesystem::path& path,
                                                  const OpenOptions& options, const Clock& clock);
    ~IsmsFile();
    IsmsFile(const IsmsFile&) = delete;
    IsmsFile& operator=(const IsmsFile&) = delete;

    const std::filesystem::path& path() const;
    bool readOnly() const;
    const Catalogue& catalogue() const;
    const Clock& clock() const;
    FileInfo info() const;
    void setAuthor(std::string author);
    const std::string& author() const;
    Result<void> setOrganisation(const std::string& name);

    // The integrity check's verdict: nothing, or why the file is damaged. Ready at once unless
    // the check runs in the background. Safe to wait for on any thread, even after the file is
    // closed (an unfinished check then reports that it was interrupted).
    std::shared_future<Result<void>> integrityVerdict() const;

    // A second, read-only view of this file as it was opened, to read on one other thread while
    // this one goes on being used (and written) on its own. Only while the database file on disk
    // holds everything: nothing written since opening and no -wal pending when opened (otherwise
    // an error says so and the caller reads through this file instead). It does not see later
    // changes. Closing this file interrupts the reader's queries and waits until it is destroyed,
    // so destroy it on its own thread as soon as its work is done.
    Result<std::unique_ptr<IsmsFile>> openParallelReader();

    // ---- records ----
    Result<Record> get(const RegisterDef& reg, RecordId id) const;
    Result<std::optional<Record>> findByRef(const RegisterDef& reg, const std::string& ref) const;
    Result<std::vector<Record>> list(const RegisterDef& reg, const Query& query = {}) const;
    // Only the ids, in query order: what a lazy table model needs to know about every row.
    Result<std::vector<RecordId>> listIds(const RegisterDef& reg, const Query& query = {}) const;
    Result<std::int64_t> count(const RegisterDef& reg, const Query& query = {}) const;
    // The records with these ids, in the order given; ids that no longer exist are skipped.
    // With the ids from listIds this reads any page of a large register without an OFFSET scan.
    Result<std::vector<Record>> getMany(const RegisterDef& reg, const std::vector<RecordId>& ids) const;
    // Stores a new record. An empty ref gets the register's next one (R-001, R-002...). A non-zero
    // id is kept (undo of a removal puts a record back under its old id). Computed fields (risk
    // levels) are evaluated here from the methodology. Returns the record as stored.
    Result<Record> insert(const RegisterDef& reg, Record record);
    // Replaces the record's values; the change log holds only the fields that changed.
    Result<Record> update(const RegisterDef& reg, const Record& record);
    // Removes the record and its links, and empties optional references to it (each logged).
    // Refused while a required reference points at it ("3 findings belong to AU-002"). Its
    // attachments are kept (ids are never reused) so an undo finds them again.
    Result<Removed> remove(const RegisterDef& reg, RecordId id);
    // Puts back what remove() took (for undo).
    Result<Record> restore(const RegisterDef& reg, const Removed& removed);
    // The next free reference of a register, for a form to show before the record is stored.
    Result<std::string> nextRef(const RegisterDef& reg) const;

    // ---- links ----
    Result<void> link(const LinkDef& link, RecordId fromId, const std::string& toRegister,
                      RecordId toId);
    Result<void> unlink(const LinkDef& link, RecordId fromId, const std::string& toRegister,
                        RecordId toId);
    // Every link that starts or ends at this record.
    Result<std::vector<LinkRow>> links(const std::string& registerKey, RecordId id) const;
    // Every row of one link type (for rules over the whole file, e.g. SoA consistency).
    Result<std::vector<LinkRow>> allLinks(const LinkDef& link) const;

    // Everything the rules read (all records, links, methodology, organisation) in one go.
    Result<IsmsData> loadAll() const;

    // ---- methodology ----
    Result<Methodology> methodology() const;
    // Validates, stores, and re-evaluates every risk's levels in the same transaction.
    Result<void> setMethodology(const Methodology& methodology);

    // ---- risk assessment runs (8.2) ----
    // Copies every risk's current levels into the snapshot of an assessments record and keeps the methodology in force with it (schema 4). Logged
    // ("snapshot", with the snapshot's size and SHA-256 and the methodology kept).
    Result<void> snapshotRisks(RecordId assessmentId);
    Result<std::vector<SnapshotRow>> snapshot(RecordId assessmentId) const;
    // Records a run: a new assessments record dated today with the trigger and note, and its
    // snapshot, in one transaction. Refused: a trigger other than planned or change, a
    // performer who is not a person, a read-only file.
    Result<AssessmentRun> recordAssessment(const AssessmentRequest& request);
    // The recorded runs (assessments with a kept methodology), oldest first (sortRuns): headers
    // with riskCount, without their risks. None in a schema-3 file.
    Result<std::vector<AssessmentRun>> assessmentRuns() const;
    // One run whole: header, kept methodology and snapshot.
    Result<AssessmentRun> assessmentRun(RecordId assessmentId) const;

    // ---- SoA versions (6.1.3 d; schema 4) ----
    // Freezes the SoA as it stands as the next numbered version, approved now by a person of
    // the people register with an optional note. Controls still undecided are allowed and
    // counted (the version is then incomplete). Logged ("soa_version").
    Result<SoaVersion> approveSoaVersion(const SoaApprovalRequest& request);
    // Every version's header, oldest first (controls not read). None in a schema-3 file.
    Result<std::vector<SoaVersion>> soaVersions() const;
    // One version whole, with its controls.
    Result<SoaVersion> soaVersion(int number) const;

    // ---- risk-owner approvals (6.1.3 f; schema 4) ----
    // Records that a person of the people register approved the risk's treatment and accepts
    // its residual risk, now, with a snapshot of the risk (its fields and treating controls)
    // and its SHA-256. Refused with a message: a risk or person that does not exist, a blank
    // rationale, an expiry already past, a read-only file. Logged ("approve").
    Result<RiskApproval> approveRisk(const ApprovalRequest& request);
    // Takes an approval back (the undo of approveRisk). Logged ("withdraw").
    Result<void> withdrawApproval(std::int64_t approvalId);
    // One risk's approvals, or every approval (riskId 0), oldest first; none before schema 4.
    Result<std::vector<RiskApproval>> approvals(RecordId riskId = 0) const;
    // When each risk's residual likelihood or impact was last set, from the change log (one risk,
    // or all when riskId is 0): what IsmsData::residualAssessedAt holds.
    Result<std::map<RecordId, std::string>> residualAssessments(RecordId riskId = 0) const;

    // ---- attachments (evidence) ----
    Result<Attachment> attach(const std::string& registerKey, RecordId recordId,
                              const std::string& name, const std::string& mediaType,
                              const std::vector<std::byte>& content);
    // Streams the file at `source` in (never whole in memory), hashing as it goes. `name` defaults
    // to the source's file name; the media type to application/octet-stream. Size and name are
    // checked as for attach() (evidence_rules.h).
    Result<Attachment> attachFile(const std::string& registerKey, RecordId recordId,
                                  const std::filesystem::path& source, const std::string& name = {},
                                  const std::string& mediaType = {});
    Result<std::vector<Attachment>> attachments(const std::string& registerKey,
                                                RecordId recordId) const;
    // The whole content in memory: for small files. Prefer writeAttachmentContent for opening.
    Result<std::vector<std::byte>> attachmentContent(std::int64_t attachmentId) const;
    // Streams an attachment's content to the open descriptor `fd`, checking its SHA-256.
    Result<void> writeAttachmentContent(std::int64_t attachmentId, int fd) const;
    Result<void> detach(std::int64_t attachmentId);

    // ---- history and health ----
    // Newest first. With a record: that record's entries only. limit -1 = all.
    Result<std::vector<ChangeEntry>> history(const std::string& registerKey = {},
                                             RecordId recordId = 0,
                                             std::int64_t limit = -1) const;
    Result<ChainReport> verifyChangeLog() const;
    Result<HealthReport> check() const;

    // ---- transactions and notifications ----
    // Runs `work` in one transaction: all of its writes commit together or none do (the work
    // returning an error, or throwing, rolls back). Nested calls join the outer transaction.
    Result<void> transaction(const std::function<Result<void>()>& work);
    // Called after each commit with what it changed.
    void setObserver(std::function<void(const std::vector<Change>&)> observer);

    // ---- copies ----
    // A consistent copy of the whole file (VACUUM INTO); refuses to overwrite.
    Result<void> saveCopy(const std::filesystem::path& target) const;

    // An audit copy: a consistent copy marked as such (it opens read-only by default), in rollback
    // journal mode so a read-only open never needs -wal/-shm, with its content digest stored
    // inside and the whole file's SHA-256 written beside it as PATH.sha256.
    Result<ExportReceipt> exportAuditCopy(const std::filesystem::path& target) const;
    Result<ExportReceipt> exportAuditCopy(const std::filesystem::path& target, const ExportOptions& options) const;
    // Checks an exported copy without writing a byte: sidecar or given digest, content digest,
    // change-log chain, signature.
    static Result<VerifyReport> verifyAuditCopy(const std::filesystem::path& path);
    static Result<VerifyReport> verifyAuditCopy(const std::filesystem::path& path, const VerifyOptions& options);

    // ---- auditor notes (audit_notes.h) ----
    // Merges an auditor's notes file into this file as findings of the audit `auditRef`: all the
    // notes or none (one transaction), each note only once (merged note ids are kept as logged
    // file settings `auditor_note:<id>`). Refused when the notes were taken on a copy of another
    // file. With dryRun everything is checked and counted, then rolled back.
    Result<NotesMergeReport> mergeAuditNotes(const std::filesystem::path& notes,
                                             const std::string& auditRef, bool dryRun = false);

    class Impl;

private:
    explicit IsmsFile(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace isms::storage
