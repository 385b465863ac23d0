#include "template.h"

#include "content/record_writer.h"
#include "content/reference_data.h"

#include <system_error>

namespace isms::content {

namespace {

Result<Methodology> chosenMethodology(const TemplateOptions& options)
{
    if (options.methodology) {
        if (auto valid = options.methodology->validate(); !valid)
            return valid.error();
        return *options.methodology;
    }
    if (options.levels < Methodology::kMinLevels || options.levels > Methodology::kMaxLevels)
        return makeError(ErrorCode::Invalid,
                         "A risk scale needs between 3 and 10 levels; " + std::to_string(options.levels)
                             + " was asked for.");
    return Methodology::preset(options.levels);
}

} // namespace

Result<void> fillTemplate(storage::IsmsFile& file, const TemplateOptions& options)
{
    auto methodology = chosenMethodology(options);
    if (!methodology)
        return methodology.error();

    return file.transaction([&]() -> Result<void> {
        if (auto stored = file.setMethodology(*methodology); !stored)
            return stored;
        RecordWriter writer(file);
        const RegisterDef& controls = file.catalogue().get(reg::controls);
        for (const auto& control : annexAControls()) {
            Record record = writer.blank(reg::controls);
            record.ref = control.id;
            writer.set(reg::controls, record, "title", control.title);
            writer.set(reg::controls, record, "theme", control.theme);
            writer.set(reg::controls, record, "applicable", "undecided");
            writer.set(reg::controls, record, "implementation", "not_started");
            if (options.prepareControl)
                options.prepareControl(controls, record);
            writer.add(reg::controls, std::move(record));
        }
        for (const auto& clause : clauseRequirements()) {
            Record record = writer.blank(reg::clauses);
            record.ref = clause.clause;
            writer.set(reg::clauses, record, "title", clause.title);
            if (!clause.summary.empty())
                writer.set(reg::clauses, record, "summary", clause.summary);
            writer.set(reg::clauses, record, "status", "not_started");
            writer.add(reg::clauses, std::move(record));
        }
        if (!options.scopeStatement.empty())
            writer.add(reg::scopes, {{"title", "Scope of the ISMS"},
                                     {"statement", options.scopeStatement},
                                     {"version", "0.1"},
                                     {"status", "draft"}});
        return writer.result();
    });
}

Result<std::unique_ptr<storage::IsmsFile>> createFromTemplate(const std::filesystem::path& path,
                                                              const TemplateOptions& options,
                                                              const Clock& clock)
{
    return createFromTemplate(path, options, clock, {});
}

Result<std::unique_ptr<storage::IsmsFile>> createFromTemplate(const std::filesystem::path& path,
                                                              const TemplateOptions& options,
                                                              const Clock& clock, const ExtraFill& extra)
{
    if (options.organisation.empty())
        return makeError(ErrorCode::Invalid,
                         "A new ISMS file needs the organisation's name (it appears in every "
                         "report).");
    if (auto methodology = chosenMethodology(options); !methodology)
        return methodology.error();

    auto created = storage::IsmsFile::create(path, {options.organisation, options.author}, clock);
    if (!created)
        return created.error();
    auto file = std::move(created).value();
    auto filled = file->transaction([&]() -> Result<void> {
        if (auto standard = fillTemplate(*file, options); !standard)
            return standard;
        return extra ? extra(*file) : Result<void>{};
    });
    if (!filled) {
        file.reset();
        removeNewFile(path);
        return makeError(filled.error().code,
                         "Could not fill the new file " + path.string() + " from the template: "
                             + filled.error().message);
    }
    return file;
}

void removeNewFile(const std::filesystem::path& path)
{
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        std::filesystem::remove(path.string() + suffix, ignored);
}

} // namespace isms::content
