#pragma once
// Risk register (6.1.2, 8.2): every risk with its levels, treatment and acceptance; opportunities apart.

#include "reports/report_kind.h"

namespace isms::reports::builders {

ReportDocument buildRiskRegisterReport(const ReportInput& input);

// The kind `risks`, as report_kinds.cpp registers it.
ReportKind riskRegisterKind();

} // namespace isms::reports::builders
