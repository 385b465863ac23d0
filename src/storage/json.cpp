#include "storage/json.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace isms::storage {

void appendJsonString(std::string& out, std::string_view text)
{
    out += '"';
    for (const char c : text) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void appendJsonValue(std::string& out, const Value& value)
{
    struct Visitor {
        std::string& out;
        void operator()(std::monostate) const { out += "null"; }
        void operator()(bool b) const { out += b ? "true" : "false"; }
        void operator()(std::int64_t n) const
        {
            char buffer[24];
            const auto end = std::to_chars(buffer, buffer + sizeof buffer, n).ptr;
            out.append(buffer, end);
        }
        void operator()(double d) const
        {
            if (!std::isfinite(d)) {  // JSON has no NaN or infinity
                out += "null";
                return;
            }
            char buffer[32];
            const auto end = std::to_chars(buffer, buffer + sizeof buffer, d).ptr;  // shortest round-trip
            out.append(buffer, end);
        }
        void operator()(const std::string& s) const { appendJsonString(out, s); }
        void operator()(const Date& d) const { appendJsonString(out, d.toIso()); }
    };
    std::visit(Visitor{out}, value);
}

void JsonObject::key(std::string_view key)
{
    if (!m_out.empty())
        m_out += ',';
    appendJsonString(m_out, key);
    m_out += ':';
}

JsonObject& JsonObject::add(std::string_view k, const Value& value)
{
    key(k);
    appendJsonValue(m_out, value);
    return *this;
}

JsonObject& JsonObject::add(std::string_view k, std::string_view text)
{
    key(k);
    appendJsonString(m_out, text);
    return *this;
}

JsonObject& JsonObject::add(std::string_view k, std::int64_t number)
{
    return add(k, Value(number));
}

JsonObject& JsonObject::addRaw(std::string_view k, std::string_view json)
{
    key(k);
    m_out += json;
    return *this;
}

} // namespace isms::storage
