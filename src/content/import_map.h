#pragma once
// What the person importing said about a source file that its names alone do not say: which
// column is which field (or is to be left out), and what its words mean on this file's scales.
// The GUI's mapping step saves one as JSON and `ismsctl import --map MAP.json` reads it, so a
// register exported every month from another tool comes in the same way each time:
//
//   { "columns": { "Risk ID": "ref", "Scenario": "title", "Comment": "" },
//     "values":  { "likelihood": { "Low": "2", "Very high": "5" },
//                  "treatment":  { "Reduce": "modify" } } }
//
// A column mapped to "" is not imported. Column targets are "ref", a field key, or a link key
// ("risk_assets"). Value maps are keyed by a field key, or by "likelihood" / "impact" for every
// field of that scale; source words are matched ignoring case and surrounding blanks.

#include "domain/result.h"

#include <map>
#include <string>
#include <string_view>

namespace isms::content {

struct ImportMap {
    // Source header (trimmed, lower case) -> "ref", a field key, a link key, or "" (left out).
    std::map<std::string, std::string> columns;
    // Field key, "likelihood" or "impact" -> (source word, trimmed and lower case -> our text).
    std::map<std::string, std::map<std::string, std::string>> values;

    bool empty() const { return columns.empty() && values.empty(); }
    bool operator==(const ImportMap&) const = default;
};

// Header cells and source words are compared in this form: blanks around trimmed, ASCII lower case.
std::string importKey(std::string_view text);

// Reads a map file's text. Refused (Invalid) with what is wrong and where: not JSON, an unknown
// member, a value that is not text.
Result<ImportMap> readImportMap(std::string_view json);
// The map as JSON text that readImportMap reads back unchanged (members sorted, two-space indent).
std::string importMapJson(const ImportMap& map);

} // namespace isms::content
