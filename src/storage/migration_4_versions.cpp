#include "storage/migration_4_versions.h"

#include "storage/schema.h"
#include "storage/sqlite.h"

namespace isms::storage {

Result<void> addVersionTables(sql::Connection& db)
{
    for (const auto& statement : versionTablesDdl())
        if (auto r = db.exec(statement); !r)
            return makeError(r.error().code, "Could not add the assessment and SoA version tables: " + r.error().message);
    return {};
}

} // namespace isms::storage
