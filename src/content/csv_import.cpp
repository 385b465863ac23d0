#include "csv_import.h"

#include "content/csv.h"
#include "content/csv_columns.h"
#include "domain/ref_pattern.h"
#include "domain/value_text.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace isms::content {

namespace {

std::string trimmed(const std::string& text)
{
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

class Problems {
public:
    void add(std::size_t line, const std::string& column, const std::string& what)
    {
        std::string message = "line " + std::to_string(line);
        if (!column.empty())
            message += ", column " + column;
        m_messages.push_back(message + ": " + what);
    }
    bool any() const { return !m_messages.empty(); }

    Error error(const RegisterDef& reg) const
    {
        const auto n = m_messages.size();
        std::string message = "Nothing was imported into " + reg.title + ": the CSV has "
            + std::to_string(n) + (n == 1 ? " problem." : " problems.");
        const auto shown = std::min(n, kMaxImportProblems);
        for (std::size_t i = 0; i < shown; ++i)
            message += "\n" + m_messages[i];
        if (n > shown)
            message += "\n... and " + std::to_string(n - shown) + " more.";
        message += "\nCorrect the CSV and import it again.";
        return makeError(ErrorCode::Invalid, message);
    }

private:
    std::vector<std::string> m_messages;
};

// How each CSV column maps onto the register: the ref, a field, or a computed field to skip.
struct Columns {
    std::optional<std::size_t> ref;              // CSV column of "ref"
    std::vector<std::optional<std::size_t>> of;  // per CSV column: the field index (nullopt: ref or skipped)
};

Columns mapHeader(const RegisterDef& reg, const CsvRow& header, Problems& problems)
{
    Columns columns;
    const auto mapped = csvColumns(reg, header.cells);
    for (std::size_t c = 0; c < mapped.size(); ++c) {
        const CsvColumn& column = mapped[c];
        columns.of.push_back(std::nullopt);
        switch (column.kind) {
        case CsvColumn::Kind::Unnamed:
            problems.add(header.line, "", "column " + std::to_string(c + 1)
                                              + " has no name in the header");
            break;
        case CsvColumn::Kind::Repeated:
            problems.add(header.line, column.key, "this column appears twice in the header");
            break;
        case CsvColumn::Kind::Ref:
            columns.ref = c;
            break;
        case CsvColumn::Kind::Unknown:
            problems.add(header.line, column.key,
                         "the " + reg.key + " register has no such field (the columns it accepts "
                             "are listed in the header of `ismsctl list FILE " + reg.key
                             + " --format csv`)");
            break;
        case CsvColumn::Kind::Field:
            columns.of.back() = column.field;
            break;
        case CsvColumn::Kind::Computed:
            break;
        }
    }
    for (const auto& key : missingRequiredColumns(reg, mapped))
        problems.add(header.line, key, "this required column is missing from the header");
    return columns;
}

using IdsByRef = std::map<std::string, RecordId, std::less<>>;

Result<IdsByRef> refsOf(const storage::IsmsFile& file, const RegisterDef& reg)
{
    auto records = file.list(reg);
    if (!records)
        return records.error();
    IdsByRef ids;
    for (const auto& r : *records)
        ids.emplace(r.ref, r.id);
    return ids;
}

// A reference that points at a record the import itself adds (roles reporting to roles).
struct PendingReference {
    std::size_t row = 0;
    std::size_t field = 0;
    std::string ref;
};

// Everything checked, nothing written: the records to insert and what to link up afterwards.
struct ImportPlan {
    std::vector<CsvRow> rows;
    std::vector<Record> records;
    std::vector<PendingReference> pending;
    std::map<std::string, std::size_t> csvRefs;  // ref -> CSV row index
};

Result<ImportPlan> planImport(const storage::IsmsFile& file, const RegisterDef& reg,
                              std::string_view csvBytes)
{
    auto parsed = csvImportRows(reg, csvBytes);
    if (!parsed)
        return parsed.error();
    ImportPlan plan;
    plan.rows = std::move(*parsed);
    const auto& rows = plan.rows;
    if (rows.empty())
        return makeError(ErrorCode::Invalid, "Nothing was imported into " + reg.title
                                                 + ": the CSV is empty. It needs a header line "
                                                   "naming the columns, then one line per record.");

    Problems problems;
    const Columns columns = mapHeader(reg, rows.front(), problems);

    auto methodology = file.methodology();
    if (!methodology)
        return methodology.error();
    auto existing = refsOf(file, reg);
    if (!existing)
        return existing.error();
    std::map<std::string, IdsByRef> targets;
    for (const auto& field : reg.fields) {
        if (field.type != FieldType::Reference || targets.count(field.target))
            continue;
        const auto* target = file.catalogue().find(field.target);
        if (!target)
            continue;
        auto ids = refsOf(file, *target);
        if (!ids)
            return ids.error();
        targets.emplace(field.target, std::move(*ids));
    }

    // Refs the CSV itself introduces, for duplicates and for references within the register.
    auto& csvRefs = plan.csvRefs;
    if (columns.ref)
        for (std::size_t r = 1; r < rows.size(); ++r)
            if (*columns.ref < rows[r].cells.size()) {
                const std::string ref = trimmed(rows[r].cells[*columns.ref]);
                if (ref.empty())
                    continue;
                if (const auto problem = refProblem(ref))
                    problems.add(rows[r].line, "ref", *problem);
                else if (existing->count(ref))
                    problems.add(rows[r].line, "ref",
                                 ref + " already exists in " + reg.title
                                     + " (import only adds records; leave ref empty to number "
                                       "new records automatically)");
                else if (const auto [it, added] = csvRefs.emplace(ref, r); !added)
                    problems.add(rows[r].line, "ref",
                                 ref + " appears more than once in the CSV (first on line "
                                     + std::to_string(rows[it->second].line) + ")");
            }

    auto& records = plan.records;
    auto& pending = plan.pending;
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const auto& row = rows[r];
        if (row.cells.size() != columns.of.size()) {
            problems.add(row.line, "", "the row has " + std::to_string(row.cells.size())
                                           + " cells but the header has "
                                           + std::to_string(columns.of.size()));
            continue;
        }
        Record record = Record::blank(reg);
        if (columns.ref)
            record.ref = trimmed(row.cells[*columns.ref]);
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
            if (!columns.of[c])
                continue;
            const std::size_t index = *columns.of[c];
            const FieldDef& field = reg.fields[index];
            const std::string& text = row.cells[c];
            if (field.type == FieldType::Reference) {
                const std::string ref = trimmed(text);
                if (ref.empty())
                    continue;
                const auto& ids = targets[field.target];
                if (const auto found = ids.find(ref); found != ids.end())
                    record.values[index] = found->second;
                else if (field.target == reg.key && csvRefs.count(ref))
                    pending.push_back({records.size(), index, ref});
                else
                    problems.add(row.line, field.key,
                                 "no record " + ref + " exists in "
                                     + file.catalogue().get(field.target).title
                                     + " (use the ref of an existing record, e.g. as "
                                       "`ismsctl list FILE " + field.target + "` shows)");
                continue;
            }
            auto value = parseValueText(field, text);
            if (!value.ok()) {
                problems.add(row.line, field.key, value.problem);
                continue;
            }
            const auto* level = std::get_if<std::int64_t>(&value.value);
            const auto scale = field.type == FieldType::Likelihood ? methodology->likelihood.size()
                : field.type == FieldType::Impact                  ? methodology->impact.size()
                                                                   : 0;
            if (level && scale > 0 && *level > static_cast<std::int64_t>(scale)) {
                problems.add(row.line, field.key,
                             std::to_string(*level) + " is off the file's "
                                 + (field.type == FieldType::Likelihood ? "likelihood" : "impact")
                                 + " scale (1 to " + std::to_string(scale) + ")");
                continue;
            }
            record.values[index] = std::move(value.value);
        }
        for (std::size_t c = 0; c < row.cells.size(); ++c)
            if (columns.of[c] && reg.fields[*columns.of[c]].required
                && trimmed(row.cells[c]).empty())
                problems.add(row.line, reg.fields[*columns.of[c]].key, "is required but empty");
        records.push_back(std::move(record));
    }

