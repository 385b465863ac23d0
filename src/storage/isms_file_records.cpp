// Records of an open file: validated, given refs and computed levels, stored, logged.

#include "domain/annex_a.h"
#include "domain/ref_pattern.h"
#include "domain/risk_levels.h"
#include "storage/isms_file_impl.h"
#include "storage/link_store.h"
#include "storage/record_changes.h"
#include "storage/record_validation.h"

#include <cctype>

namespace isms::storage {

namespace {

Error notFound(const RegisterDef& reg, RecordId id)
{
    return makeError(ErrorCode::NotFound, "The " + reg.singular + " with id " + std::to_string(id)
                                              + " does not exist (it may have been deleted).");
}

// "1 finding", "3 audit findings": the register's title is its plural as people read it.
std::string countOf(std::size_t n, const RegisterDef& reg)
{
    if (n == 1)
        return "1 " + reg.singular;
    std::string plural = reg.title;
    if (!plural.empty())
        plural[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(plural[0])));
    return std::to_string(n) + " " + plural;
}

} // namespace

Result<const RegisterDef*> IsmsFile::Impl::registerOf(const std::string& key) const
{
    if (const RegisterDef* reg = catalogue->find(key))
        return reg;
    return makeError(ErrorCode::Invalid, "There is no register called \"" + key + "\".");
}

Result<const RegisterDef*> IsmsFile::Impl::registerOf(const RegisterDef& reg) const
{
    const RegisterDef* known = catalogue->find(reg.key);
    if (!known || known->fields.size() != reg.fields.size())
        return makeError(ErrorCode::Invalid, "The register \"" + reg.key + "\" is not part of this file's catalogue.");
    return known;
}

Result<Record> IsmsFile::Impl::get(const RegisterDef& reg, RecordId id)
{
    auto found = records.find(reg, id);
    if (!found)
        return found.error();
    if (!*found)
        return notFound(reg, id);
    return std::move(**found);
}

Result<void> IsmsFile::Impl::checkReferences(const RegisterDef& reg, const Record& record)
{
    for (std::size_t i = 0; i < reg.fields.size(); ++i) {
        const FieldDef& field = reg.fields[i];
        if (field.type != FieldType::Reference || isEmpty(record.values[i]))
            continue;
        const RecordId target = std::get<std::int64_t>(record.values[i]);
        if (&reg == catalogue->find(field.target) && target == record.id && record.id != 0)
            continue;  // a record may refer to itself only once it exists: it is the row being written
        auto targetReg = registerOf(field.target);
        if (!targetReg)
            return targetReg.error();
        auto exists = records.exists(**targetReg, target);
        if (!exists)
            return exists.error();
        if (!*exists)
            return makeError(ErrorCode::Invalid, field.label + " (" + reg.singular + "): the chosen "
                                                     + (*targetReg)->singular + " (id " + std::to_string(target)
                                                     + ") does not exist.");
    }
    return {};
}

Result<void> IsmsFile::Impl::prepareForWrite(const RegisterDef& reg, Record& record)
{
    // An empty ref is numbered on insert (prefix-NNN, which keeps to the pattern).
    if (!record.ref.empty())
        if (const auto problem = refProblem(record.ref))
            return makeError(ErrorCode::Invalid, "The " + reg.singular + " cannot be saved: "
                                                     + *problem + ".");
    auto m = methodology();
    if (!m)
        return m.error();
    if (reg.key == reg::risks) {
        if (record.values.size() < reg.fields.size())
            record.values.resize(reg.fields.size());
        applyRiskLevels(reg, record, **m);
    }
    if (auto r = normaliseAndValidate(reg, record, **m); !r)
        return r;
    return checkReferences(reg, record);
}

