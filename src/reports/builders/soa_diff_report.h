#pragma once
// SoA diff (6.1.3 d): what changed in the Statement of Applicability between two approved
// versions: decisions, reasons, justifications, implementation status and owners, control by
// control, with who approved each version and when.

#include "reports/report_kind.h"

namespace isms::reports::builders {

ReportDocument buildSoaDiffReport(const ReportInput& input);

// The kind `soa-diff`, as report_kinds.cpp registers it.
ReportKind soaDiffKind();

} // namespace isms::reports::builders
