#pragma once
// Migration 4 (risk approvals): adds the risk_approvals table and its index. No row is written:
// the risks' typed acceptance (accepted_by, accepted_on, acceptance_reason) stays as it was,
// because no snapshot of what its owner saw was ever kept, and an approval must not claim one
// (docs/decisions.md, "Risk-owner approvals").

#include "domain/result.h"

namespace isms::storage {

namespace sql {
class Connection;
}

// The step itself, inside the migration's transaction.
Result<void> addApprovalTables(sql::Connection& db);

} // namespace isms::storage