Result<Record> IsmsFile::Impl::insert(const RegisterDef& regIn, Record record)
{
    return write<Record>([&]() -> Result<Record> {
        auto known = registerOf(regIn);
        if (!known)
            return known.error();
        const RegisterDef& reg = **known;
        if (reg.key == reg::controls)
            markNewCustomControl(reg, record);
        if (auto r = prepareForWrite(reg, record); !r)
            return r.error();
        if (reg.key == reg::controls)
            if (const auto problem = annexAWriteProblem(reg, nullptr, record))
                return makeError(ErrorCode::Invalid, *problem);
        if (record.ref.empty()) {
            auto next = records.nextRef(reg);
            if (!next)
                return next.error();
            record.ref = std::move(*next);
        }
        const std::string now = clock->nowUtc();
        // A record put back by undo keeps its original creation time.
        if (record.id == 0 || record.createdAt.empty())
            record.createdAt = now;
        record.updatedAt = now;
        record.updatedBy = author;
        auto id = records.insert(reg, record);
        if (!id)
            return id.error();  // nothing was written: the statement failed as a whole
        record.id = *id;
        records.noteRef(reg, record.ref);
        if (auto e = logChange({"insert", reg.key, record.id, record.ref, "", recordJson(reg, record)}, now); !e)
            return e.error();
        changed(Change::Kind::Inserted, reg.key, record.id);
        return std::move(record);
    });
}

Result<Record> IsmsFile::Impl::update(const RegisterDef& regIn, const Record& input)
{
    return write<Record>([&]() -> Result<Record> {
        auto known = registerOf(regIn);
        if (!known)
            return known.error();
        const RegisterDef& reg = **known;
        auto existing = get(reg, input.id);
        if (!existing)
            return existing.error();
        Record record = input;
        if (record.ref.empty())
            record.ref = existing->ref;
        if (auto r = prepareForWrite(reg, record); !r)
            return r.error();
        if (reg.key == reg::controls)
            if (const auto problem = annexAWriteProblem(reg, &*existing, record))
                return makeError(ErrorCode::Invalid, *problem);
        const FieldDiff diff = diffRecords(reg, *existing, record);
        if (diff.empty)
            return std::move(*existing);
        record.createdAt = existing->createdAt;
        record.updatedAt = clock->nowUtc();
        record.updatedBy = author;
        if (auto r = records.update(reg, record); !r)
            return r.error();
        records.noteRef(reg, record.ref);
        if (auto e = logChange({"update", reg.key, record.id, record.ref, diff.before, diff.after}, record.updatedAt); !e)
            return e.error();
        changed(Change::Kind::Updated, reg.key, record.id);
        return record;
    });
}

Result<Removed> IsmsFile::Impl::remove(const RegisterDef& regIn, RecordId id)
{
    return write<Removed>([&]() -> Result<Removed> {
        auto known = registerOf(regIn);
        if (!known)
            return known.error();
        const RegisterDef& reg = **known;
        auto existing = get(reg, id);
        if (!existing)
            return existing.error();
        if (reg.key == reg::controls)
            if (const auto problem = annexADeleteProblem(*existing))
                return makeError(ErrorCode::Invalid, *problem);

        // Records that cannot exist without this one block its removal.
        struct Optional {
            const RegisterDef* reg;
            const FieldDef* field;
        };
        std::vector<Optional> optionalRefs;
        for (const auto& other : catalogue->registers()) {
            for (const auto& field : other.fields) {
                if (field.type != FieldType::Reference || field.target != reg.key)
                    continue;
                if (!field.required) {
                    optionalRefs.push_back({&other, &field});
                    continue;
                }
                auto rows = records.referencing(other, field, id);
                if (!rows)
                    return rows.error();
                if (!rows->empty()) {
                    const bool one = rows->size() == 1;
                    return makeError(ErrorCode::Conflict,
                                     existing->ref + " cannot be deleted: " + countOf(rows->size(), other)
                                         + (one ? " belongs" : " belong") + " to it (" + rows->front().second
                                         + (one ? "" : ", ...") + "). Delete or move " + (one ? "it" : "them")
                                         + " first.");
                }
            }
        }

        Removed removed;
        removed.registerKey = reg.key;
        removed.record = *existing;
        const std::string now = clock->nowUtc();
        for (const auto& ref : optionalRefs) {
            auto rows = records.referencing(*ref.reg, *ref.field, id);
            if (!rows)
                return broken(rows.error());
            for (const auto& [otherId, otherRef] : *rows) {
                if (ref.reg == &reg && otherId == id)
                    continue;  // its own reference goes with it
                if (auto r = records.setField(*ref.reg, otherId, *ref.field, Value{}, now, author); !r)
                    return broken(r.error());
                if (auto e = logChange({"update", ref.reg->key, otherId, otherRef, fieldJson(ref.field->key, Value{id}),
                                        fieldJson(ref.field->key, Value{})}, now);
                    !e)
                    return e.error();
                changed(Change::Kind::Updated, ref.reg->key, otherId);
                removed.clearedReferences.push_back({ref.reg->key, otherId, ref.field->key});
            }
        }

        auto links = linksOfRecord(*db, reg.key, id);
        if (!links)
            return broken(links.error());
        for (const auto& l : *links) {
            if (auto r = deleteLink(*db, l); !r)
                return broken(r.error());
            // The entry reads as it does for unlink(): on the `from` record, naming the other end.
            auto refOf = [&](const std::string& registerKey, RecordId recordId) {
                if (registerKey == reg.key && recordId == id)
                    return existing->ref;
                auto other = registerOf(registerKey);
                if (!other)
                    return std::string();
                auto found = records.find(**other, recordId);
                return found && *found ? (*found)->ref : std::string();
            };
            if (auto e = logChange({"unlink", l.fromRegister, l.fromId, refOf(l.fromRegister, l.fromId),
                                    linkJson(l, refOf(l.toRegister, l.toId)), ""});
                !e)
                return e.error();
            changed(Change::Kind::Unlinked, l.fromRegister, l.fromId);
            changed(Change::Kind::Unlinked, l.toRegister, l.toId);
        }
        removed.links = std::move(*links);

        if (auto r = records.remove(reg, id); !r)
            return broken(r.error());
        if (auto e = logChange({"delete", reg.key, id, existing->ref, recordJson(reg, *existing), ""}); !e)
            return e.error();
        changed(Change::Kind::Removed, reg.key, id);
        return removed;
    });
}

