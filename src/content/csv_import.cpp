#include "csv_import.h"

#include "content/csv.h"
#include "content/csv_columns.h"
#include "content/import_cells.h"
#include "content/import_targets.h"
#include "domain/ref_pattern.h"

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
    explicit Problems(const char* rowWord) : m_rowWord(rowWord) {}

    void add(std::size_t line, const std::string& column, const std::string& what)
    {
        std::string message = m_rowWord + " " + std::to_string(line);
        if (!column.empty())
            message += ", column " + column;
        m_messages.push_back(message + ": " + what);
    }
    bool any() const { return !m_messages.empty(); }

    Error error(const RegisterDef& reg) const
    {
        const auto n = m_messages.size();
        std::string message = "Nothing was imported into " + reg.title + ": the "
            + (m_rowWord == "row" ? "workbook" : "CSV") + " has " + std::to_string(n)
            + (n == 1 ? " problem." : " problems.");
        const auto shown = std::min(n, kMaxImportProblems);
        for (std::size_t i = 0; i < shown; ++i)
            message += "\n" + m_messages[i];
        if (n > shown)
            message += "\n... and " + std::to_string(n - shown) + " more.";
        message += m_rowWord == "row" ? "\nCorrect the workbook and import it again."
                                      : "\nCorrect the CSV and import it again.";
        return makeError(ErrorCode::Invalid, message);
    }

private:
    std::string m_rowWord;
    std::vector<std::string> m_messages;
};

// A record a link cell names that the import adds (--create-missing): its register and name.
struct NewTarget {
    std::string registerKey;
    std::string name;
};

// One link the import wants: to an existing record, or to a NewTarget.
struct WantedLink {
    std::string linkKey;
    std::optional<RecordId> toId;
    std::size_t newTarget = 0;  // index into ImportPlan::newTargets when toId is empty
};

// A reference that points at a record the import itself adds (roles reporting to roles).
struct PendingReference {
    std::size_t row = 0;
    std::size_t field = 0;
    std::string ref;
};

// Everything checked, nothing written.
struct ImportPlan {
    std::vector<CsvRow> rows;
    std::vector<Record> records;           // one per data row: new, or the existing one changed
    std::vector<bool> isUpdate;            // per record
    std::vector<bool> valuesChanged;       // per record: new, or an update whose values differ
    // Per record being updated: the links it has now, of each link column's type.
    std::vector<std::map<std::string, std::set<RecordId>>> currentLinks;
    std::vector<std::size_t> recordLine;   // per record: its row's line
    std::vector<std::vector<WantedLink>> links;  // per record
    std::set<std::string> linkColumns;     // link keys the file has columns for (update: exactly these)
    std::vector<NewTarget> newTargets;
    std::vector<PendingReference> pending;
    std::map<std::string, std::size_t> csvRefs;  // ref -> record index
    std::vector<std::string> leftOut;
};

using IdsByRef = std::map<std::string, Record, std::less<>>;

std::string noneFound(const Catalogue& catalogue, const std::string& registerKey, const std::string& item,
                      bool canCreate)
{
    const RegisterDef& target = catalogue.get(registerKey);
    std::string message = "no " + target.singular + " '" + item + "' in " + target.title + " (give its ref or its exact name";
    if (registerKey == reg::controls)
        message += ", e.g. A.5.15 or a custom control's ref; add a custom control to the Statement of "
                   "Applicability first";
    else if (canCreate)
        message += ", or import with missing " + target.key + " created (--create-missing)";
    return message + ")";
}

