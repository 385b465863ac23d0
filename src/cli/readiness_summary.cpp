#include "cli/readiness_summary.h"

#include "reports/report_kind.h"
#include "reports/report_source.h"
#include "reports/writers/text_writer.h"

#include <QCoreApplication>

namespace isms::cli {

// The readiness report's own facts, not a second copy of its rules: the key-value blocks of each
// section (readiness, risks, SoA), without the long tables the full report lists.
Result<std::string> readinessSummary(const storage::IsmsFile& file)
{
    const reports::ReportKind* kind = reports::findReportKind(QStringLiteral("readiness"));
    if (!kind)
        return Error{ErrorCode::Internal, "the readiness report is not registered"};
    auto document = reports::buildReport(file, *kind, file.clock().today());
    if (!document)
        return document.error();

    reports::ReportDocument summary;
    summary.meta = document->meta;
    for (const reports::Section& section : document->sections) {
        reports::Section kept{section.heading, section.level, {}};
        for (const reports::Block& block : section.blocks)
            if (std::holds_alternative<reports::KeyValues>(block))
                kept.blocks.push_back(block);
        if (!kept.blocks.empty())
            summary.sections.push_back(std::move(kept));
    }
    auto text = reports::TextWriter().render(summary);
    if (!text)
        return text.error();
    return text->toStdString();
}

} // namespace isms::cli
