#include "storage/value_codec.h"

#include "storage/sqlite.h"

namespace isms::storage {

void bindValue(sql::Statement& statement, int index, const Value& value)
{
    struct Binder {
        sql::Statement& s;
        int i;
        void operator()(std::monostate) const { s.bindNull(i); }
        void operator()(bool b) const { s.bind(i, std::int64_t{b ? 1 : 0}); }
        void operator()(std::int64_t n) const { s.bind(i, n); }
        void operator()(double d) const { s.bind(i, d); }
        void operator()(const std::string& text) const
        {
            if (text.empty())
                s.bindNull(i);  // an empty text is an empty field, stored once, as NULL
            else
                s.bind(i, text);
        }
        void operator()(const Date& d) const { s.bind(i, d.toIso()); }
    };
    std::visit(Binder{statement, index}, value);
}

Value readValue(const sql::Statement& statement, int column, const FieldDef& field)
{
    if (statement.isNull(column))
        return {};
    switch (field.type) {
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Enum:
        return statement.columnText(column);
    case FieldType::Date:
        if (auto d = Date::parse(statement.columnTextView(column)))
            return *d;
        return {};  // an unreadable date reads as empty rather than as a wrong date
    case FieldType::Boolean:
        return statement.columnInt(column) != 0;
    case FieldType::Real:
        return statement.columnReal(column);
    case FieldType::Integer:
    case FieldType::Likelihood:
    case FieldType::Impact:
    case FieldType::Level:
    case FieldType::Reference:
        return statement.columnInt(column);
    }
    return {};
}

} // namespace isms::storage
