// Creating and opening .isms files: probing, locking, integrity check, upgrades, read-only mode.

#include "storage/file_location.h"
#include "storage/file_lock.h"
#include "storage/file_messages.h"
#include "storage/file_probe.h"
#include "storage/file_settings.h"
#include "storage/isms_file_impl.h"
#include "storage/methodology_store.h"
#include "storage/migrations.h"
#include "storage/page_check.h"
#include "storage/schema.h"
#include "storage/schema_check.h"

#include <sqlite3.h>
#include <spdlog/spdlog.h>

#include <algorithm>

#include <sys/stat.h>
#include <unistd.h>

namespace isms::storage {

namespace {

constexpr int kBusyTimeoutMs = 200;

// Writable means both the file and its folder (the -wal file is created beside it). A file
// whose permission bits allow nobody to write counts as read-only even for an administrator.
bool writableOnDisk(const std::filesystem::path& file)
{
    struct stat st {};
    if (::stat(file.c_str(), &st) != 0 || (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0)
        return false;
    if (::access(file.c_str(), W_OK) != 0)
        return false;
    auto folder = std::filesystem::absolute(file).parent_path();
    return ::access(folder.c_str(), W_OK) == 0;
}

// The checks every open repeats with SQLite's own view: ours, and a version we read.
Result<int> checkHeader(sql::Connection& db, const std::filesystem::path& file, int newestSchema)
{
    auto appId = db.queryInt("PRAGMA application_id");
    if (!appId)
        return messages::openFailure(file, appId.error());
    if (*appId != kApplicationId)
        return messages::notOurs(file);
    auto version = db.queryInt("PRAGMA user_version");
    if (!version)
        return messages::openFailure(file, version.error());
    if (*version > newestSchema)
        return messages::tooNew(file, static_cast<int>(*version), newestSchema);
    if (*version < 1)
        return messages::corrupt(file, "it has no schema version");
    if (auto r = refuseAlteredSchema(db, file, static_cast<int>(*version)); !r)
        return r.error();
    return static_cast<int>(*version);
}

// Whether the background check can stand in for the one at open: the database file alone must
// hold the whole file and need no upgrade, as the checking thread reads just that.
bool checkInBackground(const OpenOptions& options, bool databaseFileCurrent, int version, int newestSchema)
{
    return options.integrityCheck == IntegrityCheck::Background && databaseFileCurrent
           && version == newestSchema;
}

Result<std::unique_ptr<IsmsFile::Impl>> openReadOnly(const std::filesystem::path& file,
                                                     const OpenOptions& options, const Clock& clock,
                                                     int newestSchema)
{
    // Immutable: no locks, no -shm, not one byte written.
    ReadAccess access = readAccess(file);
    const bool hasWal = !access.immutable;
    auto db = sql::Connection::open(readOnlyUri(file, access.immutable), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX);
    if (!db)
        return messages::openFailure(file, db.error());
    sqlite3_busy_timeout((*db)->handle(), kBusyTimeoutMs);
    auto version = checkHeader(**db, file, newestSchema);
    if (!version) {
        // SQLite could neither read the -wal's changes through a -shm nor make one.
        if (hasPendingWal(file) && !folderWritable(file) && version.error().code != ErrorCode::TooNew)
            return messages::crashedInReadOnlyFolder(file);
        return version.error();
    }
    if (*version < kOldestReadableSchema)
        return messages::needsUpgrade(file, *version);
    const bool background = checkInBackground(options, !hasWal, *version, newestSchema);
    if (!background)
        if (auto r = checkPages(**db, file); !r)
            return r.error();
    auto impl = std::make_unique<IsmsFile::Impl>(file, OpenMode::ReadOnly, std::move(*db), clock, options.author);
    // An older file is read as its own schema has the registers (it is never migrated here).
    impl->catalogue = &Catalogue::forSchema(*version);
    impl->lock = std::move(access.lock);
    impl->databaseFileCurrent = !hasWal;
    if (background)
        if (auto r = impl->startIntegrityCheck(); !r)
            return r.error();
    return impl;
}

// Whether the file says it is an audit copy, read without locks, checks or a single write.
bool isAuditCopy(const std::filesystem::path& file)
{
    const ReadAccess access = readAccess(file);
    auto db = sql::Connection::open(readOnlyUri(file, access.immutable), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX);
    if (!db)
        return false;
    auto flag = (*db)->queryText("SELECT value FROM meta WHERE key = 'audit_copy'");
    return flag && *flag == "1";
}

Result<void> configureForWriting(sql::Connection& db)
{
    for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON"})
        if (auto r = db.exec(pragma); !r)
            return r;
    return {};
}

} // namespace

Result<std::unique_ptr<IsmsFile::Impl>> IsmsFile::Impl::open(const std::filesystem::path& file,
                                                             const OpenOptions& options, const Clock& clock)
{
    const MigrationPlan& plan = activeMigrationPlan();
    auto header = probeIsmsFile(file, plan.targetVersion);
    if (!header)
        return header.error();
    if (options.mode == OpenMode::ReadOnly || (options.readOnlyIfAuditCopy && isAuditCopy(file)))
        return openReadOnly(file, options, clock, plan.targetVersion);
    const bool walPending = hasPendingWal(file);
    if (!writableOnDisk(file))
        return walPending && !folderWritable(file) ? messages::crashedInReadOnlyFolder(file)
                                                   : messages::readOnlyOnDisk(file);

    // One editor at a time (file_lock.h); SQLite's own locking stays normal so readers in other
    // processes read beside us.
    auto lock = FileLock::forEditing(file, options.waitForEditor);
    if (!lock)
        return lock.error();
    auto db = sql::Connection::open(file.string(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX);
    if (!db)
        return messages::openFailure(file, db.error());
    sql::Connection& c = **db;
    sqlite3_busy_timeout(c.handle(), std::max<int>(kBusyTimeoutMs, static_cast<int>(options.waitForEditor.count())));
    // One read transaction for the checks: readers beside us are not blocked.
    if (auto r = c.exec("BEGIN"); !r)
        return messages::openFailure(file, r.error());
    auto version = checkHeader(c, file, plan.targetVersion);
    const bool background = version && checkInBackground(options, !walPending, *version, plan.targetVersion);
    if (version && !background)
        if (auto r = checkPages(c, file); !r)
            version = r.error();
    (void)c.exec(version ? "COMMIT" : "ROLLBACK");
    if (!version)
        return version.error();

    std::optional<int> migratedFrom;
    std::optional<std::filesystem::path> backup;
    if (*version < plan.targetVersion) {
        if (!options.allowMigration)
            return messages::needsUpgrade(file, *version);
        // The backup copies the database file alone, so it must hold everything: a reader
        // beside us could keep the checkpoint from finishing.
        auto busy = c.queryInt("PRAGMA wal_checkpoint(TRUNCATE)");
        if (!busy)
            return messages::openFailure(file, busy.error());
        if (*busy != 0)
            return messages::beingRead(file);
        backup = backupPathFor(file, *version);
        std::error_code ec;
        std::filesystem::copy_file(file, *backup, ec);
        if (ec)
            return makeError(ErrorCode::Io, "\"" + file.string() + "\" needs an upgrade, but the backup copy \""
                                                + backup->string() + "\" could not be written (" + ec.message()
                                                + "). Free some space or open the file from a folder you can write to.");
        if (auto r = runMigrations(c, *version, plan); !r) {
            std::filesystem::remove(*backup, ec);  // the file itself is unchanged
            return makeError(r.error().code, "\"" + file.string() + "\" could not be upgraded and was left as it was. "
                                                 + r.error().message);
        }
        spdlog::info("Upgraded {} from schema {} to {}; backup at {}", file.string(), *version,
                     plan.targetVersion, backup->string());
        migratedFrom = *version;
    }
    if (auto r = configureForWriting(c); !r)
        return messages::openFailure(file, r.error());
    auto impl = std::make_unique<Impl>(file, OpenMode::ReadWrite, std::move(*db), clock, options.author);
    impl->lock = std::move(*lock);
    impl->migratedFrom = migratedFrom;
    impl->backupPath = backup;
    impl->databaseFileCurrent = !walPending && !migratedFrom;
    if (background)
        if (auto r = impl->startIntegrityCheck(); !r)
            return r.error();
    return impl;
}

Result<std::unique_ptr<IsmsFile::Impl>> IsmsFile::Impl::create(const std::filesystem::path& file,
                                                               const CreateOptions& options, const Clock& clock)
{
    std::error_code ec;
    if (std::filesystem::exists(file, ec) || std::filesystem::exists(sidecar(file, "-wal"), ec))
        return messages::alreadyExists(file);
    if (options.organisation.find_first_not_of(" \t\r\n") == std::string::npos)
        return makeError(ErrorCode::Invalid, "A new ISMS file needs the organisation's name.");

    auto db = sql::Connection::open(file.string(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX);
    if (!db)
        return makeError(ErrorCode::Io, "\"" + file.string() + "\" could not be created (" + db.error().message
                                            + "). Check that the folder exists and that you may write to it.");
    auto fail = [&](const Error& e) -> Error {
        db->reset();
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
            std::error_code ignored;
            std::filesystem::remove(sidecar(file, suffix), ignored);
        }
        return makeError(e.code, "\"" + file.string() + "\" could not be created: " + e.message);
    };
    sql::Connection& c = **db;
    auto lock = FileLock::forEditing(file, std::chrono::milliseconds(0));
    if (!lock)
        return fail(lock.error());
    if (auto r = configureForWriting(c); !r)
        return fail(r.error());
    if (auto r = c.exec("BEGIN EXCLUSIVE"); !r)
        return fail(r.error());
    if (auto r = createSchema(c, Catalogue::standard()); !r)
        return fail(r.error());
    for (const auto& pragma : {"PRAGMA application_id = " + std::to_string(kApplicationId),
                               "PRAGMA user_version = " + std::to_string(kSchemaVersion)})
        if (auto r = c.exec(pragma); !r)
            return fail(r.error());
    if (auto r = writeInitialSettings(c, options.organisation, options.author, clock.nowUtc()); !r)
        return fail(r.error());
    if (auto r = c.exec("COMMIT"); !r)
        return fail(r.error());
    // Put the header in the main file now: a second opener probing it sees an ISMS file (and
    // gets "locked"), not the empty shell a WAL-only commit leaves behind.
    if (auto r = c.exec("PRAGMA wal_checkpoint(TRUNCATE)"); !r)
        return fail(r.error());
    auto impl = std::make_unique<Impl>(file, OpenMode::ReadWrite, std::move(*db), clock, options.author);
    impl->lock = std::move(*lock);
    impl->databaseFileCurrent = true;
    return impl;
}

} // namespace isms::storage
