#pragma once
// The window's all-or-nothing write of a report: into a hidden temporary file beside the target,
// renamed over it only when the writer finished, so a cancelled or failed export leaves nothing
// behind. It keeps reports::writeReportFile()'s contract (report_file.h) and is what
// ReportSources::write uses until that function is on main; then it goes.

#include "reports/report_file.h"

namespace isms::app {

Result<void> writeReportStaged(const reports::ReportDocument& document,
                               const reports::ReportWriter& writer, const QString& target,
                               reports::Overwrite overwrite, const reports::WriteProgress& progress);

} // namespace isms::app
