// Transactions, the change log append and change notifications of an open file.

#include "storage/file_messages.h"
#include "storage/isms_file_impl.h"

namespace isms::storage {

IsmsFile::Impl::Impl(std::filesystem::path path_, OpenMode mode_, std::unique_ptr<sql::Connection> db_,
                     const Clock& clock_, std::string author_)
    : path(std::move(path_)), mode(mode_), db(std::move(db_)), clock(&clock_),
      author(std::move(author_)), records(*db)
{
}

Result<void> IsmsFile::Impl::requireWritable() const
{
    if (mode == OpenMode::ReadOnly)
        return messages::readOnlySession(path);
    // Nothing is written to a file that may be damaged: the first write waits for the check.
    return awaitIntegrity();
}

Result<void> IsmsFile::Impl::awaitIntegrity() const
{
    if (!integrity.valid())
        return {};
    return integrity.get();
}

Result<void> IsmsFile::Impl::begin()
{
    poisoned = false;
    pending.clear();
    if (checkpointsHeld && readers->empty()) {
        if (auto r = db->exec("PRAGMA wal_autocheckpoint = 1000"); r)  // SQLite's default
            checkpointsHeld = false;
    }
    // From here on the -wal may hold what the database file lacks.
    databaseFileCurrent = false;
    if (auto r = db->exec("BEGIN IMMEDIATE"); !r)
        return makeError(r.error().code, "Could not start a change: " + r.error().message);
    return {};
}

Result<void> IsmsFile::Impl::commit()
{
    if (auto r = log.storeHead(*db); !r) {
        rollback();
        return makeError(r.error().code, "The change could not be saved: " + r.error().message);
    }
    if (auto r = db->exec("COMMIT"); !r) {
        rollback();
        return makeError(r.error().code, "The change could not be saved: " + r.error().message);
    }
    log.committed();
    std::vector<Change> delivered;
    delivered.swap(pending);
    if (observer && !delivered.empty())
        observer(delivered);
    return {};
}

void IsmsFile::Impl::rollback()
{
    if (db->inTransaction())
        (void)db->exec("ROLLBACK");
    // Everything cached from inside the transaction may now be ahead of the file.
    records.forgetCounters();
    log.forget();
    methodologyCache.reset();
    pending.clear();
    poisoned = false;
}

Error IsmsFile::Impl::broken(Error error)
{
    poisoned = true;
    return error;
}

Result<void> IsmsFile::Impl::transaction(const std::function<Result<void>()>& work)
{
    if (depth > 0) {
        Result<void> r = makeError(ErrorCode::Internal, "The change did not run.");
        try {
            r = work();
        } catch (const std::exception& e) {
            r = makeError(ErrorCode::Internal, std::string("Unexpected failure: ") + e.what());
        }
        if (!r)
            poisoned = true;  // the outer transaction cannot keep half of this one
        return r;
    }
    auto r = write<Ok>([&]() -> Result<Ok> {
        auto done = work();
        if (!done)
            return done.error();
        return Ok{};
    });
    if (!r)
        return r.error();
    return {};
}

Result<ChangeEntry> IsmsFile::Impl::logChange(NewChange change, const std::string& at)
{
    auto entry = log.append(*db, at.empty() ? clock->nowUtc() : at, author, std::move(change));
    if (!entry)
        return broken(makeError(entry.error().code, "Could not record the change: " + entry.error().message));
    return entry;
}

void IsmsFile::Impl::changed(Change::Kind kind, std::string registerKey, RecordId id)
{
    pending.push_back(Change{kind, std::move(registerKey), id});
}

} // namespace isms::storage
