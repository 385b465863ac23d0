#pragma once
// Everything the dashboard shows, computed in one pass from the whole file (IsmsFile::loadAll)
// and the domain rules. Kept apart from the widgets so it can be checked without painting.

#include "domain/isms_data.h"
#include "domain/overdue.h"
#include "domain/risk_flags.h"
#include "domain/soa_rules.h"

#include <string>
#include <vector>

namespace isms::app {

// How far one clause (4 to 10) of the requirement checklist is met.
struct ClauseReadiness {
    int clause = 0;               // 4..10
    std::string title;            // "Context of the organization"
    // What is counted: the clause's checklist requirements and its mandatory documented
    // information. Done: requirements marked met, information present.
    int total = 0;
    int done = 0;
    std::vector<RuleItem> gaps;   // everything not done, requirements first
    int percent() const { return total == 0 ? 0 : (100 * done) / total; }
};

// One item of the documented information clauses 4-10 require.
struct MandatoryInformation {
    enum class Status { Present, Partial, Missing };
    std::string key;     // the documents register's "mandatory" option key: "scope", "soa", ...
    std::string label;   // "ISMS scope (4.3)"
    int clause = 0;      // the clause it belongs to, for the readiness gaps
    Status status = Status::Missing;
    std::string evidence;     // what was found ("DOC-002 Information security policy, approved")
    std::string registerKey;  // where to look (the record found, or the register to fill)
    RecordId id = 0;          // the record found; 0 when none
};

struct DashboardSummary {
    std::string organisation;
    Date today;
    Methodology methodology;

    std::vector<ClauseReadiness> readiness;  // clauses 4..10, in order
    std::vector<MandatoryInformation> mandatory;

    RiskHeatMaps heatMaps;
    int openRisks = 0;
    std::vector<RiskFlag> riskFlags;

    SoaSummary soa;
    SoaCompleteness soaCompleteness;
    std::vector<SoaInconsistency> soaInconsistencies;

    DueReport due;  // overdue and due in the next 30 days
};

inline constexpr int kDueSoonDays = 30;

DashboardSummary summarise(const IsmsData& data, Date today);

// The mandatory documented information of ISO/IEC 27001:2022 clauses 4-10 and its status here.
std::vector<MandatoryInformation> mandatoryInformation(const IsmsData& data,
                                                       const SoaCompleteness& soa);
// Readiness per clause 4..10 from the requirement checklist and the mandatory information.
std::vector<ClauseReadiness> clauseReadiness(const IsmsData& data,
                                             const std::vector<MandatoryInformation>& mandatory);

} // namespace isms::app
