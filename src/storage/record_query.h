#pragma once
// Turns a Query (search, column filters, sort, page) into SQL over one register's table, so
// filtering and sorting happen in SQLite and only the requested page is read.

#include "domain/register_def.h"
#include "domain/result.h"
#include "storage/isms_file.h"

#include <string>
#include <vector>

namespace isms::storage {

struct QuerySql {
    std::string where;    // "" or " WHERE ..."
    std::string orderBy;  // " ORDER BY ..."
    std::string page;     // " LIMIT ? OFFSET ?" (always present; -1 = no limit)
    std::vector<std::string> textParams;  // bound first, in order
    std::int64_t limit = -1;
    std::int64_t offset = 0;
};

// Unknown field keys are refused (Invalid) rather than silently ignored.
Result<QuerySql> buildQuerySql(const RegisterDef& reg, const Query& query);

// "%text%" with LIKE's wildcards escaped (ESCAPE '\').
std::string likePattern(const std::string& text);

} // namespace isms::storage
