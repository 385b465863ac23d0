#include "demo.h"

#include "content/demo_parts.h"
#include "content/template.h"

namespace isms::content {

namespace {

// The ids of the template's controls and clauses, by their refs.
Result<void> indexTemplate(storage::IsmsFile& file, demo::Ids& ids)
{
    for (auto [key, target] : {std::pair{reg::controls, &ids.controls},
                               std::pair{reg::clauses, &ids.clauses}}) {
        auto records = file.list(file.catalogue().get(key));
        if (!records)
            return records.error();
        for (const auto& r : *records)
            (*target)[r.ref] = r.id;
    }
    return Ok{};
}

} // namespace

Result<void> fillDemo(storage::IsmsFile& file)
{
    return file.transaction([&]() -> Result<void> {
        demo::Ids ids;
        ids.today = file.clock().today();
        if (auto indexed = indexTemplate(file, ids); !indexed)
            return indexed;
        RecordWriter writer(file);
        demo::addOrganisation(writer, ids);
        demo::addDocuments(writer, ids);
        demo::addAssetsAndRisks(writer, ids);
        demo::addStatementOfApplicability(writer, ids);
        demo::addTreatmentPlan(writer, ids);
        demo::addSupport(writer, ids);
        demo::addPerformance(writer, ids);
        demo::addImprovement(writer, ids);
        if (writer.failed())
            return writer.result();
        if (auto approved = demo::addApprovals(file, ids); !approved)
            return approved;
        if (auto evidence = demo::addEvidence(file, ids); !evidence)
            return evidence;
        return demo::addVersions(file, ids);
    });
}

Result<std::unique_ptr<storage::IsmsFile>> createDemo(const std::filesystem::path& path,
                                                      const DemoOptions& options,
                                                      const Clock& clock)
{
    TemplateOptions base;
    base.organisation = kDemoOrganisation;
    base.author = options.author;
    base.levels = 5;
    // Two transactions (template, then sample data) but one outcome: on failure the new file
    // is removed, so no half-made demo is left behind.
    auto created = createFromTemplate(path, base, clock);
    if (!created)
        return created.error();
    auto file = std::move(created).value();
    if (auto filled = fillDemo(*file); !filled) {
        file.reset();
        removeNewFile(path);
        return makeError(filled.error().code, "Could not fill the demo file " + path.string()
                                                  + ": " + filled.error().message);
    }
    return file;
}

} // namespace isms::content
