#include "annex_a.h"

#include "annex_a_text.h"

#include <cstdio>
#include <cstdlib>
#include <unordered_map>

namespace isms {

namespace {

[[noreturn]] void brokenPackage(const std::string& what)
{
    std::fprintf(stderr, "ISMS Desk was built with broken reference data: annex-a-2022.csv %s\n", what.c_str());
    std::abort();
}

// One line of the reference CSV: three cells, a cell quoted when it holds a comma ("" is a
// quote). The file is ours and fixed; this is not a general CSV reader (content/csv.h is).
std::vector<std::string> cellsOf(std::string_view line)
{
    std::vector<std::string> cells(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
            cells.back() += '"';
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (c == ',' && !quoted) {
            cells.emplace_back();
        } else if (c != '\r') {
            cells.back() += c;
        }
    }
    return cells;
}

std::string lowerCase(std::string text)
{
    for (auto& c : text)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return text;
}

const std::unordered_map<std::string_view, const AnnexAControl*>& byId()
{
    static const auto index = [] {
        std::unordered_map<std::string_view, const AnnexAControl*> map;
        for (const auto& control : annexAControls())
            map.emplace(control.id, &control);
        return map;
    }();
    return index;
}

std::string textOf(const RegisterDef& controls, const Record& record, const char* field)
{
    return record.text(controls, field);
}

std::string fixedFields(const AnnexAControl& control)
{
    return control.id + " is an Annex A control: its title and theme are fixed by ISO/IEC 27001 (\""
        + control.title + "\", " + control.theme + ").";
}

} // namespace

const std::vector<AnnexAControl>& annexAControls()
{
    static const std::vector<AnnexAControl> controls = [] {
        std::vector<AnnexAControl> list;
        std::string_view text = kAnnexACsv;
        bool header = true;
        std::size_t lineNo = 0;
        while (!text.empty()) {
            const std::size_t end = text.find('\n');
            const std::string_view line = text.substr(0, end);
            text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
            ++lineNo;
            if (line.empty() || line == "\r")
                continue;
            if (header) {
                header = false;
                continue;
            }
            auto cells = cellsOf(line);
            if (cells.size() != 3 || !looksLikeAnnexAId(cells[0]) || cells[1].empty())
                brokenPackage("line " + std::to_string(lineNo) + " is not an id, a title and a theme");
            list.push_back({cells[0], cells[1], lowerCase(cells[2])});
        }
        if (list.empty())
            brokenPackage("is empty");
        return list;
    }();
    return controls;
}

const AnnexAControl* findAnnexAControl(std::string_view ref)
{
    const auto& index = byId();
    auto it = index.find(ref);
    return it == index.end() ? nullptr : it->second;
}

bool looksLikeAnnexAId(std::string_view ref)
{
    if (ref.size() < 5 || ref[0] != 'A' || ref[1] != '.')
        return false;
    int dots = 0;
    bool digit = false;
    for (std::size_t i = 2; i < ref.size(); ++i) {
        if (ref[i] == '.') {
            if (!digit)
                return false;
            ++dots;
            digit = false;
        } else if (ref[i] >= '0' && ref[i] <= '9') {
            digit = true;
        } else {
            return false;
        }
    }
    return dots == 1 && digit;
}

std::optional<std::string> annexAWriteProblem(const RegisterDef& controls, const Record* before,
                                              const Record& after)
{
    if (before) {
        if (const AnnexAControl* was = findAnnexAControl(before->ref); was && after.ref != before->ref)
            return was->id + " is an Annex A control: its ref is fixed by ISO/IEC 27001. Add a custom control "
                             "instead.";
    }
    const AnnexAControl* control = findAnnexAControl(after.ref);
    if (!control) {
        if (looksLikeAnnexAId(after.ref) && (!before || before->ref != after.ref))
            return after.ref + " is not a control of ISO/IEC 27001:2022 Annex A, and refs of that form are kept "
                               "for Annex A. Leave the ref empty to number a custom control (C-001, ...).";
        return std::nullopt;
    }
    for (const char* field : {"title", "theme"}) {
        const std::string fixed = std::string(field) == "title" ? control->title : control->theme;
        const std::string value = textOf(controls, after, field);
        const bool changed = !before || before->ref != after.ref || textOf(controls, *before, field) != value;
        if (changed && value != fixed)
            return fixedFields(*control) + " Add a custom control instead.";
    }
    return std::nullopt;
}

void markNewCustomControl(const RegisterDef& controls, Record& record)
{
    const auto theme = controls.indexOf("theme");
    if (!theme || findAnnexAControl(record.ref))
        return;
    if (record.values.size() < controls.fields.size())
        record.values.resize(controls.fields.size());
    if (isEmpty(record.values[*theme]))
        record.values[*theme] = std::string("custom");
}

std::optional<std::string> annexADeleteProblem(const Record& control)
{
    if (const AnnexAControl* fixed = findAnnexAControl(control.ref))
        return fixed->id + " is an Annex A control: it cannot be deleted, as ISO/IEC 27001 lists it. Decide "
                           "it \"Not applicable\" with a justification instead.";
    return std::nullopt;
}

std::vector<std::string> annexACatalogueProblems(const RegisterDef& controls, const std::vector<Record>& records)
{
    std::unordered_map<std::string_view, const Record*> present;
    for (const auto& r : records)
        if (findAnnexAControl(r.ref))
            present.emplace(r.ref, &r);
    std::vector<std::string> problems;
    if (present.empty())
        return problems;
    for (const auto& control : annexAControls()) {
        auto it = present.find(control.id);
        if (it == present.end()) {
            problems.push_back("Annex A control " + control.id + " (\"" + control.title
                               + "\") is missing from the Statement of Applicability. Add it back with ref "
                               + control.id + ", its title and theme " + control.theme + ".");
            continue;
        }
        const std::string title = textOf(controls, *it->second, "title");
        const std::string theme = textOf(controls, *it->second, "theme");
        if (title != control.title)
            problems.push_back("Annex A control " + control.id + " is titled \"" + title
                               + "\", but ISO/IEC 27001 titles it \"" + control.title + "\".");
        if (theme != control.theme)
            problems.push_back("Annex A control " + control.id + " has the theme \"" + theme
                               + "\", but ISO/IEC 27001 puts it under " + control.theme + ".");
    }
    return problems;
}

bool isFixedByAnnexA(std::string_view registerKey, std::string_view ref, std::string_view fieldKey)
{
    return registerKey == reg::controls && (fieldKey == "title" || fieldKey == "theme")
        && findAnnexAControl(ref) != nullptr;
}

} // namespace isms
