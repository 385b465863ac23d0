#pragma once
// The change-log view of a record: its fields as a JSON object, and the fields that differ
// between two versions of it.

#include "domain/record.h"

#include <string>

namespace isms::storage {

// Every non-empty field (and the ref) as a compact JSON object.
std::string recordJson(const RegisterDef& reg, const Record& record);

struct FieldDiff {
    std::string before;  // JSON object of the changed fields' old values
    std::string after;
    bool empty = true;
};
FieldDiff diffRecords(const RegisterDef& reg, const Record& before, const Record& after);

} // namespace isms::storage
