#pragma once
// Statement of Applicability (6.1.3 d): every control, its decision and why, with the SoA's completeness and consistency with the risks.

#include "reports/report_kind.h"

namespace isms::reports::builders {

ReportDocument buildSoaReport(const ReportInput& input);

// The kind `soa`, as report_kinds.cpp registers it.
ReportKind soaKind();

} // namespace isms::reports::builders
