#pragma once
// Writes a report to its destination all or nothing: into a temporary file beside the target,
// then renamed over it, so a cancelled, failed or killed export leaves nothing behind, and an
// existing file is replaced only when the caller says so (the GUI asked, the CLI had --force).

#include "reports/report_writer.h"

#include <QString>

namespace isms::reports {

enum class Overwrite { Refuse, Replace };

// Errors, each with a message that says what to do: the target exists and Overwrite::Refuse
// (ErrorCode::Conflict), its folder is missing or read-only, the disk is full (ErrorCode::Io),
// the writer failed, or progress was cancelled (isCancelled()).
Result<void> writeReportFile(const ReportDocument& document, const ReportWriter& writer,
                             const QString& target, Overwrite overwrite,
                             const WriteProgress& progress = {});

} // namespace isms::reports
