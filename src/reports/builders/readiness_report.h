#pragma once
// The readiness report: audit readiness per clause 4-10 and the mandatory documented
// information, the state of the Statement of Applicability, the risks needing attention with the
// inherent and residual heat maps, and what is overdue or due soon. The one description of that
// content: `ismsctl report FILE readiness` writes it, `ismsctl check` prints it, and the
// dashboard draws it.

#include "reports/readiness/dashboard_summary.h"
#include "reports/report_kind.h"

namespace isms::reports {

// The names of the report's tables (Table::name), stable for a renderer and tests to find them.
namespace readiness {
inline constexpr const char* kOverdue = "overdue";
inline constexpr const char* kDueSoon = "due-soon";
inline constexpr const char* kRiskFlags = "risk-flags";
// Risks whose treatment actions are all done but whose residual level was not assessed since.
inline constexpr const char* kNotReassessed = "not-reassessed";
inline constexpr const char* kClauses = "clauses";
inline constexpr const char* kGaps = "gaps";
inline constexpr const char* kMandatory = "mandatory";
inline constexpr const char* kSoaIssues = "soa-issues";
} // namespace readiness

// The report of a summary already computed (the window keeps one up to date as the file changes).
ReportDocument readinessReport(const DashboardSummary& summary, ReportMeta meta);

// The report kind's builder: summarises input.data for input.today, then the above.
ReportDocument buildReadinessReport(const ReportInput& input);

} // namespace isms::reports
