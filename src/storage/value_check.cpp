#include "storage/value_check.h"

#include "domain/risk_levels.h"
#include "storage/record_repository.h"
#include "storage/record_validation.h"
#include "storage/sqlite.h"

namespace isms::storage {

namespace {

constexpr int kFixedColumns = 5;  // id, ref, created_at, updated_at, updated_by

std::string shown(const Value& v)
{
    if (isEmpty(v))
        return "empty";
    if (const auto* n = std::get_if<std::int64_t>(&v))
        return std::to_string(*n);
    return "set";
}

} // namespace

void checkRecordValues(const RegisterDef& reg, const Record& record, const sql::Statement& st,
                       const Methodology& methodology, Findings& findings)
{
    const std::string name = reg.key + " " + record.ref;
    // An unreadable date reads as empty: look at what is stored.
    for (std::size_t i = 0; i < reg.fields.size(); ++i) {
        const int column = kFixedColumns + static_cast<int>(i);
        if (reg.fields[i].type == FieldType::Date && !st.isNull(column) && !Date::parse(st.columnTextView(column)))
            findings.add(name + ": field \"" + reg.fields[i].key + "\" holds \"" + st.columnText(column)
                         + "\", which is not a date (YYYY-MM-DD).");
    }
    Record checked = record;
    if (auto r = normaliseAndValidate(reg, checked, methodology); !r)
        findings.add(name + ": " + r.error().message);
    if (reg.key == reg::risks) {
        Record computed = record;
        applyRiskLevels(reg, computed, methodology);
        for (std::size_t i = 0; i < reg.fields.size(); ++i)
            if (reg.fields[i].computed && !(computed.values[i] == record.values[i]))
                findings.add(name + ": field \"" + reg.fields[i].key + "\" is " + shown(record.values[i])
                             + " in the file, but the methodology gives " + shown(computed.values[i]) + ".");
    }
}

} // namespace isms::storage
