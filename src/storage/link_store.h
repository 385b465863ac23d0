#pragma once
// Rows of the links table: many-to-many relations between records, read from either side.

#include "domain/link.h"
#include "domain/result.h"

#include <string>
#include <vector>

namespace isms::storage {

namespace sql {
class Connection;
}

// false when the link already existed (nothing written).
Result<bool> insertLink(sql::Connection& db, const Link& link);
// false when there was no such link.
Result<bool> deleteLink(sql::Connection& db, const Link& link);
Result<std::vector<Link>> linksOfRecord(sql::Connection& db, const std::string& registerKey, RecordId id);
Result<std::vector<Link>> linksOfType(sql::Connection& db, const std::string& linkKey);
Result<std::vector<Link>> allLinkRows(sql::Connection& db);

} // namespace isms::storage
