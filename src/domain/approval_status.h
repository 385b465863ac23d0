#pragma once
// Whether a risk's approval by its owner (risk_approval.h) still holds for the risk as it is now.

#include "isms_data.h"
#include "message.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace isms {

// The material part of `risk` as the file holds it now (its fields and risk_controls links).
ApprovedState approvedStateOf(const IsmsData& data, const Record& risk);
// The same from a record and the ids of its treating controls (in any order).
ApprovedState approvedStateOf(const RegisterDef& risks, const Record& risk, std::vector<RecordId> treatingControls);

enum class ApprovalStatus {
    NotApproved,      // never approved
    Approved,         // the latest approval holds
    NeedsReapproval,  // the risk's material part changed since its latest approval
    Expired,          // the latest approval's expiry date has passed
};

// The rule itself. `latest` is the risk's newest approval (nullptr: none). A material change
// outweighs an expiry: what was approved is no longer what the register holds.
ApprovalStatus approvalStatus(const RiskApproval* latest, const ApprovedState& current, Date today);
// The newest approval of a risk among `approvals` (highest id), or nullptr.
const RiskApproval* latestApproval(const std::vector<RiskApproval>& approvals, RecordId riskId);
// The status of a risk of `data` (its approvals are in data.approvals).
ApprovalStatus approvalStatus(const IsmsData& data, const Record& risk, Date today);

// Every risk's latest approval and treating controls, indexed once: for a register or report
// of many risks, where approvalStatus(data, ...) per risk would scan every approval and link.
class ApprovalIndex {
public:
    explicit ApprovalIndex(const IsmsData& data);
    const RiskApproval* latest(RecordId riskId) const;
    ApprovalStatus status(const Record& risk, Date today) const;

private:
    const IsmsData& m_data;
    std::map<RecordId, const RiskApproval*> m_latest;
    std::map<RecordId, std::vector<RecordId>> m_controls;
};

// "Approved", "Needs re-approval", "Expired", "Not approved": marked for translation.
const char* approvalStatusLabel(ApprovalStatus status);
// "approved", "needs_reapproval", "expired", "not_approved": for the CLI and CSV.
const char* approvalStatusKey(ApprovalStatus status);

// Open risks (neither closed nor opportunities) by approval status.
struct ApprovalCounts {
    int open = 0;
    int approved = 0;
    int needsReapproval = 0;
    int expired = 0;
    int notApproved = 0;
};
ApprovalCounts approvalCounts(const IsmsData& data, Date today);

// What is wrong with an approval about to be given, or an empty message when nothing is:
// an empty rationale, an expiry before today.
Message approvalProblem(const std::string& rationale, const std::optional<Date>& expiresOn, Date today);

} // namespace isms
