#pragma once
// From an open .isms file to a report: the header facts come from the file (never the clock),
// the file is read once, and a file that cannot be read whole gives an error, never half a
// document.

#include "domain/date.h"
#include "domain/result.h"
#include "reports/report_kind.h"
#include "storage/isms_file.h"

namespace isms::reports {

// Organisation, last change (UTC) and who made it, the file's name, and "ISMS Desk <version>".
// kind, title and subject are the builder's.
ReportMeta reportMeta(const storage::IsmsFile& file);

// Reads the whole file (IsmsFile::loadAll) and builds `kind` from it as of `today`. A kind that
// compares also reads the two assessment runs or SoA versions `options` names (the last two by
// default); fewer than two, or a name that matches none, is an error that says what to do.
Result<ReportDocument> buildReport(const storage::IsmsFile& file, const ReportKind& kind, Date today,
                                   const ReportOptions& options = {});

} // namespace isms::reports
