#pragma once
// The file's tables, generated from the catalogue: one STRICT table r_<key> per register, plus
// the fixed tables (meta, links, change_log, attachments, methodology, assessment_snapshots).

#include "domain/catalogue.h"
#include "domain/result.h"

#include <string>
#include <vector>

namespace isms::storage {

namespace sql {
class Connection;
}

// The SQL column type of a field.
const char* columnType(FieldType type);

// The CREATE statements of one register's table and its indexes.
std::vector<std::string> registerTableDdl(const RegisterDef& reg);
// Every CREATE statement of a new file (of kSchemaVersion), in order.
std::vector<std::string> schemaDdl(const Catalogue& catalogue);

// Schema 4's risk_approvals table and its index (also created by migration 4).
std::vector<std::string> approvalTablesDdl();

// Schema 4's tables for assessment runs' kept methodology and SoA versions (part of schemaDdl;
// migration 4 creates them in an older file).
std::vector<std::string> versionTablesDdl();

// Runs schemaDdl inside the caller's transaction.
Result<void> createSchema(sql::Connection& db, const Catalogue& catalogue);

// The fixed tables every content digest covers besides the registers, with their sort order.
struct TableOrder {
    std::string table;
    std::string orderBy;
    int sinceSchema = 1;  // the schema that added the table: an older file's digest leaves it out
};
std::vector<TableOrder> digestTables(const Catalogue& catalogue);

} // namespace isms::storage
