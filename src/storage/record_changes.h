#pragma once
// The change-log view of a record: its fields as a JSON object, and the fields that differ
// between two versions of it.

#include "domain/link.h"
#include "domain/record.h"

#include <string>

namespace isms::storage {

// Every non-empty field (and the ref) as a compact JSON object.
std::string recordJson(const RegisterDef& reg, const Record& record);

// One field's value as a JSON object: {"owner":12} or {"owner":null}.
std::string fieldJson(const std::string& fieldKey, const Value& value);
// A link as seen from its `from` record: {"link":..,"to_register":..,"to_id":..,"to_ref":..}.
std::string linkJson(const Link& link, const std::string& toRef);

struct FieldDiff {
    std::string before;  // JSON object of the changed fields' old values
    std::string after;
    bool empty = true;
};
FieldDiff diffRecords(const RegisterDef& reg, const Record& before, const Record& after);

} // namespace isms::storage
