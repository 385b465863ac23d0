#pragma once
// What the window's exports and prints are made from: the report kinds, the output formats, how
// a document is built from an open file and how it is written to its destination. The window
// takes them from the registries (registered()); tests pass kinds and writers of their own, so
// they do not depend on which builders and writers exist.

#include "domain/date.h"
#include "domain/result.h"
#include "reports/report_file.h"
#include "reports/report_kind.h"
#include "reports/report_writer.h"

#include <functional>
#include <vector>

namespace isms::storage {
class IsmsFile;
}

namespace isms::app {

struct ReportSources {
    // Reads `file` (on whatever thread calls it) and builds `kind` as of `today`.
    using Build = std::function<Result<reports::ReportDocument>(
        const storage::IsmsFile& file, const reports::ReportKind& kind, Date today)>;
    // Writes all or nothing (temporary file, then rename), as reports::writeReportFile().
    using Write = std::function<Result<void>(
        const reports::ReportDocument& document, const reports::ReportWriter& writer,
        const QString& target, reports::Overwrite overwrite,
        const reports::WriteProgress& progress)>;

    std::vector<const reports::ReportKind*> kinds;
    std::vector<const reports::ReportWriter*> writers;
    Build build;
    Write write;

    // reportKinds(), reportWriters(), and the build and write steps below.
    static ReportSources registered();

    const reports::ReportKind* kind(const QString& key) const;
    const reports::ReportWriter* writer(const QString& key) const;
};

} // namespace isms::app
