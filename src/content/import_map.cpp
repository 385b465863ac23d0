#include "content/import_map.h"

#include "storage/json.h"
#include "storage/json_reader.h"

namespace isms::content {

namespace {

Error badMap(const std::string& what)
{
    return makeError(ErrorCode::Invalid, "The mapping file " + what
                                             + " Correct it (or save the mapping again) and retry.");
}

// Reads an object of text members into `into`, keys in importKey form when `keyed`.
Result<void> readTextObject(const storage::JsonValue& value, const std::string& where,
                            std::map<std::string, std::string>& into)
{
    if (value.kind != storage::JsonKind::Object)
        return badMap("has \"" + where + "\" as something other than an object of texts.");
    std::string problem;
    auto read = storage::forEachMember(value.raw, [&](const std::string& key, const storage::JsonValue& v) {
        const auto text = storage::jsonString(v);
        if (!text) {
            problem = "gives \"" + key + "\" in \"" + where + "\" a value that is not text (write it in quotes).";
            return false;
        }
        into[importKey(key)] = *text;
        return true;
    });
    if (!problem.empty())
        return badMap(problem);
    if (!read)
        return badMap("is not valid JSON (" + read.error().message + ").");
    return {};
}

} // namespace

std::string importKey(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    std::string key(text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1));
    for (auto& c : key)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return key;
}

Result<ImportMap> readImportMap(std::string_view json)
{
    ImportMap map;
    std::string problem;
    auto read = storage::forEachMember(json, [&](const std::string& key, const storage::JsonValue& value) {
        if (key == "columns") {
            if (auto columns = readTextObject(value, "columns", map.columns); !columns) {
                problem = columns.error().message;
                return false;
            }
        } else if (key == "values") {
            if (value.kind != storage::JsonKind::Object) {
                problem = badMap("has \"values\" as something other than an object.").message;
                return false;
            }
            auto fields = storage::forEachMember(value.raw, [&](const std::string& field, const storage::JsonValue& words) {
                auto read = readTextObject(words, "values." + field, map.values[importKey(field)]);
                if (!read)
                    problem = read.error().message;
                return read.ok();
            });
            if (!fields && problem.empty())
                problem = badMap("is not valid JSON (" + fields.error().message + ").").message;
            if (!problem.empty())
                return false;
        } else {
            problem = badMap("has a member \"" + key + "\" it does not know: only \"columns\" and "
                             "\"values\" are read.").message;
            return false;
        }
        return true;
    });
    if (!problem.empty())
        return makeError(ErrorCode::Invalid, problem);
    if (!read)
        return badMap("is not a JSON object of \"columns\" and \"values\" (" + read.error().message + ").");
    return map;
}

std::string importMapJson(const ImportMap& map)
{
    const auto textObject = [](const std::map<std::string, std::string>& members, const std::string& indent) {
        if (members.empty())
            return std::string("{}");
        std::string out = "{";
        bool first = true;
        for (const auto& [key, value] : members) {
            out += first ? "\n" : ",\n";
            first = false;
            out += indent + "  ";
            storage::appendJsonString(out, key);
            out += ": ";
            storage::appendJsonString(out, value);
        }
        return out + "\n" + indent + "}";
    };
    std::string out = "{\n  \"columns\": " + textObject(map.columns, "  ") + ",\n  \"values\": ";
    if (map.values.empty())
        out += "{}";
    else {
        out += "{";
        bool first = true;
        for (const auto& [field, words] : map.values) {
            out += first ? "\n    " : ",\n    ";
            first = false;
            storage::appendJsonString(out, field);
            out += ": " + textObject(words, "    ");
        }
        out += "\n  }";
    }
    return out + "\n}\n";
}

} // namespace isms::content
