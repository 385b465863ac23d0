#pragma once
// A field's value. Which alternative a field holds is fixed by its FieldType (see field.h):
// Text/LongText/Enum -> std::string (an enum holds its option key), Integer/Likelihood/Impact/
// Level -> std::int64_t, Reference -> std::int64_t (the referenced record's id), Real -> double,
// Boolean -> bool, Date -> Date. An empty field is std::monostate.

#include "date.h"

#include <cstdint>
#include <string>
#include <variant>

namespace isms {

using RecordId = std::int64_t;

using Value = std::variant<std::monostate, bool, std::int64_t, double, std::string, Date>;

inline bool isEmpty(const Value& v)
{
    if (std::holds_alternative<std::monostate>(v))
        return true;
    if (const auto* s = std::get_if<std::string>(&v))
        return s->empty();
    return false;
}

} // namespace isms
