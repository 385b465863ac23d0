#pragma once
// What one field of a register is: the single description that storage, models, forms, CSV and
// reports all read, so a field is added in one place.

#include <string>
#include <vector>

namespace isms {

enum class FieldType {
    Text,        // one line
    LongText,    // paragraphs
    Integer,
    Real,
    Boolean,
    Date,
    Enum,        // one of `options`, stored as the option key
    Reference,   // the id of one record of register `target`
    Likelihood,  // a level on the file's likelihood scale (1..N)
    Impact,      // a level on the file's impact scale (1..N)
    Level,       // a risk level computed from the methodology matrix: never typed by a user
};

struct EnumOption {
    std::string key;    // stable, stored in the file and in CSV
    std::string label;  // shown to people
};

struct FieldDef {
    std::string key;                  // stable column name: lower_snake_case
    std::string label;                // shown to people
    FieldType type = FieldType::Text;
    std::vector<EnumOption> options;  // Enum only
    std::string target;               // Reference only: the key of the referenced register
    bool required = false;
    bool computed = false;            // derived by a rule; forms show it read-only, CSV ignores it
    std::string help;                 // one sentence for tooltips and empty-state hints
    bool defaultsToToday = false;     // Date only: a new record starts dated today ("raised on")

    bool hasOption(const std::string& optionKey) const;
    const EnumOption* option(const std::string& optionKey) const;
};

} // namespace isms
