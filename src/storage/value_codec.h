#pragma once
// Value <-> SQLite column, by field type: dates as ISO text, booleans as 0/1, references as the
// target's id, an empty value as NULL.

#include "domain/field.h"
#include "domain/value.h"

namespace isms::storage {

namespace sql {
class Statement;
}

void bindValue(sql::Statement& statement, int index, const Value& value);
Value readValue(const sql::Statement& statement, int column, const FieldDef& field);

} // namespace isms::storage
