#include "storage/file_messages.h"

namespace isms::storage::messages {

namespace {
std::string name(const std::filesystem::path& file) { return "\"" + file.string() + "\""; }
} // namespace

Error notFound(const std::filesystem::path& file)
{
    return makeError(ErrorCode::NotFound, name(file) + " does not exist. Check the folder and the "
                                                       "name, or create a new ISMS file.");
}

Error notAFile(const std::filesystem::path& file)
{
    return makeError(ErrorCode::NotOurs, name(file) + " is a folder or a device, not an ISMS Desk "
                                                      "file. Choose a .isms file.");
}

Error emptyFile(const std::filesystem::path& file)
{
    return makeError(ErrorCode::NotOurs, name(file) + " is empty, so it is not an ISMS Desk file. "
                                                      "Choose another .isms file or create a new one.");
}

Error notSqlite(const std::filesystem::path& file)
{
    return makeError(ErrorCode::NotOurs,
                     name(file) + " is not an ISMS Desk file (it is not a database at all). "
                                  "Choose a .isms file, or create a new one.");
}

Error notOurs(const std::filesystem::path& file)
{
    return makeError(ErrorCode::NotOurs,
                     name(file) + " is a database made by another program, not an ISMS Desk file. "
                                  "It was left unchanged. Choose a .isms file, or create a new one.");
}

Error corrupt(const std::filesystem::path& file, const std::string& detail)
{
    return makeError(ErrorCode::Corrupt,
                     name(file) + " is damaged (" + detail + ") and cannot be opened. It was left "
                                  "unchanged. Open your latest backup or audit copy instead.");
}

Error schemaAltered(const std::filesystem::path& file, const std::string& firstDifference)
{
    return makeError(ErrorCode::Corrupt,
                     name(file) + " cannot be opened: its tables were changed outside ISMS Desk ("
                         + firstDifference + "). It was left unchanged. Open your latest backup or "
                                             "audit copy instead, and keep this file for investigation.");
}

Error tooNew(const std::filesystem::path& file, int fileSchema, int newestSchema)
{
    return makeError(ErrorCode::TooNew,
                     "This file was made by a newer version of ISMS Desk (schema "
                         + std::to_string(fileSchema) + "; this program reads up to "
                         + std::to_string(newestSchema)
                         + "). Install a newer version to open it. File: " + name(file) + ".");
}

Error needsUpgrade(const std::filesystem::path& file, int fileSchema)
{
    return makeError(ErrorCode::ReadOnly,
                     name(file) + " was made by an older version of ISMS Desk (schema "
                         + std::to_string(fileSchema)
                         + ") and must be upgraded before it can be read. Open it for editing once "
                           "(a backup is taken first), or ask its owner for a current copy.");
}

Error locked(const std::filesystem::path& file)
{
    return makeError(ErrorCode::Locked,
                     name(file) + " is open in another program (perhaps another ISMS Desk window). "
                                  "Close it there, or open it read-only.");
}

Error beingRead(const std::filesystem::path& file)
{
    return makeError(ErrorCode::Locked,
                     name(file) + " is being read by another program (a read-only ISMS Desk window "
                                  "or an ismsctl command), so it cannot be opened for editing now. "
                                  "Close the read-only window or let the command finish, then try "
                                  "again (ismsctl waits with --wait SECONDS).");
}

Error crashedInReadOnlyFolder(const std::filesystem::path& file)
{
    return makeError(ErrorCode::ReadOnly,
                     name(file) + " was not closed properly: its latest changes are still in \""
                         + file.filename().string() + "-wal\" beside it, and its folder is "
                           "read-only, so they can be neither read nor saved into the file here. "
                           "Open it once for editing where the folder is writable (that completes "
                           "the file), or copy the file together with its -wal file to a folder "
                           "where you may write and open the copy.");
}

Error readOnlyOnDisk(const std::filesystem::path& file)
{
    return makeError(ErrorCode::ReadOnly,
                     name(file) + " cannot be changed: it or its folder is read-only on disk. Open "
                                  "it read-only, or copy it to a folder where you can write and "
                                  "open the copy.");
}

Error readOnlySession(const std::filesystem::path& file)
{
    return makeError(ErrorCode::ReadOnly,
                     name(file) + " is open read-only, so nothing can be changed. Open it for "
                                  "editing (or work on a copy) to make changes.");
}

Error alreadyExists(const std::filesystem::path& file)
{
    return makeError(ErrorCode::Conflict, name(file) + " already exists and was not overwritten. "
                                                       "Choose another name or folder.");
}

Error inUseCannotReplace(const std::filesystem::path& file)
{
    return makeError(ErrorCode::Locked, name(file) + " is open in another program (perhaps another ISMS Desk "
                                                     "window), so it cannot be replaced. Close it there, or "
                                                     "choose another name.");
}

Error cannotReplace(const std::filesystem::path& file, const std::string& detail)
{
    return makeError(ErrorCode::Io, name(file) + " could not be replaced: it could not be moved aside (" + detail
                                        + "). Check the folder's permissions, or choose another name.");
}

Error cannotRead(const std::filesystem::path& file, const std::string& detail)
{
    return makeError(ErrorCode::Io, name(file) + " cannot be read (" + detail
                                        + "). Check that you may read it and that the disk is "
                                          "attached.");
}

Error openFailure(const std::filesystem::path& file, const Error& sqliteError)
{
    switch (sqliteError.code) {
    case ErrorCode::Locked:
        return locked(file);
    case ErrorCode::Corrupt:
        return corrupt(file, sqliteError.message);
    case ErrorCode::NotOurs:
        return notSqlite(file);
    case ErrorCode::ReadOnly:
        return readOnlyOnDisk(file);
    default:
        return cannotRead(file, sqliteError.message);
    }
}

} // namespace isms::storage::messages
