#pragma once
// A small compact-JSON writer for change-log entries: objects of field keys to values, written
// in the order given, so the same change always serialises to the same bytes.

#include "domain/value.h"

#include <string>
#include <string_view>

namespace isms::storage {

void appendJsonString(std::string& out, std::string_view text);
// Dates become ISO strings, booleans true/false, empty values null.
void appendJsonValue(std::string& out, const Value& value);

class JsonObject {
public:
    JsonObject& add(std::string_view key, const Value& value);
    JsonObject& add(std::string_view key, std::string_view text);
    JsonObject& add(std::string_view key, const char* text) { return add(key, std::string_view(text)); }
    JsonObject& add(std::string_view key, const std::string& text) { return add(key, std::string_view(text)); }
    JsonObject& add(std::string_view key, std::int64_t number);
    // `json` must already be valid JSON (an array or object built elsewhere).
    JsonObject& addRaw(std::string_view key, std::string_view json);
    bool empty() const { return m_out.empty(); }
    // "{}" when nothing was added.
    std::string str() const { return "{" + m_out + "}"; }

private:
    void key(std::string_view key);
    std::string m_out;
};

} // namespace isms::storage
