#pragma once
// The checks every record passes before it is stored: shape, types, required fields, enum
// options and the methodology's scales. Messages name the field by its label.

#include "domain/methodology.h"
#include "domain/record.h"
#include "domain/result.h"

namespace isms::storage {

// Pads a short values vector, converts whole numbers given for Real fields, then validates.
// Reference targets are checked by the repository (it needs the file).
Result<void> normaliseAndValidate(const RegisterDef& reg, Record& record,
                                  const Methodology& methodology);

} // namespace isms::storage
