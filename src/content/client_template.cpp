#include "content/client_template.h"

#include "content/template.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <system_error>

namespace isms::content {

namespace {

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::string quotedName(const std::filesystem::path& path)
{
    return "\"" + path.string() + "\"";
}

std::string nameFromFile(const std::filesystem::path& path)
{
    std::string name = path.filename().string();
    if (hasTemplateSuffix(path))
        name.resize(name.size() - kTemplateSuffix.size());
    return name;
}

// The fields of a control that are its decision (the rest of what a template keeps of a
// control, title and theme, belongs to the standard for Annex A controls).
bool isDecisionField(std::string_view key)
{
    return key != "title" && key != "theme";
}

} // namespace

bool hasTemplateSuffix(const std::filesystem::path& path)
{
    const std::string name = lower(path.filename().string());
    return name.size() > kTemplateSuffix.size()
        && name.compare(name.size() - kTemplateSuffix.size(), kTemplateSuffix.size(), kTemplateSuffix) == 0;
}

std::filesystem::path withTemplateSuffix(const std::filesystem::path& path)
{
    if (hasTemplateSuffix(path))
        return path;
    return std::filesystem::path(path.string() + std::string(kTemplateSuffix));
}

Result<CopiedCounts> saveAsTemplate(const storage::IsmsFile& source, const std::filesystem::path& target,
                                    const SaveTemplateOptions& options, const Clock& clock)
{
    if (!hasTemplateSuffix(target))
        return makeError(ErrorCode::Invalid, "A template's name must end in .isms-template, so it is not "
                                             "mistaken for a client's file: " + quotedName(target) + ".");
    const std::string name = options.name.empty() ? nameFromFile(target) : options.name;
    auto methodology = source.methodology();
    if (!methodology)
        return methodology.error();
    auto created = storage::IsmsFile::create(target, {name, options.author}, clock);
    if (!created)
        return created.error();
    auto file = std::move(created).value();
    CopiedCounts counts;
    auto written = file->transaction([&]() -> Result<void> {
        if (auto stored = file->setMethodology(*methodology); !stored)
            return stored;
        auto copied = copyKeptContent(source, *file);
        if (!copied)
            return copied.error();
        counts = std::move(*copied);
        return {};
    });
    if (!written) {
        file.reset();
        removeNewFile(target);
        return makeError(written.error().code, "The template " + quotedName(target)
                                                   + " could not be written: " + written.error().message);
    }
    return counts;
}

Result<std::unique_ptr<storage::IsmsFile>> openTemplate(const std::filesystem::path& path, const Clock& clock)
{
    if (!hasTemplateSuffix(path))
        return makeError(ErrorCode::Invalid,
                         quotedName(path) + " is not a template (a template's name ends in .isms-template). "
                         "To start from a client's file, save it as a template first (File > Save as "
                         "Template... or `ismsctl template save`).");
    storage::OpenOptions options;
    options.mode = storage::OpenMode::ReadOnly;
    auto opened = storage::IsmsFile::open(path, options, clock);
    if (!opened)
        return makeError(opened.error().code, "The template cannot be used: " + opened.error().message);
    return opened;
}

std::int64_t TemplateSummary::count(std::string_view registerKey) const
{
    for (const auto& [key, n] : records)
        if (key == registerKey)
            return n;
    return 0;
}

Result<TemplateSummary> readTemplateSummary(const std::filesystem::path& path, const Clock& clock)
{
    auto file = openTemplate(path, clock);
    if (!file)
        return file.error();
    TemplateSummary summary;
    summary.path = path;
    const auto info = (*file)->info();
    summary.name = info.organisation;
    summary.savedAt = info.createdAt;
    auto methodology = (*file)->methodology();
    if (!methodology)
        return methodology.error();
    summary.levels = static_cast<int>(methodology->likelihood.size());
    summary.impactLevels = static_cast<int>(methodology->impact.size());
    for (const auto& kept : keptRegisters()) {
        const RegisterDef* def = (*file)->catalogue().find(kept.registerKey);
        if (!def)
            continue;
        auto n = (*file)->count(*def);
        if (!n)
            return n.error();
        summary.records.emplace_back(def->key, *n);
    }
    const RegisterDef& controls = (*file)->catalogue().get(reg::controls);
    storage::Query decided;
    decided.filters.push_back({"applicable", "yes"});
    auto yes = (*file)->count(controls, decided);
    decided.filters.back().text = "no";
    auto no = (*file)->count(controls, decided);
    if (!yes || !no)
        return (!yes ? yes : no).error();
    summary.decidedControls = *yes + *no;
    return summary;
}

std::vector<std::filesystem::path> templatesIn(const std::filesystem::path& folder)
{
    std::vector<std::filesystem::path> found;
    std::error_code ec;
    for (std::filesystem::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
        if (hasTemplateSuffix(it->path()) && it->is_regular_file(ec))
            found.push_back(it->path());
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
        return lower(a.filename().string()) < lower(b.filename().string());
    });
    return found;
}

Result<std::unique_ptr<storage::IsmsFile>> createFromClientTemplate(const std::filesystem::path& templatePath,
                                                                    const std::filesystem::path& target,
                                                                    const NewFromTemplateOptions& options,
                                                                    const Clock& clock)
{
    auto opened = openTemplate(templatePath, clock);
    if (!opened)
        return opened.error();
    const storage::IsmsFile& source = **opened;
    auto methodology = source.methodology();
    if (!methodology)
        return methodology.error();
    const RegisterDef& controls = source.catalogue().get(reg::controls);
    auto templateControls = source.list(controls);
    if (!templateControls)
        return templateControls.error();
    std::map<std::string, const Record*, std::less<>> byRef;
    for (const Record& control : *templateControls)
        byRef[control.ref] = &control;

    TemplateOptions standard;
    standard.organisation = options.organisation;
    standard.author = options.author;
    standard.scopeStatement = options.scopeStatement;
    standard.methodology = *methodology;
    // Each Annex A control is stored once, with the template's decision in its first entry.
    standard.prepareControl = [&](const RegisterDef& def, Record& control) {
        const auto found = byRef.find(control.ref);
        if (found == byRef.end())
            return;
        for (std::string_view key : keptRegister(reg::controls)->fields)
            if (isDecisionField(key) && def.field(std::string(key))
                && !isEmpty(found->second->get(def, std::string(key))))
                control.set(def, std::string(key), found->second->get(def, std::string(key)));
    };
    return createFromTemplate(target, standard, clock, [&](storage::IsmsFile& file) -> Result<void> {
        auto copied = copyKeptContent(source, file);
        if (!copied)
            return copied.error();
        return {};
    });
}

} // namespace isms::content
