#pragma once
// Everything the dashboard shows, computed in one pass from the whole file (IsmsFile::loadAll)
// and the domain rules. Kept apart from the widgets so it can be checked without painting.

#include "domain/isms_data.h"
#include "domain/overdue.h"
#include "domain/readiness.h"
#include "domain/risk_flags.h"
#include "domain/soa_rules.h"

#include <string>
#include <vector>

namespace isms::app {

inline constexpr int kDueSoonDays = 30;
// How many items each "Needs attention" group lists before "… and N more".
inline constexpr std::size_t kAgendaItemsPerGroup = 200;

struct DashboardSummary {
    std::string organisation;
    Date today;
    Methodology methodology;

    AuditReadiness readiness;  // per clause 4..10, and the mandatory documented information

    RiskHeatMaps heatMaps;
    int openRisks = 0;  // risks (not opportunities) that are not closed
    std::vector<RiskFlag> riskFlags;

    SoaSummary soa;
    SoaCompleteness soaCompleteness;
    std::vector<SoaInconsistency> soaInconsistencies;

    DueReport due;  // overdue, and due in the next kDueSoonDays days
};

DashboardSummary summarise(const IsmsData& data, Date today);

} // namespace isms::app
