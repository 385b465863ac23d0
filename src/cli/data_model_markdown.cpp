#include "cli/data_model_markdown.h"

namespace isms::cli {

namespace {

std::string typeName(const FieldDef& field)
{
    switch (field.type) {
    case FieldType::Text: return "text";
    case FieldType::LongText: return "long text";
    case FieldType::Integer: return "integer";
    case FieldType::Real: return "number";
    case FieldType::Boolean: return "yes/no";
    case FieldType::Date: return "date";
    case FieldType::Enum: return "choice";
    case FieldType::Reference: return "reference";
    case FieldType::Likelihood: return "likelihood level";
    case FieldType::Impact: return "impact level";
    case FieldType::Level: return "risk level (computed)";
    }
    return "?";
}

std::string details(const FieldDef& field)
{
    if (field.type == FieldType::Reference)
        return "→ `" + field.target + "`";
    if (field.type != FieldType::Enum)
        return {};
    std::string text;
    for (const auto& option : field.options)
        text += (text.empty() ? "" : ", ") + ("`" + option.key + "`");
    return text;
}

} // namespace

std::string dataModelMarkdown(const Catalogue& catalogue)
{
    std::string md;
    for (const auto& reg : catalogue.registers()) {
        md += "### `" + reg.key + "`: " + reg.title + " (" + reg.clause + ")\n\n";
        md += reg.description + " References look like `" + reg.refPrefix + "-001`.\n\n";
        md += "| field | label | type | required | values |\n|---|---|---|---|---|\n";
        for (const auto& field : reg.fields)
            md += "| `" + field.key + "` | " + field.label + " | " + typeName(field) + " | "
                + (field.required ? "yes" : "") + " | " + details(field) + " |\n";
        md += "\n";
    }
    md += "### Links\n\n| link | from | to | seen from `from` | seen from `to` |\n|---|---|---|---|---|\n";
    for (const auto& link : catalogue.links())
        md += "| `" + link.key + "` | `" + link.from + "` | `" + link.to + "` | " + link.label + " | "
            + link.reverseLabel + " |\n";
    return md;
}

} // namespace isms::cli
