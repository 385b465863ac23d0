#include "storage/record_validation.h"

#include <cmath>

namespace isms::storage {

namespace {

const char* typeWord(FieldType type)
{
    switch (type) {
    case FieldType::Text:
    case FieldType::LongText:
        return "text";
    case FieldType::Integer:
        return "a whole number";
    case FieldType::Real:
        return "a number";
    case FieldType::Boolean:
        return "yes or no";
    case FieldType::Date:
        return "a date";
    case FieldType::Enum:
        return "one of its choices";
    case FieldType::Reference:
        return "a record";
    case FieldType::Likelihood:
    case FieldType::Impact:
    case FieldType::Level:
        return "a level";
    }
    return "a value";
}

bool holdsRightType(const FieldDef& field, const Value& value)
{
    switch (field.type) {
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Enum:
        return std::holds_alternative<std::string>(value);
    case FieldType::Integer:
    case FieldType::Likelihood:
    case FieldType::Impact:
    case FieldType::Level:
    case FieldType::Reference:
        return std::holds_alternative<std::int64_t>(value);
    case FieldType::Real:
        return std::holds_alternative<double>(value);
    case FieldType::Boolean:
        return std::holds_alternative<bool>(value);
    case FieldType::Date:
        return std::holds_alternative<Date>(value);
    }
    return false;
}

Error invalid(const RegisterDef& reg, const FieldDef& field, const std::string& problem)
{
    return makeError(ErrorCode::Invalid, field.label + " (" + reg.singular + "): " + problem);
}

std::string optionList(const FieldDef& field)
{
    std::string list;
    for (const auto& o : field.options)
        list += (list.empty() ? "" : ", ") + o.label;
    return list;
}

} // namespace

Result<void> normaliseAndValidate(const RegisterDef& reg, Record& record,
                                  const Methodology& methodology)
{
    if (record.values.size() > reg.fields.size())
        return makeError(ErrorCode::Invalid,
                         "A " + reg.singular + " has " + std::to_string(reg.fields.size())
                             + " fields, but " + std::to_string(record.values.size())
                             + " values were given.");
    record.values.resize(reg.fields.size());

    for (std::size_t i = 0; i < reg.fields.size(); ++i) {
        const FieldDef& field = reg.fields[i];
        Value& value = record.values[i];
        if (field.type == FieldType::Real)
            if (const auto* whole = std::get_if<std::int64_t>(&value))
                value = static_cast<double>(*whole);
        if (const auto* text = std::get_if<std::string>(&value); text && text->empty())
            value = std::monostate{};

        if (isEmpty(value)) {
            if (field.required && !field.computed)
                return invalid(reg, field, "this field is required; fill it in.");
            continue;
        }
        if (!holdsRightType(field, value))
            return invalid(reg, field, std::string("the value must be ") + typeWord(field.type) + ".");

        switch (field.type) {
        case FieldType::Enum: {
            const auto& key = std::get<std::string>(value);
            if (!field.hasOption(key))
                return invalid(reg, field, "\"" + key + "\" is not one of its choices (" + optionList(field) + ").");
            break;
        }
        case FieldType::Likelihood:
        case FieldType::Impact: {
            const auto level = std::get<std::int64_t>(value);
            const auto levels = static_cast<std::int64_t>(
                field.type == FieldType::Likelihood ? methodology.likelihood.size() : methodology.impact.size());
            if (level < 1 || level > levels)
                return invalid(reg, field, "level " + std::to_string(level) + " is not on the scale (1 to "
                                               + std::to_string(levels) + ").");
            break;
        }
        case FieldType::Reference:
            if (std::get<std::int64_t>(value) <= 0)
                return invalid(reg, field, "choose a record.");
            break;
        case FieldType::Real:
            if (!std::isfinite(std::get<double>(value)))
                return invalid(reg, field, "the value must be a finite number.");
            break;
        default:
            break;
        }
    }
    return {};
}

} // namespace isms::storage
