#include "storage/migration_4_approvals.h"

#include "storage/schema.h"
#include "storage/sqlite.h"

namespace isms::storage {

Result<void> addApprovalTables(sql::Connection& db)
{
    // The same statements a new file is made with, so a migrated file and a new one agree.
    for (const std::string& statement : approvalTablesDdl())
        if (auto r = db.exec(statement); !r)
            return r;
    return {};
}

} // namespace isms::storage