    if (problems.any())
        return problems.error(reg);
    return plan;
}

} // namespace

Result<void> checkCsvImport(const storage::IsmsFile& file, const RegisterDef& reg,
                            std::string_view csvBytes)
{
    auto plan = planImport(file, reg, csvBytes);
    if (!plan)
        return plan.error();
    return {};
}

Result<ImportSummary> importCsv(storage::IsmsFile& file, const RegisterDef& reg,
                                std::string_view csvBytes)
{
    if (file.readOnly())
        return makeError(ErrorCode::ReadOnly,
                         file.path().string() + " is open read-only: nothing can be imported. "
                                                "Open the working file (not an audit copy) to import.");
    auto plan = planImport(file, reg, csvBytes);
    if (!plan)
        return plan.error();
    const auto& rows = plan->rows;
    const auto& records = plan->records;
    const auto& pending = plan->pending;
    const auto& csvRefs = plan->csvRefs;

    ImportSummary summary;
    auto written = file.transaction([&]() -> Result<void> {
        std::vector<Record> stored;
        stored.reserve(records.size());
        for (std::size_t n = 0; n < records.size(); ++n) {
            auto inserted = file.insert(reg, records[n]);
            if (!inserted) {
                Problems failure;
                failure.add(rows[n + 1].line, "", inserted.error().message);
                return failure.error(reg);
            }
            stored.push_back(std::move(*inserted));
        }
        // References to records this import added are set once those records have ids.
        std::set<std::size_t> touched;
        for (const auto& p : pending) {
            stored[p.row].values[p.field] = stored[csvRefs.at(p.ref) - 1].id;
            touched.insert(p.row);
        }
        for (const auto row : touched)
            if (auto updated = file.update(reg, stored[row]); !updated)
                return updated.error();
        for (const auto& record : stored)
            summary.refs.push_back(record.ref);
        summary.imported = static_cast<std::int64_t>(stored.size());
        return Ok{};
    });
    if (!written)
        return written.error();
    return summary;
}

} // namespace isms::content
