#pragma once
// A register as CSV: a header of "ref" and every field key (computed fields included, so a
// spreadsheet shows risk levels), then one row per record in creation order. Values use their
// canonical text (value_text.h); a Reference is written as the referenced record's ref, so the
// file means the same thing in another ISMS file and can be imported back. Cells a spreadsheet
// would run as formulas are defused with a leading apostrophe (csv_formula.h), which import
// removes again.

#include "domain/register_def.h"
#include "domain/result.h"
#include "storage/isms_file.h"

#include <string>
#include <vector>

namespace isms::content {

// "ref" followed by the register's field keys.
std::vector<std::string> csvHeader(const RegisterDef& reg);

Result<std::string> exportCsv(const storage::IsmsFile& file, const RegisterDef& reg);

// The rows of exportCsv without the CSV quoting: for callers that print a table or JSON. Both
// list the records in natural ref order (domain/ref_order.h).
Result<std::vector<std::vector<std::string>>> exportRows(const storage::IsmsFile& file,
                                                         const RegisterDef& reg);

} // namespace isms::content
