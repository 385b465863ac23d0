#pragma once
// The file's schema compared with the one its version defines. Each released version's DDL is
// pinned in schemas/schema-<N>.sql and embedded at build time; the comparison is structural
// (tables, columns, types, NOT NULL, defaults, keys, STRICT, WITHOUT ROWID, foreign keys,
// indexes, CHECK constraints, and no triggers or views), because a migrated file's CREATE text
// differs from a fresh one.

#include "domain/result.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace isms::storage {

namespace sql {
class Connection;
}

// The pinned DDL of a released schema version, or empty for a version never released.
std::string_view pinnedSchemaDdl(int version);
// What a database built from that DDL reads back as its schema text (schema_text_query.h),
// computed at build time; empty for a version never released.
std::string_view pinnedSchemaText(int version);
// The schema text of an open database.
Result<std::string> schemaText(sql::Connection& db);

// One line per fact of the schema, sorted.
Result<std::vector<std::string>> describeSchema(sql::Connection& db);
// The description of a database built from `ddl` in memory.
Result<std::vector<std::string>> describeDdl(std::string_view ddl);

// What differs from the pinned schema `version`, in plain words; empty when it matches or
// when no schema of that version was released (a test's pretend upgrade).
Result<std::vector<std::string>> compareWithPinnedSchema(sql::Connection& db, int version);

// At open: the file refused, naming the first difference, when its schema was altered.
Result<void> refuseAlteredSchema(sql::Connection& db, const std::filesystem::path& file, int version);

} // namespace isms::storage
