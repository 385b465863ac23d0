#pragma once
// A small, strict JSON reader for the change log's before/after objects (json.h only writes).
// It reads RFC 8259 JSON and nothing more: no comments, no trailing commas, no leading zeros,
// no bare control characters, nothing after the value. Values are handed out as views of the
// input text, so reading an entry allocates nothing but the decoded strings asked for.

#include "domain/result.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace isms::storage {

enum class JsonKind { Null, Boolean, Number, String, Array, Object };

// One value of a parsed text: its kind and its exact text (a string keeps its quotes).
struct JsonValue {
    JsonKind kind = JsonKind::Null;
    std::string_view raw;
};

// Checks that `text` is exactly one valid JSON value.
Result<void> validateJson(std::string_view text);

// Calls `member` with each key (decoded) and value of the top-level object `text`, in order.
// Fails when `text` is not one valid JSON object or `member` returns false.
Result<void> forEachMember(std::string_view text,
                           const std::function<bool(const std::string& key, const JsonValue& value)>& member);

// The text of a JSON string value (`raw` with its quotes), escapes decoded; nullopt if not a string.
std::optional<std::string> jsonString(const JsonValue& value);
// The value of an integral JSON number; nullopt if not a whole number that fits.
std::optional<std::int64_t> jsonInteger(const JsonValue& value);

} // namespace isms::storage
