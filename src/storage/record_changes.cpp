#include "storage/record_changes.h"

#include "storage/json.h"

namespace isms::storage {

std::string recordJson(const RegisterDef& reg, const Record& record)
{
    JsonObject json;
    json.add("ref", record.ref);
    for (std::size_t i = 0; i < reg.fields.size() && i < record.values.size(); ++i)
        if (!isEmpty(record.values[i]))
            json.add(reg.fields[i].key, record.values[i]);
    return json.str();
}

std::string fieldJson(const std::string& fieldKey, const Value& value)
{
    return JsonObject().add(fieldKey, value).str();
}

std::string linkJson(const Link& l, const std::string& toRef)
{
    return JsonObject()
        .add("link", l.link)
        .add("to_register", l.toRegister)
        .add("to_id", l.toId)
        .add("to_ref", toRef)
        .str();
}

FieldDiff diffRecords(const RegisterDef& reg, const Record& before, const Record& after)
{
    JsonObject old, now;
    FieldDiff diff;
    if (before.ref != after.ref) {
        old.add("ref", before.ref);
        now.add("ref", after.ref);
        diff.empty = false;
    }
    static const Value none;
    for (std::size_t i = 0; i < reg.fields.size(); ++i) {
        const Value& a = i < before.values.size() ? before.values[i] : none;
        const Value& b = i < after.values.size() ? after.values[i] : none;
        const bool same = (isEmpty(a) && isEmpty(b)) || a == b;
        if (same)
            continue;
        old.add(reg.fields[i].key, isEmpty(a) ? none : a);
        now.add(reg.fields[i].key, isEmpty(b) ? none : b);
        diff.empty = false;
    }
    diff.before = old.str();
    diff.after = now.str();
    return diff;
}

} // namespace isms::storage
