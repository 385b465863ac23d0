#include "app/export/report_sources.h"

#include "reports/report_file.h"
#include "reports/report_source.h"

namespace isms::app {

ReportSources ReportSources::registered()
{
    ReportSources sources;
    for (const reports::ReportKind& kind : reports::reportKinds())
        sources.kinds.push_back(&kind);
    sources.writers = reports::reportWriters();
    // The GUI exports the comparing kinds with their defaults (the last two runs or versions).
    sources.build = [](const storage::IsmsFile& file, const reports::ReportKind& kind, Date today) {
        return reports::buildReport(file, kind, today);
    };
    sources.write = &reports::writeReportFile;
    return sources;
}

const reports::ReportKind* ReportSources::kind(const QString& key) const
{
    for (const reports::ReportKind* kind : kinds)
        if (QLatin1String(kind->key) == key)
            return kind;
    return nullptr;
}

const reports::ReportWriter* ReportSources::writer(const QString& key) const
{
    for (const reports::ReportWriter* writer : writers)
        if (writer->key() == key)
            return writer;
    return nullptr;
}

} // namespace isms::app
