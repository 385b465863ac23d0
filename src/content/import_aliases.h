#pragma once
// The names other tools give the columns and values a register of ours holds, so that a register
// exported from them comes in without renaming every column by hand. Today: CISO Assistant's
// risk-scenario export (ref_id, name, current_proba, applied_controls, ...) and the treatment
// words of ISO 31000 and of most risk tools (mitigate, accept, transfer, avoid).
//
// An alias is only a guess: a column named by our own key or label, or by the person's mapping
// (import_map.h), always wins over it.

#include "domain/field.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace isms::content {

struct ColumnAlias {
    std::string_view name;    // the foreign header, lower case
    std::string_view target;  // "ref", a field key, a link key, or "" (known, deliberately left out)
    std::string_view why;     // for a column left out: why, as the import summary says it
};

// The aliases of a register's columns, in order of preference: when two columns of one file
// would fill the same field (CISO Assistant's inherent_proba and current_proba), the earlier
// alias wins and the later column is left out, and the summary says so.
const std::vector<ColumnAlias>& columnAliases(std::string_view registerKey);

// Our option key for another tool's word for an enum value ("mitigate" -> "modify"), or nullopt.
// An empty string means the word says "not decided yet" (CISO Assistant's "open"), read as empty.
std::optional<std::string> optionSynonym(std::string_view registerKey, const FieldDef& field,
                                         std::string_view lowerCaseWord);

// Whether a cell says "nothing here" the way exports write it ("--", "n/a", "-").
bool isPlaceholderCell(std::string_view lowerCaseText);

} // namespace isms::content
