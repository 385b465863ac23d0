#include "content/template_contents.h"

#include "content/reference_data.h"

#include <algorithm>
#include <map>

namespace isms::content {

namespace {

// A template is the consultant's know-how, not the client's facts: decisions, justifications,
// titles and types stay; people, dates, owners, statuses of work done and evidence go.
std::vector<KeptRegister> makeKeptRegisters()
{
    return {
        {reg::roles, {"title", "responsibilities", "authorities", "reports_to"}, {}},
        {reg::documents, {"title", "type", "classification", "mandatory"}, {{"status", "draft"}}},
        {reg::controls,
         {"title", "theme", "applicable", "reason_risk", "reason_legal", "reason_contractual",
          "reason_business", "justification"},
         {{"implementation", "not_started"}}},
        {reg::risks,
         {"title", "kind", "threat", "vulnerability", "consequence", "affects_c", "affects_i",
          "affects_a", "inherent_likelihood", "inherent_impact", "treatment",
          "residual_likelihood", "residual_impact"},
         {{"status", "identified"}}},
        {reg::metrics, {"title", "method", "frequency", "target_value", "direction", "unit"}, {}},
        {reg::objectives, {"title", "policy", "measure", "target", "evaluation"}, {{"status", "planned"}}},
        {reg::competences, {"title", "role", "description", "acquired_by"}, {}},
        {reg::communications, {"title", "frequency", "audience", "channel", "status"}, {}},
    };
}

// An Annex A control's title and theme are the standard's, whatever the source file says.
void useStandardWording(const RegisterDef& def, Record& control)
{
    if (def.key != reg::controls)
        return;
    for (const auto& annex : annexAControls())
        if (annex.id == control.ref) {
            control.set(def, "title", annex.title);
            control.set(def, "theme", annex.theme);
            return;
        }
}

using IdMap = std::map<std::string, std::map<RecordId, RecordId>, std::less<>>;  // register -> source id -> target id

// A reference to a record that was not copied (yet) stays empty; `pending` says whether one
// will be filled in once every record of the register is there.
bool setReference(const FieldDef& field, const Value& value, const IdMap& ids, Record& into,
                  const RegisterDef& def)
{
    const auto* sourceId = std::get_if<std::int64_t>(&value);
    if (!sourceId)
        return false;
    const auto targets = ids.find(field.target);
    if (targets == ids.end())
        return false;
    const auto found = targets->second.find(*sourceId);
    if (found == targets->second.end())
        return false;
    into.set(def, field.key, found->second);
    return true;
}

std::string copyFailure(const std::string& registerKey, const std::string& ref, const Error& error)
{
    return "The " + registerKey + " record " + ref + " could not be copied: " + error.message;
}

} // namespace

const std::vector<KeptRegister>& keptRegisters()
{
    static const std::vector<KeptRegister> kept = makeKeptRegisters();
    return kept;
}

const KeptRegister* keptRegister(std::string_view registerKey)
{
    for (const auto& kept : keptRegisters())
        if (kept.registerKey == registerKey)
            return &kept;
    return nullptr;
}

std::vector<const LinkDef*> keptLinks(const Catalogue& catalogue)
{
    std::vector<const LinkDef*> links;
    for (const auto& link : catalogue.links())
        if (keptRegister(link.from) && keptRegister(link.to))
            links.push_back(&link);
    return links;
}

std::int64_t CopiedCounts::count(std::string_view registerKey) const
{
    for (const auto& [key, n] : records)
        if (key == registerKey)
            return n;
    return 0;
}

Result<CopiedCounts> copyKeptContent(const storage::IsmsFile& source, storage::IsmsFile& target)
{
    CopiedCounts counts;
    IdMap ids;
    // Records whose same-register reference (a role reporting to a later role) waits for pass 2.
    struct Pending {
        const RegisterDef* def;
        RecordId targetId;
        Record sourceRecord;
    };
    std::vector<Pending> pending;

    for (const auto& kept : keptRegisters()) {
        const RegisterDef* def = target.catalogue().find(kept.registerKey);
        if (!def)
            continue;
        auto records = source.list(*def);
        if (!records)
            return records.error();
        std::int64_t copied = 0;
        for (const Record& from : *records) {
            auto existing = target.findByRef(*def, from.ref);
            if (!existing)
                return existing.error();
            if (existing->has_value()) {
                ids[def->key][from.id] = (*existing)->id;
                continue;
            }
            Record into = Record::blank(*def);
            into.ref = from.ref;
            bool waits = false;
            for (std::string_view key : kept.fields) {
                const FieldDef* field = def->field(std::string(key));
                if (!field)
                    continue;  // a field a later schema no longer has
                const Value& value = from.get(*def, field->key);
                if (isEmpty(value))
                    continue;
                if (field->type == FieldType::Reference) {
                    if (!setReference(*field, value, ids, into, *def) && field->target == def->key)
                        waits = true;
                } else {
                    into.set(*def, field->key, value);
                }
            }
            for (const auto& [key, option] : kept.startsAs)
                if (def->field(std::string(key)))
                    into.set(*def, std::string(key), std::string(option));
            useStandardWording(*def, into);
            auto stored = target.insert(*def, std::move(into));
            if (!stored)
                return makeError(stored.error().code, copyFailure(def->key, from.ref, stored.error()));
            ids[def->key][from.id] = stored->id;
            if (waits)
                pending.push_back({def, stored->id, from});
            ++copied;
        }
        counts.records.emplace_back(def->key, copied);
    }

    for (const Pending& p : pending) {
        auto current = target.get(*p.def, p.targetId);
        if (!current)
            return current.error();
        Record updated = *current;
        for (std::string_view key : keptRegister(p.def->key)->fields) {
            const FieldDef* field = p.def->field(std::string(key));
            if (field && field->type == FieldType::Reference)
                setReference(*field, p.sourceRecord.get(*p.def, field->key), ids, updated, *p.def);
        }
        if (updated.values != current->values)
            if (auto stored = target.update(*p.def, updated); !stored)
                return makeError(stored.error().code, copyFailure(p.def->key, p.sourceRecord.ref, stored.error()));
    }

    for (const LinkDef* link : keptLinks(target.catalogue())) {
        auto rows = source.allLinks(*link);
        if (!rows)
            return rows.error();
        for (const storage::LinkRow& row : *rows) {
            const auto& fromIds = ids[link->from];
            const auto& toIds = ids[link->to];
            const auto from = fromIds.find(row.fromId);
            const auto to = toIds.find(row.toId);
            if (from == fromIds.end() || to == toIds.end())
                continue;
            if (auto linked = target.link(*link, from->second, link->to, to->second); !linked)
                return linked.error();
            ++counts.links;
        }
    }
    return counts;
}

} // namespace isms::content
