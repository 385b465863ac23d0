#pragma once
// Risk-owner sign-off (ISO/IEC 27001:2022 6.1.3 f): a person of the people register approves a
// risk's treatment plan and accepts its residual risk. An approval keeps the risk as it was
// approved. The rule over it is in approval_status.h.

#include "date.h"
#include "value.h"

#include <optional>
#include <string>
#include <vector>

namespace isms {

// The material part of a risk: what its owner accepted. A change to any of it makes the
// approval lapse ("Needs re-approval"); a change to anything else (a typo in the title, the next
// review date) does not.
struct ApprovedState {
    std::int64_t inherentLikelihood = 0, inherentImpact = 0, inherentLevel = 0;
    std::int64_t residualLikelihood = 0, residualImpact = 0, residualLevel = 0;
    std::string treatment;                   // the option key ("modify"), empty when unset
    std::vector<RecordId> treatingControls;  // risk_controls targets, ascending, each once

    bool operator==(const ApprovedState&) const = default;
};

struct RiskApproval {
    std::int64_t id = 0;            // ascending in the order approvals were given
    RecordId riskId = 0;
    RecordId approverId = 0;        // a record of the people register
    std::string approver;           // "P-003 Jane Doe" as the register named them then
    std::string approvedAt;         // UTC ISO 8601 timestamp
    std::string rationale;          // why the owner accepts the residual risk; never empty
    std::optional<Date> expiresOn;  // the approval holds up to and including this day
    ApprovedState state;            // the material part approved
    std::string snapshot;           // the whole risk as approved (JSON text made by storage)
    std::string snapshotSha256;     // lower-case hex SHA-256 of `snapshot`
    std::string recordedBy;         // who entered it (the session's author)
};

} // namespace isms
