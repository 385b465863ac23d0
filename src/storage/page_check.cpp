#include "storage/page_check.h"

#include "storage/file_messages.h"

#include <sqlite3.h>

namespace isms::storage {

Result<void> checkPages(sql::Connection& db, const std::filesystem::path& file)
{
    auto quick = db.queryText("PRAGMA quick_check");
    if (!quick) {
        if (sqlite3_errcode(db.handle()) == SQLITE_INTERRUPT)
            return makeError(ErrorCode::Internal, "The check of \"" + file.string()
                                                      + "\" was interrupted because the file was closed.");
        return messages::openFailure(file, quick.error());
    }
    if (*quick != "ok")
        return messages::corrupt(file, *quick);
    return {};
}

} // namespace isms::storage
