#pragma once
// What each column of a CSV header becomes on import: the ref, a field, a computed field that is
// ignored, or a problem. importCsv maps its header with this, and the GUI's import preview shows
// the same mapping, so what the preview promises is what the import does.

#include "content/csv.h"
#include "domain/register_def.h"
#include "domain/result.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace isms::content {

struct CsvColumn {
    enum class Kind {
        Ref,       // the record's reference ("ref")
        Field,     // a field of the register, imported
        Computed,  // a computed field (risk levels): accepted and ignored
        Unknown,   // the register has no such field: refused
        Repeated,  // the same name appeared earlier in the header: refused
        Unnamed,   // an empty header cell: refused
    };
    Kind kind = Kind::Unknown;
    std::string key;        // the header cell, trimmed, in lower case
    std::size_t field = 0;  // Field and Computed: the index in RegisterDef::fields
};

// One entry per header cell, in order (names in any case; blanks around them ignored).
std::vector<CsvColumn> csvColumns(const RegisterDef& reg, const std::vector<std::string>& header);

// The keys of required fields the header lacks.
std::vector<std::string> missingRequiredColumns(const RegisterDef& reg,
                                                const std::vector<CsvColumn>& columns);

// The CSV's rows (the header first) exactly as importCsv reads them: decoded (csv_text.h), split
// by the header's separator, export's defusing apostrophes removed. Refused with importCsv's
// message ("Nothing was imported into <register>: the CSV is not UTF-8 text. line 3, ...").
Result<std::vector<CsvRow>> csvImportRows(const RegisterDef& reg, std::string_view csvBytes);

} // namespace isms::content
