#pragma once
// Audit readiness: which mandatory documented information of ISO/IEC 27001:2022 the file holds,
// and how far each clause 4-10 is met according to the requirement checklist.

#include "isms_data.h"
#include "risk_flags.h"
#include "rule_item.h"
#include "soa_rules.h"

#include <string>
#include <vector>

namespace isms {

enum class Presence { Missing, Partial, Present };

struct MandatoryItem {
    std::string key;          // the documents.mandatory option key: "policy"
    std::string clause;       // "5.2"
    std::string title;        // "Information security policy"
    std::string registerKey;  // where to go to fix it: "documents"
    Presence presence = Presence::Missing;
    std::vector<std::string> evidence;  // "DOC-001 Information security policy (approved)"
    std::vector<std::string> missing;   // what still has to be done, one sentence each (English)
    std::vector<Message> missingWhat;   // the same as codes with values, for the window
};

// What other rules found that readiness also reads: given when the caller has worked them out
// already (the dashboard's summary shows them too), so each runs once over the file; null
// members are worked out here.
struct ReadinessInputs {
    const std::vector<RiskFlag>* riskFlags = nullptr;
    const SoaCompleteness* soaCompleteness = nullptr;
    const std::vector<SoaInconsistency>* soaInconsistencies = nullptr;
};

// The 14 items of the domain brief, in clause order. Each is judged by conditions on the
// registers (see readiness.cpp): all met is Present; some met or some evidence found is Partial;
// nothing is Missing. An approved document whose "mandatory" field names the item is always
// listed as evidence.
std::vector<MandatoryItem> mandatoryDocumentation(const IsmsData& data, Date today,
                                                  const ReadinessInputs& inputs = {});

struct ClauseReadiness {
    std::string clause;  // "6"
    std::string title;   // "Planning"
    int requirements = 0;  // checklist entries (leaves: headings with sub-entries are not counted)
    int met = 0;
    int inProgress = 0;
    int notStarted = 0;    // including entries with no status
    int percentMet = 0;    // rounded down; 0 without entries
    // Checklist entries not met (register "clauses", the entry's id and ref), in clause order,
    // then mandatory items of this clause that are not Present (their register, id 0, ref = the
    // item's clause), and a note when the clause has no checklist entries at all.
    std::vector<RuleItem> gaps;
};

struct AuditReadiness {
    std::vector<MandatoryItem> mandatory;
    std::vector<ClauseReadiness> clauses;  // 4 to 10, always all seven
    int requirements = 0;
    int met = 0;
    int percentMet = 0;
    int mandatoryPresent = 0;
    // Every mandatory item present and every checklist entry met (and there are entries).
    bool ready = false;
};

AuditReadiness auditReadiness(const IsmsData& data, Date today, const ReadinessInputs& inputs = {});

// "6.1.3 d" -> 6; "A.5.1" or "" -> 0.
int topLevelClause(const std::string& clause);

} // namespace isms
