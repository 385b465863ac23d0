// Reading an open file from other threads: parallel readers and the background integrity check.
//
// While the database file alone holds everything (nothing written since opening, no -wal
// pending), an `immutable` connection reads that file without locks and sees exactly the file
// as opened (this file is its only editor: file_lock.h): the open file's own writes go to its -wal, and automatic
// checkpoints, the only thing that would rewrite the database file, stay off while a reader is
// registered. Closing interrupts the readers and waits for them before SQLite's closing
// checkpoint.

#include "storage/file_location.h"
#include "storage/isms_file_impl.h"
#include "storage/page_check.h"

#include <spdlog/spdlog.h>

#include <chrono>

#if defined(__linux__)
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace isms::storage {

namespace {

// The check is insurance, not something anyone waits for: it takes the processor only when the
// window (and whoever else) does not need it. A thread may lower its own priority, never raise
// it back, so this is only for threads of our own.
void yieldToForegroundThreads()
{
#if defined(__linux__)
    (void)::setpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()), 19);  // per thread on Linux
#endif
}

// An immutable connection to the database file, registered with `file`'s readers.
Result<std::unique_ptr<sql::Connection>> connectReader(IsmsFile::Impl& file)
{
    auto db = sql::Connection::open(readOnlyUri(file.path, true),
                                    SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX);
    if (!db)
        return makeError(db.error().code, "\"" + file.path.string()
                                              + "\" could not be read in parallel: " + db.error().message);
    if (file.mode == OpenMode::ReadWrite && !file.checkpointsHeld) {
        if (auto r = file.db->exec("PRAGMA wal_autocheckpoint = 0"); !r)
            return r.error();
        file.checkpointsHeld = true;
    }
    if (!file.readers->enter((*db)->handle()))
        return makeError(ErrorCode::Internal, "\"" + file.path.string() + "\" is closing.");
    return db;
}

} // namespace

IsmsFile::Impl::~Impl()
{
    if (readingFor)
        readingFor->leave(db->handle());
    readers->closeAll();
    if (integrityCheck.joinable())
        integrityCheck.join();
}

Result<std::unique_ptr<IsmsFile::Impl>> IsmsFile::Impl::openParallelReader()
{
    if (!databaseFileCurrent)
        return makeError(ErrorCode::Conflict, "\"" + path.string()
                                                  + "\" has changes the database file does not hold yet, "
                                                    "so it cannot be read in parallel.");
    auto db = connectReader(*this);
    if (!db)
        return db.error();
    auto reader = std::make_unique<Impl>(path, OpenMode::ReadOnly, std::move(*db), *clock, author);
    reader->catalogue = catalogue;
    reader->readingFor = readers;
    reader->integrity = integrity;
    return reader;
}

Result<void> IsmsFile::Impl::startIntegrityCheck()
{
    auto db = connectReader(*this);
    if (!db) {
        spdlog::warn("Checking {} at open: {}", path.string(), db.error().message);
        return checkPages(*this->db, path);
    }
    std::promise<Result<void>> promise;
    integrity = promise.get_future().share();
    integrityCheck = std::thread([db = std::move(*db), readers = readers, file = path,
                                  promise = std::move(promise)]() mutable {
        yieldToForegroundThreads();
        const auto start = std::chrono::steady_clock::now();
        Result<void> verdict = checkPages(*db, file);
        readers->leave(db->handle());
        db.reset();
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
        if (verdict)
            spdlog::info("{}: every page checked in {} ms", file.string(), ms.count());
        else if (verdict.error().code == ErrorCode::Corrupt)
            spdlog::warn("{}", verdict.error().message);
        else
            spdlog::info("{}", verdict.error().message);
        promise.set_value(std::move(verdict));
    });
    return {};
}

} // namespace isms::storage