Result<Record> IsmsFile::Impl::restore(const RegisterDef& regIn, const Removed& removed)
{
    return write<Record>([&]() -> Result<Record> {
        auto known = registerOf(regIn);
        if (!known)
            return known.error();
        const RegisterDef& reg = **known;
        if (removed.registerKey != reg.key || removed.record.id == 0)
            return makeError(ErrorCode::Invalid, "This removal cannot be undone here: it belongs to another register.");
        auto record = insert(reg, removed.record);
        if (!record)
            return record.error();
        for (const auto& l : removed.links) {
            const LinkDef* def = catalogue->findLink(l.link);
            if (!def)
                return broken(makeError(ErrorCode::Invalid, "Unknown link \"" + l.link + "\"."));
            if (auto r = link(*def, l.fromId, l.toRegister, l.toId); !r)
                return broken(r.error());
        }
        const std::string now = clock->nowUtc();
        for (const auto& cleared : removed.clearedReferences) {
            auto otherReg = registerOf(cleared.registerKey);
            if (!otherReg)
                return broken(otherReg.error());
            const FieldDef* field = (*otherReg)->field(cleared.field);
            auto other = records.find(**otherReg, cleared.id);
            if (!field || !other || !*other)
                continue;  // that record has gone since: nothing to point back
            if (auto r = records.setField(**otherReg, cleared.id, *field, Value{record->id}, now, author); !r)
                return broken(r.error());
            if (auto e = logChange({"update", cleared.registerKey, cleared.id, (*other)->ref,
                                    fieldJson(field->key, Value{}), fieldJson(field->key, Value{record->id})}, now);
                !e)
                return e.error();
            changed(Change::Kind::Updated, cleared.registerKey, cleared.id);
        }
        return record;
    });
}

Result<IsmsData> IsmsFile::Impl::loadAll()
{
    IsmsData data;
    data.catalogue = catalogue;
    for (const auto& reg : catalogue->registers()) {
        auto list = records.list(reg, Query{});
        if (!list)
            return list.error();
        data.records.emplace(reg.key, std::move(*list));
    }
    auto links = allLinkRows(*db);
    if (!links)
        return links.error();
    data.links = std::move(*links);
    auto m = methodology();
    if (!m)
        return m.error();
    data.methodology = **m;
    auto organisation = meta("organisation");
    if (!organisation)
        return organisation.error();
    data.organisation = *organisation;
    auto approvals = this->approvals(0);
    if (!approvals)
        return approvals.error();
    data.approvals = std::move(*approvals);
    auto assessed = residualAssessments(0);
    if (!assessed)
        return assessed.error();
    data.residualAssessedAt = std::move(*assessed);
    return data;
}

} // namespace isms::storage
