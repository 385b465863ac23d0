#include "csv_export.h"

#include "content/csv.h"
#include "content/csv_formula.h"
#include "domain/value_text.h"

#include <map>

namespace isms::content {

namespace {

using RefsById = std::map<RecordId, std::string>;

// The refs of every register a Reference field of `reg` points at.
Result<std::map<std::string, RefsById>> referencedRefs(const storage::IsmsFile& file,
                                                       const RegisterDef& reg)
{
    std::map<std::string, RefsById> refs;
    for (const auto& field : reg.fields) {
        if (field.type != FieldType::Reference || refs.count(field.target))
            continue;
        const auto* target = file.catalogue().find(field.target);
        if (!target)
            continue;
        auto records = file.list(*target);
        if (!records)
            return records.error();
        auto& byId = refs[field.target];
        for (const auto& r : *records)
            byId.emplace(r.id, r.ref);
    }
    return refs;
}

} // namespace

std::vector<std::string> csvHeader(const RegisterDef& reg)
{
    std::vector<std::string> header{"ref"};
    for (const auto& field : reg.fields)
        header.push_back(field.key);
    return header;
}

Result<std::vector<std::vector<std::string>>> exportRows(const storage::IsmsFile& file,
                                                         const RegisterDef& reg)
{
    auto refs = referencedRefs(file, reg);
    if (!refs)
        return refs.error();
    storage::Query byRef;
    byRef.sortField = "ref";  // natural order: A.5.9 before A.5.10, as people read the register
    auto records = file.list(reg, byRef);
    if (!records)
        return records.error();

    std::vector<std::vector<std::string>> rows;
    rows.reserve(records->size());
    for (const auto& record : *records) {
        std::vector<std::string> cells{record.ref};
        for (std::size_t n = 0; n < reg.fields.size(); ++n) {
            const auto& field = reg.fields[n];
            const Value& value = n < record.values.size() ? record.values[n] : Value();
            if (field.type == FieldType::Reference) {
                const auto* id = std::get_if<std::int64_t>(&value);
                const auto& byId = (*refs)[field.target];
                const auto found = id ? byId.find(*id) : byId.end();
                cells.push_back(found != byId.end() ? found->second : std::string());
            } else {
                cells.push_back(valueToText(field, value));
            }
        }
        rows.push_back(std::move(cells));
    }
    return rows;
}

Result<std::string> exportCsv(const storage::IsmsFile& file, const RegisterDef& reg)
{
    auto rows = exportRows(file, reg);
    if (!rows)
        return rows.error();
    std::string out = csvLine(csvHeader(reg));
    for (auto& row : *rows) {
        for (auto& cell : row)
            cell = defusedCell(cell);
        out += csvLine(row);
    }
    return out;
}

} // namespace isms::content
