#pragma once
// Assessment comparison (8.2): what changed between two risk assessment runs, each read with
// the methodology it was made under: the risks whose level rose or fell, those that appeared and
// those that closed.

#include "reports/report_kind.h"

namespace isms::reports::builders {

ReportDocument buildAssessmentCompareReport(const ReportInput& input);

// The kind `assessment-compare`, as report_kinds.cpp registers it.
ReportKind assessmentCompareKind();

} // namespace isms::reports::builders