Result<ImportPlan> planImport(const storage::IsmsFile& file, const RegisterDef& reg,
                              std::string_view bytes, const ImportOptions& options)
{
    auto parsed = csvImportRows(reg, bytes);
    if (!parsed)
        return parsed.error();
    const bool workbook = std::string_view(rowWord(bytes)) == "row";
    ImportPlan plan;
    plan.rows = std::move(*parsed);
    const auto& rows = plan.rows;
    if (rows.empty())
        return makeError(ErrorCode::Invalid, "Nothing was imported into " + reg.title + ": the "
                                                 + (workbook ? "workbook's first worksheet" : "CSV")
                                                 + " is empty. It needs a header " + rowWord(bytes)
                                                 + " naming the columns, then one " + rowWord(bytes)
                                                 + " per record.");

    Problems problems(rowWord(bytes));
    const auto& catalogue = file.catalogue();
    const CsvRow& header = rows.front();
    const auto columns = csvColumns(catalogue, reg, header.cells, options.map);
    std::optional<std::size_t> refColumn;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const CsvColumn& column = columns[c];
        switch (column.kind) {
        case CsvColumn::Kind::Unnamed:
            problems.add(header.line, "", "column " + std::to_string(c + 1) + " has no name in the header");
            break;
        case CsvColumn::Kind::Repeated:
            problems.add(header.line, column.key, "this column appears twice in the header");
            break;
        case CsvColumn::Kind::Ref:
            refColumn = c;
            break;
        case CsvColumn::Kind::Unknown:
            problems.add(header.line, column.key,
                         (column.note.empty() ? "the " + reg.key + " register has no such field" : column.note)
                             + " (map it to a field, or leave it out, in a mapping file: --map; the "
                               "columns it accepts are listed in the header of `ismsctl list FILE "
                             + reg.key + " --format csv`)");
            break;
        case CsvColumn::Kind::Link:
            plan.linkColumns.insert(column.link);
            break;
        case CsvColumn::Kind::Ignored:
            plan.leftOut.push_back(column.key + " (" + column.note + ")");
            break;
        case CsvColumn::Kind::Field:
        case CsvColumn::Kind::Computed:
            break;
        }
    }
    if (!options.update)
        for (const auto& key : missingRequiredColumns(reg, columns))
            problems.add(header.line, key, "this required column is missing from the header");

    auto methodology = file.methodology();
    if (!methodology)
        return methodology.error();
    auto existingRecords = file.list(reg);
    if (!existingRecords)
        return existingRecords.error();
    IdsByRef existing;
    for (auto& record : *existingRecords)
        existing.emplace(record.ref, std::move(record));

    // Every register a reference field or link column names, indexed once.
    std::map<std::string, TargetIndex> targets;
    const auto indexOf = [&](const std::string& key) -> Result<const TargetIndex*> {
        if (auto found = targets.find(key); found != targets.end())
            return &found->second;
        const auto* def = catalogue.find(key);
        if (!def)
            return makeError(ErrorCode::Internal, "no register " + key);
        auto index = TargetIndex::of(file, *def);
        if (!index)
            return index.error();
        return &targets.emplace(key, std::move(*index)).first->second;
    };
    // With updating, the links the register's records have now, read once per link column.
    std::map<std::string, std::map<RecordId, std::set<RecordId>>> linksNow;  // link -> from -> to
    for (const auto& column : columns) {
        if (column.kind == CsvColumn::Kind::Field && reg.fields[column.field].type == FieldType::Reference)
            if (auto index = indexOf(reg.fields[column.field].target); !index)
                return index.error();
        if (column.kind == CsvColumn::Kind::Link) {
            const LinkDef* link = catalogue.findLink(column.link);
            if (auto index = indexOf(link->to); !index)
                return index.error();
            if (options.update && !linksNow.count(link->key)) {
                auto all = file.allLinks(*link);
                if (!all)
                    return all.error();
                auto& byFrom = linksNow[link->key];
                for (const auto& row : *all)
                    byFrom[row.fromId].insert(row.toId);
            }
        }
    }

    // Refs the file itself introduces, for duplicates and for references within the register.
    auto& csvRefs = plan.csvRefs;
    std::map<std::string, std::size_t> refLine;
    if (refColumn)
        for (std::size_t r = 1; r < rows.size(); ++r)
            if (*refColumn < rows[r].cells.size()) {
                const std::string ref = trimmed(rows[r].cells[*refColumn]);
                if (ref.empty())
                    continue;
                if (const auto problem = refProblem(ref))
                    problems.add(rows[r].line, "ref", *problem);
                else if (existing.count(ref) && !options.update)
                    problems.add(rows[r].line, "ref",
                                 ref + " already exists in " + reg.title
                                     + " (import only adds records unless it is told to update them: "
                                       "--update; leave ref empty to number new records automatically)");
                else if (const auto [it, added] = refLine.emplace(ref, rows[r].line); !added)
                    problems.add(rows[r].line, "ref",
                                 ref + " appears more than once in the " + (workbook ? "workbook" : "CSV") + " (first on " + rowWord(bytes)
                                     + " " + std::to_string(it->second) + ")");
            }

    const CellReader cells{reg.key, *methodology, options.map};
    std::map<std::pair<std::string, std::string>, std::size_t> newTargetIndex;  // (register, name key)
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const auto& row = rows[r];
        // A workbook has no trailing empty cells; a CSV row must match its header.
        std::vector<std::string> rowCells = row.cells;
        if (workbook && rowCells.size() < columns.size())
            rowCells.resize(columns.size());
        if (rowCells.size() != columns.size()) {
            problems.add(row.line, "", "the row has "
                                           + std::to_string(rowCells.size()) + " cells but the header has "
                                           + std::to_string(columns.size()));
            continue;
        }
        const std::string ref = refColumn ? trimmed(rowCells[*refColumn]) : std::string();
        const auto current = ref.empty() ? existing.end() : existing.find(ref);
        const bool isUpdate = options.update && current != existing.end();
        Record record = isUpdate ? current->second : Record::blank(reg);
        if (!isUpdate)
            record.ref = ref;
        std::set<std::size_t> textFilled;  // text fields a column of this row has already set
        std::vector<WantedLink> wanted;
        for (std::size_t c = 0; c < rowCells.size(); ++c) {
            const CsvColumn& column = columns[c];
            const std::string& text = rowCells[c];
            if (column.kind == CsvColumn::Kind::Link) {
                const LinkDef* link = catalogue.findLink(column.link);
                const TargetIndex& index = targets.at(link->to);
                const bool canCreate = link->to == reg::assets;
                for (const auto& item : cellItems(text)) {
                    const auto found = index.find(item);
                    if (found.id) {
                        wanted.push_back({link->key, found.id, 0});
                    } else if (!found.problem.empty()) {
                        problems.add(row.line, column.key, found.problem);
                    } else if (canCreate && options.createMissing) {
                        const auto key = std::make_pair(link->to, importKey(item));
                        auto [at, added] = newTargetIndex.emplace(key, plan.newTargets.size());
                        if (added)
                            plan.newTargets.push_back({link->to, item});
                        wanted.push_back({link->key, std::nullopt, at->second});
                    } else {
                        problems.add(row.line, column.key, noneFound(catalogue, link->to, item, canCreate));
                    }
                }
                continue;
            }
            if (column.kind != CsvColumn::Kind::Field)
                continue;
            const std::size_t index = column.field;
            const FieldDef& field = reg.fields[index];
            if (field.type == FieldType::Reference) {
                const auto items = cellItems(text);
                if (items.empty()) {
                    record.values[index] = Value{};
                    continue;
                }
                if (items.size() > 1) {
                    problems.add(row.line, column.key,
                                 "names " + std::to_string(items.size()) + " records, but a " + reg.singular
                                     + " has one " + field.label + " (keep one)");
                    continue;
                }
                const auto found = targets.at(field.target).find(items.front());
                if (found.id)
                    record.values[index] = *found.id;
                else if (!found.problem.empty())
                    problems.add(row.line, column.key, found.problem);
                else if (field.target == reg.key && refLine.count(items.front()))
                    plan.pending.push_back({plan.records.size(), index, items.front()});
                else
                    problems.add(row.line, column.key,
                                 "no record " + items.front() + " exists in "
                                     + catalogue.get(field.target).title
                                     + " (use the ref or the exact name of an existing record, e.g. as "
                                       "`ismsctl list FILE " + field.target + "` shows)");
                continue;
            }
            auto value = cells.read(field, text);
            if (!value.ok()) {
                problems.add(row.line, column.key, value.problem);
                continue;
            }
            const bool isText = field.type == FieldType::Text || field.type == FieldType::LongText;
            if (isText && !textFilled.insert(index).second) {
                // A second column for the same text field: both are kept.
                const auto* more = std::get_if<std::string>(&value.value);
                auto* sofar = std::get_if<std::string>(&record.values[index]);
                if (more && !more->empty()) {
                    if (sofar && !sofar->empty())
                        *sofar += (field.type == FieldType::LongText ? "\n" : "; ") + *more;
                    else
                        record.values[index] = *more;
                }
                continue;
            }
            record.values[index] = std::move(value.value);
        }
        for (std::size_t i = 0; i < reg.fields.size(); ++i) {
            const FieldDef& field = reg.fields[i];
            if (field.required && !field.computed && isEmpty(record.values[i])) {
                const bool hasColumn = std::any_of(columns.begin(), columns.end(), [&](const CsvColumn& c) {
                    return c.kind == CsvColumn::Kind::Field && c.field == i;
                });
                if (hasColumn || options.update)
                    problems.add(row.line, field.key, hasColumn ? "is required but empty"
                                                               : "is required, and the file has no column for it");
            }
        }
        if (!ref.empty())
            csvRefs.emplace(ref, plan.records.size());
        std::map<std::string, std::set<RecordId>> linked;
        if (isUpdate)
            for (const auto& key : plan.linkColumns)
                if (const auto from = linksNow[key].find(record.id); from != linksNow[key].end())
                    linked[key] = from->second;
        plan.currentLinks.push_back(std::move(linked));
        plan.valuesChanged.push_back(!isUpdate || record.values != current->second.values);
        plan.records.push_back(std::move(record));
        plan.isUpdate.push_back(isUpdate);
        plan.recordLine.push_back(row.line);
        plan.links.push_back(std::move(wanted));
    }

    if (problems.any())
        return problems.error(reg);
    return plan;
}

} // namespace

