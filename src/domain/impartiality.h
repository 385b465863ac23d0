#pragma once
// Rule 9.2.2 c: auditors must be objective and impartial, so nobody audits an area they own.

#include "isms_data.h"
#include "rule_item.h"

#include <vector>

namespace isms {

struct ImpartialityFlag {
    RuleItem item;            // the audit
    RecordId auditor = 0;     // the person who is both auditor and auditee
    bool leadAuditor = false; // true: as lead auditor; false: as audit-team member
};

// Audits (not cancelled) whose lead auditor or any audit-team member (link "audit_auditors")
// is the owner of the audited area ("auditee"). Sorted by audit ref.
std::vector<ImpartialityFlag> impartialityFlags(const IsmsData& data);

} // namespace isms
