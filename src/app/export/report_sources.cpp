#include "app/export/report_sources.h"

#include "app/export/report_build.h"
#include "app/export/staged_report_file.h"

namespace isms::app {

ReportSources ReportSources::registered()
{
    ReportSources sources;
    for (const reports::ReportKind& kind : reports::reportKinds())
        sources.kinds.push_back(&kind);
    sources.writers = reports::reportWriters();
    // Merge seam: reports::buildReport (reports/report_source.h) and reports::writeReportFile
    // replace these two once they are on main; the signatures are the same.
    sources.build = &buildReportFromFile;
    sources.write = &writeReportStaged;
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
