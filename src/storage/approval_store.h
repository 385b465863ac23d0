#pragma once
// The risk_approvals table (schema 4): risk-owner approvals of a risk's treatment and residual
// risk (domain/risk_approval.h), and how one is written into the change log.

#include "domain/risk_approval.h"
#include "domain/result.h"

#include <string>
#include <vector>

namespace isms::storage {

namespace sql {
class Connection;
}

// "[3,17]": the treating controls' ids as the table and the log keep them.
std::string controlIdsJson(const std::vector<RecordId>& ids);

// Every column of the approval but the risk's id (the entry names it; the snapshot as an object
// in it, so the history reads), as the "approve" entry's
// `after` (and the "withdraw" entry's `before`) holds it: the replay compares each row with it.
std::string approvalJson(const RiskApproval& approval);

// Stores a new approval; `approval.id` 0 takes the next id, another id is kept (undo of a
// withdrawal). Returns the id.
Result<std::int64_t> insertApproval(sql::Connection& db, const RiskApproval& approval);
Result<void> deleteApproval(sql::Connection& db, std::int64_t approvalId);
// One risk's approvals (riskId 0: every approval), oldest first. A file of a schema before 4
// has none.
Result<std::vector<RiskApproval>> readApprovals(sql::Connection& db, RecordId riskId = 0);
Result<std::optional<RiskApproval>> findApproval(sql::Connection& db, std::int64_t approvalId);
// Whether the file has the table (schema 4 on).
Result<bool> hasApprovalTable(sql::Connection& db);

} // namespace isms::storage
