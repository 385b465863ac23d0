#include "reports/readiness/dashboard_summary.h"

namespace isms::reports {

DashboardSummary summarise(const IsmsData& data, Date today)
{
    DashboardSummary s;
    s.organisation = data.organisation;
    s.today = today;
    s.methodology = data.methodology;

    // Worked out once: readiness reads them too.
    s.riskFlags = riskFlags(data);
    s.soaCompleteness = soaCompleteness(data);
    s.soaInconsistencies = soaInconsistencies(data);
    s.readiness = auditReadiness(data, today, {&s.riskFlags, &s.soaCompleteness, &s.soaInconsistencies});

    s.heatMaps = riskHeatMaps(data);
    s.approvals = approvalCounts(data, today);
    s.treatment = treatmentProgress(data);
    const RegisterDef& risks = data.def(reg::risks);
    for (const auto& r : data.of(reg::risks))
        if (r.text(risks, "status") != "closed" && r.text(risks, "kind") != "opportunity")
            ++s.openRisks;

    s.soa = soaSummary(data);

    s.due = summariseDue(data, today);
    return s;
}

DueReport summariseDue(const IsmsData& data, Date today)
{
    DueOptions options;
    options.dueSoonDays = kDueSoonDays;
    return dueItems(data, today, options);
}

} // namespace isms::reports
