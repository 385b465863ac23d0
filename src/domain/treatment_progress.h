#pragma once
// Risk treatment plan progress (6.1.3 e, 8.3): how far each open risk's treatment actions have
// come, overall, and which risks were treated but never re-assessed afterwards.

#include "isms_data.h"
#include "rule_item.h"

#include <optional>
#include <vector>

namespace isms {

struct RiskProgress {
    RecordId riskId = 0;
    int actions = 0;    // linked treatment actions, cancelled ones not counted
    int done = 0;
    int percent = 0;    // mean completion of those actions: a done one counts 100, else its
                        // "completion" (0 when unset); 0 without actions
    bool allDone() const { return actions > 0 && done == actions; }
    // The day its last action was done (completed_on, else the day it was last changed).
    std::optional<Date> lastDoneOn;
    // All actions done, but the residual likelihood or impact was not set on or after lastDoneOn:
    // the treatment's effect was never assessed.
    bool notReassessed = false;
};

struct TreatmentProgress {
    std::vector<RiskProgress> risks;  // open risks (not closed, not opportunities) in register order
    int actions = 0;                  // distinct actions over those risks, cancelled not counted
    int done = 0;
    int percent = 0;                  // mean of the distinct actions' completion as above
    int risksWithoutActions = 0;
    int risksAllDone = 0;
    // One item per risk with notReassessed, saying what to do.
    std::vector<RuleItem> notReassessed;

    const RiskProgress* of(RecordId riskId) const;
};

TreatmentProgress treatmentProgress(const IsmsData& data);

} // namespace isms
