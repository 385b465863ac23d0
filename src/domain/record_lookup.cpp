#include "record_lookup.h"

#include <stdexcept>

namespace isms {

FieldAt::FieldAt(const RegisterDef& def, const std::string& fieldKey)
{
    const auto index = def.indexOf(fieldKey);
    if (!index)
        throw std::logic_error("register " + def.key + " has no field " + fieldKey);
    m_index = *index;
}

const Value& FieldAt::value(const Record& record) const
{
    static const Value empty;
    return m_index < record.values.size() ? record.values[m_index] : empty;
}

std::string_view FieldAt::text(const Record& record) const
{
    const auto* s = std::get_if<std::string>(&value(record));
    return s ? std::string_view(*s) : std::string_view();
}

std::int64_t FieldAt::integer(const Record& record) const
{
    const auto* i = std::get_if<std::int64_t>(&value(record));
    return i ? *i : 0;
}

std::optional<Date> FieldAt::date(const Record& record) const
{
    const auto* d = std::get_if<Date>(&value(record));
    return d ? std::optional<Date>(*d) : std::nullopt;
}

bool FieldAt::boolean(const Record& record) const
{
    const auto* b = std::get_if<bool>(&value(record));
    return b && *b;
}

std::vector<RecordId> linkedTargets(const IsmsData& data, std::string_view linkKey, RecordId fromId)
{
    std::vector<RecordId> ids;
    for (const auto& link : data.links)
        if (link.link == linkKey && link.fromId == fromId)
            ids.push_back(link.toId);
    return ids;
}

std::vector<RecordId> linkedSources(const IsmsData& data, std::string_view linkKey, RecordId toId)
{
    std::vector<RecordId> ids;
    for (const auto& link : data.links)
        if (link.link == linkKey && link.toId == toId)
            ids.push_back(link.fromId);
    return ids;
}

std::string personName(const IsmsData& data, RecordId personId)
{
    if (const Record* person = data.find(reg::people, personId)) {
        const std::string name = person->text(data.def(reg::people), "name");
        if (!name.empty())
            return name;
        if (!person->ref.empty())
            return person->ref;
    }
    return "person #" + std::to_string(personId);
}

std::string optionLabel(const IsmsData& data, std::string_view registerKey,
                        const std::string& fieldKey, const std::string& optionKey)
{
    if (const FieldDef* field = data.def(registerKey).field(fieldKey))
        if (const EnumOption* option = field->option(optionKey))
            return option->label;
    return optionKey;
}

namespace {
std::optional<Date> dayOf(const std::string& timestamp)
{
    if (timestamp.size() < 10)
        return std::nullopt;
    return Date::parse(std::string_view(timestamp).substr(0, 10));
}
} // namespace

std::optional<Date> changedOn(const Record& record)
{
    if (auto d = dayOf(record.updatedAt))
        return d;
    return dayOf(record.createdAt);
}

std::optional<Date> createdOn(const Record& record)
{
    return dayOf(record.createdAt);
}

std::optional<Date> reviewHeldOn(const IsmsData& data, const Record& review)
{
    const RegisterDef& def = data.def(reg::reviews);
    if (auto held = review.date(def, "held_date"))
        return held;
    if (review.text(def, "status") == "held")
        return review.date(def, "planned_date");
    return std::nullopt;
}

std::string dayCount(long long days)
{
    return std::to_string(days) + (days == 1 || days == -1 ? " day" : " days");
}

} // namespace isms
