#include "value_text.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <system_error>

namespace isms {

namespace {

std::string_view trimmed(std::string_view text)
{
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!text.empty() && blank(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && blank(text.back()))
        text.remove_suffix(1);
    return text;
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size()
        && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lower(x) == lower(y); });
}

std::string quoted(std::string_view text)
{
    return "\"" + std::string(text) + "\"";
}

// Whole-string decimal integer: an optional minus and digits, nothing else.
ParsedValue parseInteger(std::string_view text, const char* what)
{
    std::int64_t number = 0;
    const auto* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, number);
    if (ec == std::errc::result_out_of_range)
        return {{}, quoted(text) + " is too large for " + what};
    if (ec != std::errc() || ptr != end)
        return {{}, quoted(text) + " is not " + what + " (use digits only, e.g. 42)"};
    return {Value(number), {}};
}

ParsedValue parseReal(std::string_view text)
{
    double number = 0;
    const auto* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, number, std::chars_format::general);
    if (ec != std::errc() || ptr != end || !std::isfinite(number))
        return {{}, quoted(text) + " is not a number (use a decimal point, e.g. 97.5)"};
    return {Value(number), {}};
}

ParsedValue parseBoolean(std::string_view text)
{
    for (const char* yes : {"true", "yes", "1"})
        if (equalsIgnoringCase(text, yes))
            return {Value(true), {}};
    for (const char* no : {"false", "no", "0"})
        if (equalsIgnoringCase(text, no))
            return {Value(false), {}};
    return {{}, quoted(text) + " is not a yes/no value (use true or false)"};
}

ParsedValue parseEnum(const FieldDef& field, std::string_view text)
{
    for (const auto& option : field.options)
        if (option.key == text)
            return {Value(option.key), {}};
    for (const auto& option : field.options)
        if (equalsIgnoringCase(option.key, text) || equalsIgnoringCase(option.label, text))
            return {Value(option.key), {}};
    std::string allowed;
    for (const auto& option : field.options)
        allowed += (allowed.empty() ? "" : ", ") + option.key;
    return {{}, quoted(text) + " is not one of the allowed values (" + allowed + ")"};
}

std::string formatReal(double number)
{
    std::array<char, 400> buffer{};  // fixed notation of the largest double fits
    const auto [ptr, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), number,
                                         std::chars_format::fixed);
    if (ec != std::errc())
        return {};
    return std::string(buffer.data(), ptr);
}

} // namespace

std::string valueToText(const FieldDef& field, const Value& value)
{
    (void)field;  // the Value's alternative already says how it is written
    struct Writer {
        std::string operator()(std::monostate) const { return {}; }
        std::string operator()(bool b) const { return b ? "true" : "false"; }
        std::string operator()(std::int64_t i) const { return std::to_string(i); }
        std::string operator()(double d) const { return formatReal(d); }
        std::string operator()(const std::string& s) const { return s; }
        std::string operator()(const Date& d) const { return d.toIso(); }
    };
    return std::visit(Writer{}, value);
}

std::string valueToDisplayText(const FieldDef& field, const Value& value)
{
    if (const auto* b = std::get_if<bool>(&value))
        return *b ? "Yes" : "No";
    if (field.type == FieldType::Enum)
        if (const auto* key = std::get_if<std::string>(&value))
            if (const auto* option = field.option(*key))
                return option->label;
    return valueToText(field, value);
}

ParsedValue parseValueText(const FieldDef& field, std::string_view text)
{
    if (field.type == FieldType::Text || field.type == FieldType::LongText)
        return {text.empty() ? Value() : Value(std::string(text)), {}};

    text = trimmed(text);
    if (text.empty())
        return {Value(), {}};

    switch (field.type) {
    case FieldType::Text:
    case FieldType::LongText:
        break;  // handled above
    case FieldType::Integer:
        return parseInteger(text, "a whole number");
    case FieldType::Real:
        return parseReal(text);
    case FieldType::Boolean:
        return parseBoolean(text);
    case FieldType::Date:
        if (const auto date = Date::parse(text))
            return {Value(*date), {}};
        return {{}, std::string(text) + " is not a date (use YYYY-MM-DD)"};
    case FieldType::Enum:
        return parseEnum(field, text);
    case FieldType::Reference:
    case FieldType::Likelihood:
    case FieldType::Impact:
    case FieldType::Level: {
        const char* what = field.type == FieldType::Reference ? "a record id" : "a level";
        auto parsed = parseInteger(text, what);
        if (parsed.ok() && std::get<std::int64_t>(parsed.value) < 1)
            return {{}, quoted(text) + " is not " + what + " (the lowest is 1)"};
        return parsed;
    }
    }
    return {{}, "this field's type cannot be read from text"};
}

Result<Value> valueFromText(const FieldDef& field, std::string_view text)
{
    auto parsed = parseValueText(field, text);
    if (!parsed.ok())
        return makeError(ErrorCode::Invalid,
                         field.label + " (" + field.key + "): " + parsed.problem);
    return std::move(parsed.value);
}

} // namespace isms
