#include "record.h"

#include <stdexcept>

namespace isms {

namespace {
const Value kEmpty{};
}

bool FieldDef::hasOption(const std::string& optionKey) const
{
    return option(optionKey) != nullptr;
}

const EnumOption* FieldDef::option(const std::string& optionKey) const
{
    for (const auto& o : options)
        if (o.key == optionKey)
            return &o;
    return nullptr;
}

std::optional<std::size_t> RegisterDef::indexOf(const std::string& fieldKey) const
{
    for (std::size_t i = 0; i < fields.size(); ++i)
        if (fields[i].key == fieldKey)
            return i;
    return std::nullopt;
}

const FieldDef* RegisterDef::field(const std::string& fieldKey) const
{
    const auto index = indexOf(fieldKey);
    return index ? &fields[*index] : nullptr;
}

Record Record::blank(const RegisterDef& def)
{
    Record r;
    r.values.resize(def.fields.size());
    return r;
}

const Value& Record::get(const RegisterDef& def, const std::string& fieldKey) const
{
    const auto index = def.indexOf(fieldKey);
    if (!index || *index >= values.size())
        return kEmpty;
    return values[*index];
}

void Record::set(const RegisterDef& def, const std::string& fieldKey, Value value)
{
    const auto index = def.indexOf(fieldKey);
    if (!index)
        throw std::logic_error("register " + def.key + " has no field " + fieldKey);
    if (values.size() < def.fields.size())
        values.resize(def.fields.size());
    values[*index] = std::move(value);
}

std::string Record::text(const RegisterDef& def, const std::string& fieldKey) const
{
    const auto* s = std::get_if<std::string>(&get(def, fieldKey));
    return s ? *s : std::string();
}

std::int64_t Record::integer(const RegisterDef& def, const std::string& fieldKey) const
{
    const auto* i = std::get_if<std::int64_t>(&get(def, fieldKey));
    return i ? *i : 0;
}

std::optional<Date> Record::date(const RegisterDef& def, const std::string& fieldKey) const
{
    const auto* d = std::get_if<Date>(&get(def, fieldKey));
    return d ? std::optional<Date>(*d) : std::nullopt;
}

bool Record::boolean(const RegisterDef& def, const std::string& fieldKey) const
{
    const auto* b = std::get_if<bool>(&get(def, fieldKey));
    return b && *b;
}

} // namespace isms
