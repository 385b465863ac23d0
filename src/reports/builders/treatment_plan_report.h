#pragma once
// Risk treatment plan (6.1.3 e/f, 8.3): per risk its treatment, controls and actions, with progress.

#include "reports/report_kind.h"

namespace isms::reports::builders {

ReportDocument buildTreatmentPlanReport(const ReportInput& input);

// The kind `treatment`, as report_kinds.cpp registers it.
ReportKind treatmentPlanKind();

} // namespace isms::reports::builders
