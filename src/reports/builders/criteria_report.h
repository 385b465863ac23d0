#pragma once
// Risk assessment criteria (6.1.2): the file's methodology (scales, matrix, bands, acceptance) as a document.

#include "reports/report_kind.h"

namespace isms::reports::builders {

ReportDocument buildCriteriaReport(const ReportInput& input);

// The kind `criteria`, as report_kinds.cpp registers it.
ReportKind criteriaKind();

} // namespace isms::reports::builders
