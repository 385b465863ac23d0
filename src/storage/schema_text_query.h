#pragma once
// The query whose result is a database's "schema text": every entry of sqlite_schema (type,
// name, table, CREATE text), in one order. A file whose text equals the pinned schema's needs no
// structural comparison. The build computes the pinned texts with this same query
// (tools/pinned_schema_text.cpp), so it lives in one place.

namespace isms::storage {

inline constexpr const char* kSchemaTextQuery =
    "SELECT type || char(31) || name || char(31) || tbl_name || char(31) || coalesce(sql, '') "
    "FROM sqlite_schema ORDER BY type, name";
inline constexpr char kSchemaTextRowEnd = '\x1e';

} // namespace isms::storage
