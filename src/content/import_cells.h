#pragma once
// One cell of an import read as a value of its field, the way another tool writes it: a level
// by its label on this file's scale ("Likely"), an option by its label or another tool's word
// ("mitigate"), the mapping's translation of the source's own words, and export placeholders
// ("--") as empty. Anything else is refused with the file's own choices listed, so the person
// can correct the cell or map the word.

#include "content/import_map.h"
#include "domain/field.h"
#include "domain/methodology.h"
#include "domain/value_text.h"

#include <string>
#include <string_view>

namespace isms::content {

struct CellReader {
    const std::string& registerKey;
    const Methodology& methodology;
    const ImportMap& map;

    // For every field type but Reference (see import_targets.h).
    ParsedValue read(const FieldDef& field, std::string_view cell) const;

private:
    std::string mapped(const FieldDef& field, const std::string& text) const;
    ParsedValue level(const FieldDef& field, const std::string& text) const;
};

// The items of a cell that holds several ("A-001 | A-004", or one per line), trimmed, empty and
// placeholder items dropped.
std::vector<std::string> cellItems(std::string_view cell);

} // namespace isms::content
