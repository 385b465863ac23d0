#pragma once
// Reading an open file and building one report kind from it, for the window. The reports layer
// gets the same step as reports::buildReport (reports/report_source.h); until that is on main
// the window uses this one, behind ReportSources::build.

#include "domain/date.h"
#include "domain/result.h"
#include "reports/report_kind.h"

namespace isms::storage {
class IsmsFile;
}

namespace isms::app {

// The header facts from the file (organisation, last change and who made it, the file's name,
// this program), never from the clock, so the same file gives the same document.
reports::ReportMeta reportMetaOf(const storage::IsmsFile& file, const reports::ReportKind& kind);

// Reads the whole file once (loadAll) and builds `kind`; a file that cannot be read whole is an
// error, never half a document.
Result<reports::ReportDocument> buildReportFromFile(const storage::IsmsFile& file,
                                                    const reports::ReportKind& kind, Date today);

} // namespace isms::app
