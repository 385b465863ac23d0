#pragma once
// The state behind one open IsmsFile: its connection, caches kept in step with the file, the
// transaction in progress and the changes waiting for the observer. Split across
// isms_file_*.cpp by concern; isms_file.cpp is the public facade that forwards here.

#include "storage/change_log.h"
#include "storage/file_lock.h"
#include "storage/parallel_readers.h"
#include "storage/isms_file.h"
#include "storage/record_repository.h"
#include "storage/sqlite.h"

#include <memory>
#include <future>
#include <optional>
#include <thread>

namespace isms::storage {

class IsmsFile::Impl {
public:
    Impl(std::filesystem::path path, OpenMode mode, std::unique_ptr<sql::Connection> db,
         const Clock& clock, std::string author);
    // Stops the parallel readers and the background check before the connection closes (its
    // closing checkpoint writes the database file they read).
    ~Impl();

    // ---- opening (isms_file_open.cpp) ----
    static Result<std::unique_ptr<Impl>> create(const std::filesystem::path& path,
                                                const CreateOptions& options, const Clock& clock);
    static Result<std::unique_ptr<Impl>> open(const std::filesystem::path& path,
                                              const OpenOptions& options, const Clock& clock);
    Result<std::unique_ptr<Impl>> openParallelReader();
    // Blocks until the background integrity check (if any) has given its verdict.
    Result<void> awaitIntegrity() const;
    // Starts checking every page on a thread of its own, reading the database file in parallel.
    Result<void> startIntegrityCheck();

    // ---- writing (isms_file_transaction.cpp) ----
    Result<void> requireWritable() const;
    // Runs one write operation: joins the transaction in progress or makes its own.
    template <class T, class Op>
    Result<T> write(Op&& op);
    Result<void> transaction(const std::function<Result<void>()>& work);
    // Marks the transaction in progress as failed after it wrote something: it will roll back.
    Error broken(Error error);
    // `at` defaults to the clock's now.
    Result<ChangeEntry> logChange(NewChange change, const std::string& at = {});
    void changed(Change::Kind kind, std::string registerKey, RecordId id);

    // ---- records (isms_file_records.cpp) ----
    Result<const RegisterDef*> registerOf(const RegisterDef& reg) const;
    Result<const RegisterDef*> registerOf(const std::string& key) const;
    Result<Record> get(const RegisterDef& reg, RecordId id);
    Result<Record> insert(const RegisterDef& reg, Record record);
    Result<Record> update(const RegisterDef& reg, const Record& record);
    Result<Removed> remove(const RegisterDef& reg, RecordId id);
    Result<Record> restore(const RegisterDef& reg, const Removed& removed);
    Result<IsmsData> loadAll();

    // ---- links, attachments, methodology, snapshots (isms_file_relations.cpp) ----
    Result<void> link(const LinkDef& link, RecordId fromId, const std::string& toRegister, RecordId toId);
    Result<void> unlink(const LinkDef& link, RecordId fromId, const std::string& toRegister, RecordId toId);
    Result<Attachment> attach(const std::string& registerKey, RecordId recordId, const std::string& name,
                              const std::string& mediaType, const std::vector<std::byte>& content);
    Result<Attachment> attachFile(const std::string& registerKey, RecordId recordId,
                                  const std::filesystem::path& source, const std::string& name,
                                  const std::string& mediaType);
    Result<void> detach(std::int64_t attachmentId);
    // The cached methodology; valid until the next setMethodology or rollback.
    Result<const Methodology*> methodology();
    Result<void> setMethodology(const Methodology& methodology);
    Result<void> snapshotRisks(RecordId assessmentId);
    Result<std::vector<SnapshotRow>> snapshot(RecordId assessmentId);

    // ---- risk-owner approvals (isms_file_approvals.cpp) ----
    Result<RiskApproval> approveRisk(const ApprovalRequest& request);
    Result<void> withdrawApproval(std::int64_t approvalId);
    Result<std::vector<RiskApproval>> approvals(RecordId riskId);
    Result<std::map<RecordId, std::string>> residualAssessments(RecordId riskId);
    // ---- assessment runs and SoA versions (isms_file_versions.cpp) ----
    Result<AssessmentRun> recordAssessment(const AssessmentRequest& request);
    Result<std::vector<AssessmentRun>> assessmentRuns();
    Result<AssessmentRun> assessmentRun(RecordId assessmentId);
    Result<SoaVersion> approveSoaVersion(const SoaApprovalRequest& request);
    Result<std::vector<SoaVersion>> soaVersions();
    Result<SoaVersion> soaVersion(int number);

    // ---- file level (isms_file_info.cpp) ----
    Result<std::string> meta(const std::string& key);
    Result<void> setMeta(const std::string& key, const std::string& value);
    FileInfo info();
    Result<void> setOrganisation(const std::string& name);
    Result<HealthReport> check();
    Result<void> saveCopy(const std::filesystem::path& target);
    // VACUUM INTO a file that does not exist or is empty (an export's staged partial file).
    Result<void> saveCopyInto(const std::filesystem::path& target);

    // Declared first so it is released last, after the connection's closing checkpoint.
    FileLock lock;
    std::filesystem::path path;
    OpenMode mode;
    std::unique_ptr<sql::Connection> db;
    const Catalogue* catalogue = &Catalogue::standard();
    const Clock* clock;
    std::string author;
    RecordRepository records;
    ChangeLog log;
    std::optional<Methodology> methodologyCache;
    std::optional<int> migratedFrom;
    std::optional<std::filesystem::path> backupPath;

    // ---- parallel reading (isms_file_open.cpp) ----
    // Whether the database file alone holds the whole file, as a parallel reader sees it.
    bool databaseFileCurrent = false;
    // Automatic checkpoints are off while parallel readers may be reading the database file.
    bool checkpointsHeld = false;
    std::shared_ptr<ParallelReaders> readers = std::make_shared<ParallelReaders>();
    std::shared_ptr<ParallelReaders> readingFor;  // set on a parallel reader: the file it reads
    std::shared_future<Result<void>> integrity;
    std::thread integrityCheck;

    int depth = 0;
    bool poisoned = false;
    std::vector<Change> pending;
    std::function<void(const std::vector<Change>&)> observer;

private:
    Result<void> begin();
    Result<void> commit();
    void rollback();
    // Record checks that need the file: reference targets exist.
    Result<void> checkReferences(const RegisterDef& reg, const Record& record);
    Result<void> prepareForWrite(const RegisterDef& reg, Record& record);
};

template <class T, class Op>
Result<T> IsmsFile::Impl::write(Op&& op)
{
    if (auto r = requireWritable(); !r)
        return r.error();
    if (depth > 0)
        return op();
    if (auto r = begin(); !r)
        return r.error();
    depth = 1;
    std::optional<Result<T>> result;
    try {
        result.emplace(op());
    } catch (const std::exception& e) {
        result.emplace(makeError(ErrorCode::Internal, std::string("Unexpected failure: ") + e.what()));
    }
    depth = 0;
    if (!result->ok() || poisoned) {
        rollback();
        if (result->ok())
            return makeError(ErrorCode::Internal, "The change was rolled back after a failure.");
        return *result;
    }
    if (auto c = commit(); !c)
        return c.error();
    return *result;
}

} // namespace isms::storage
