#pragma once
// What the readiness report (and so the dashboard, which draws that report) says about a file:
// the domain rules' results over the whole file in one pass. Below the app, so the readiness
// builder, the CLI and the window share it; plain values, no Qt, so it can be computed on any
// thread and checked without painting.

#include "domain/approval_status.h"
#include "domain/isms_data.h"
#include "domain/overdue.h"
#include "domain/readiness.h"
#include "domain/risk_flags.h"
#include "domain/soa_rules.h"
#include "domain/treatment_progress.h"

#include <string>
#include <vector>

namespace isms::reports {

inline constexpr int kDueSoonDays = 30;
// How many items each list of the report holds before "… and N more": a list of thousands
// helps nobody, on screen or on paper.
inline constexpr std::size_t kAgendaItemsPerGroup = 200;

struct DashboardSummary {
    std::string organisation;
    Date today;
    Methodology methodology;

    AuditReadiness readiness;  // per clause 4..10, and the mandatory documented information

    RiskHeatMaps heatMaps;
    int openRisks = 0;  // risks (not opportunities) that are not closed
    std::vector<RiskFlag> riskFlags;
    ApprovalCounts approvals;     // open risks by their owner's approval (6.1.3 f)
    TreatmentProgress treatment;  // the treatment plan's progress and the risks not re-assessed

    SoaSummary soa;
    SoaCompleteness soaCompleteness;
    std::vector<SoaInconsistency> soaInconsistencies;

    DueReport due;  // overdue, and due in the next kDueSoonDays days
};

DashboardSummary summarise(const IsmsData& data, Date today);

// Only what is overdue and due soon, as summarise() finds it: the cheap part, which the
// navigation's badges and the registers' overdue rows need after every edit.
DueReport summariseDue(const IsmsData& data, Date today);

} // namespace isms::reports
