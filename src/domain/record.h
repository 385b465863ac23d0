#pragma once
// One record of a register. Values are positional: values[i] belongs to def.fields[i], which keeps
// a 100,000-record register compact and quick to load.

#include "register_def.h"
#include "value.h"

#include <string>
#include <vector>

namespace isms {

struct Record {
    RecordId id = 0;         // 0 until stored
    std::string ref;         // "R-014": human reference, unique within its register
    std::vector<Value> values;
    std::string createdAt;   // UTC ISO 8601, set by storage
    std::string updatedAt;
    std::string updatedBy;

    // An empty record shaped for `def` (every value empty).
    static Record blank(const RegisterDef& def);

    const Value& get(const RegisterDef& def, const std::string& fieldKey) const;
    void set(const RegisterDef& def, const std::string& fieldKey, Value value);

    // Typed reads: the empty/default value when missing or of another type.
    std::string text(const RegisterDef& def, const std::string& fieldKey) const;
    std::int64_t integer(const RegisterDef& def, const std::string& fieldKey) const;
    std::optional<Date> date(const RegisterDef& def, const std::string& fieldKey) const;
    bool boolean(const RegisterDef& def, const std::string& fieldKey) const;
};

} // namespace isms