Result<ImportSummary> checkCsvImport(const storage::IsmsFile& file, const RegisterDef& reg,
                                     std::string_view csvBytes, const ImportOptions& options)
{
    auto plan = planImport(file, reg, csvBytes, options);
    if (!plan)
        return plan.error();
    ImportSummary summary;
    for (std::size_t n = 0; n < plan->records.size(); ++n)
        if (plan->isUpdate[n])
            summary.updatedRefs.push_back(plan->records[n].ref);
        else
            ++summary.imported;
    for (std::size_t n = 0; n < plan->newTargets.size(); ++n)
        summary.createdRefs.push_back(plan->newTargets[n].name);
    summary.leftOut = plan->leftOut;
    return summary;
}

Result<ImportSummary> importCsv(storage::IsmsFile& file, const RegisterDef& reg,
                                std::string_view csvBytes, const ImportOptions& options)
{
    if (file.readOnly())
        return makeError(ErrorCode::ReadOnly,
                         file.path().string() + " is open read-only: nothing can be imported. "
                                                "Open the working file (not an audit copy) to import.");
    auto plan = planImport(file, reg, csvBytes, options);
    if (!plan)
        return plan.error();
    const auto& catalogue = file.catalogue();
    Problems failure(rowWord(csvBytes));

    ImportSummary summary;
    summary.leftOut = plan->leftOut;
    auto written = file.transaction([&]() -> Result<void> {
        // The records link cells named that the file lacked (--create-missing).
        std::vector<RecordId> newTargetIds;
        for (const auto& target : plan->newTargets) {
            const RegisterDef& def = catalogue.get(target.registerKey);
            Record created = Record::blank(def);
            created.set(def, def.titleField, target.name);
            if (target.registerKey == reg::assets) {
                // The asset register requires a type; the import cannot know it, so it says so.
                created.set(def, "type", std::string("information"));
                created.set(def, "description",
                            std::string("Added by the import of ") + (options.sourceName.empty() ? "a register" : options.sourceName)
                                + " into " + reg.title + ", which named it. Check its type (set to Information) and owner.");
            }
            auto inserted = file.insert(def, created);
            if (!inserted)
                return inserted.error();
            newTargetIds.push_back(inserted->id);
            summary.createdRefs.push_back(inserted->ref);
        }

        std::vector<Record> stored;
        stored.reserve(plan->records.size());
        std::vector<bool> changed(plan->records.size(), false);
        for (std::size_t n = 0; n < plan->records.size(); ++n) {
            const Record& record = plan->records[n];
            Result<Record> written = makeError(ErrorCode::Internal, "not written");
            if (plan->isUpdate[n]) {
                if (!plan->valuesChanged[n]) {  // the record as the file holds it: nothing to write
                    stored.push_back(record);
                    continue;
                }
                written = file.update(reg, record);
                changed[n] = true;
            } else {
                written = file.insert(reg, record);
            }
            if (!written) {
                failure.add(plan->recordLine[n], "", written.error().message);
                return failure.error(reg);
            }
            stored.push_back(std::move(*written));
        }
        // References to records this import added are set once those records have ids.
        std::set<std::size_t> touched;
        for (const auto& p : plan->pending) {
            stored[p.row].values[p.field] = stored[plan->csvRefs.at(p.ref)].id;
            touched.insert(p.row);
        }
        for (const auto row : touched) {
            if (auto updated = file.update(reg, stored[row]); !updated)
                return updated.error();
            changed[row] = changed[row] || plan->isUpdate[row];
        }

        // Links: new records get every link their row names; updated ones exactly those, for the
        // link columns the file has.
        for (std::size_t n = 0; n < stored.size(); ++n) {
            std::map<std::string, std::set<RecordId>> want;
            for (const auto& key : plan->linkColumns)
                want[key];
            for (const auto& w : plan->links[n])
                want[w.linkKey].insert(w.toId ? *w.toId : newTargetIds[w.newTarget]);
            for (const auto& [key, targetIds] : want) {
                const LinkDef& link = *catalogue.findLink(key);
                const auto now = plan->currentLinks[n].find(key);
                const std::set<RecordId> have = now == plan->currentLinks[n].end() ? std::set<RecordId>() : now->second;
                for (const RecordId to : targetIds)
                    if (!have.count(to)) {
                        if (auto linked = file.link(link, stored[n].id, link.to, to); !linked)
                            return linked.error();
                        ++summary.linksAdded;
                        changed[n] = true;
                    }
                for (const RecordId to : have)
                    if (!targetIds.count(to)) {
                        if (auto unlinked = file.unlink(link, stored[n].id, link.to, to); !unlinked)
                            return unlinked.error();
                        ++summary.linksRemoved;
                        changed[n] = true;
                    }
            }
        }
        for (std::size_t n = 0; n < stored.size(); ++n) {
            if (!plan->isUpdate[n]) {
                summary.refs.push_back(stored[n].ref);
                ++summary.imported;
            } else if (changed[n])
                summary.updatedRefs.push_back(stored[n].ref);
            else
                ++summary.unchanged;
        }
        return Ok{};
    });
    if (!written)
        return written.error();
    return summary;
}

} // namespace isms::content
