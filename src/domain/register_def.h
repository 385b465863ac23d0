#pragma once
// What a register is: its fields, where it sits in clauses 4-10 and how its records are referred to.

#include "field.h"

#include <optional>
#include <string>
#include <vector>

namespace isms {

struct RegisterDef {
    std::string key;          // plural noun in lower case: "risks"; the CLI's REGISTER word
    std::string singular;     // "risk"
    std::string title;        // "Risks and opportunities"
    std::string clause;       // "6.1.2, 8.2"
    std::string group;        // navigation group: "4 Context", ..., "Assets"
    std::string refPrefix;    // "R" gives R-001, R-002, ...
    std::string titleField;   // the field that names a record in lists and links
    std::string description;  // one sentence: what belongs here (the empty register's hint)
    std::vector<FieldDef> fields;
    // Fields earlier schemas had and this one no longer has: their history is still read (a
    // migration logs them emptied), but nothing stores them.
    std::vector<std::string> retiredFields;

    // Index of a field in `fields` (and so in Record::values), or nullopt.
    std::optional<std::size_t> indexOf(const std::string& fieldKey) const;
    const FieldDef* field(const std::string& fieldKey) const;
    // The SQL-safe table name: "r_" followed by the key.
    std::string tableName() const { return "r_" + key; }
};

// A many-to-many relation between records of two registers ("risk treated by control").
// to == "*" means the link may point at a record of any register (checklist evidence).
struct LinkDef {
    std::string key;           // "risk_controls"
    std::string from;          // register key
    std::string to;            // register key or "*"
    std::string label;         // seen from `from`: "Treated by"
    std::string reverseLabel;  // seen from `to`: "Treats"
};

} // namespace isms
