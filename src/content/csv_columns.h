#pragma once
// What each column of an import's header becomes: the ref, a field, links to another register,
// a computed field that is ignored, a column knowingly left out, or a problem. importCsv maps
// its header with this, and the GUI's import preview shows the same mapping, so what the
// preview promises is what the import does.
//
// A header cell is recognised, in this order, by the person's mapping (import_map.h), by our
// field key or "ref", by a field's label ("Inherent likelihood"), by a link's key or the
// register it leads to ("assets"), and last by the names other tools export (import_aliases.h).
// When two columns would fill one field, the better-recognised one wins and the other is left
// out with a note; text fields take both, joined; two columns of links add up.

#include "content/csv.h"
#include "content/import_map.h"
#include "domain/catalogue.h"
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
        Link,      // links to records of another register, one per item of the cell
        Computed,  // a computed field (risk levels): accepted and ignored
        Ignored,   // known, deliberately not imported: mapped to "" or a foreign column we keep no field for
        Unknown,   // the register has no such field: refused
        Repeated,  // the same name appeared earlier in the header: refused
        Unnamed,   // an empty header cell: refused
    };
    Kind kind = Kind::Unknown;
    std::string key;        // the header cell, trimmed, in lower case
    std::size_t field = 0;  // Field and Computed: the index in RegisterDef::fields
    std::string link;       // Link: the LinkDef key ("risk_assets")
    std::string note;       // Ignored: why, as a clause ("taken from inherent_proba instead")
    bool recognisedByName = false;  // Field or Link found by a label or another tool's name, not our key
};

// One entry per header cell, in order (names in any case; blanks around them ignored).
std::vector<CsvColumn> csvColumns(const Catalogue& catalogue, const RegisterDef& reg,
                                  const std::vector<std::string>& header, const ImportMap& map = {});

// The keys of required fields the header lacks.
std::vector<std::string> missingRequiredColumns(const RegisterDef& reg,
                                                const std::vector<CsvColumn>& columns);

// The rows (the header first) exactly as importCsv reads them: an XLSX workbook's first
// worksheet (xlsx_reader.h), or CSV text decoded (csv_text.h), split by the header's separator,
// export's defusing apostrophes removed. Refused with importCsv's message ("Nothing was imported
// into <register>: the CSV is not UTF-8 text. line 3, ...").
Result<std::vector<CsvRow>> csvImportRows(const RegisterDef& reg, std::string_view bytes);

// "row" for a workbook, "line" for CSV text: how problems name where they are.
const char* rowWord(std::string_view bytes);

} // namespace isms::content
