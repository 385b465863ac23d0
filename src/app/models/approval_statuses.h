#pragma once
// The risks register's Approval column (6.1.3 f): every risk's approval status worked out at once
// from the file as the workspace keeps it in memory, with the domain's ApprovalIndex, so a
// register of 10,000 risks never scans every approval and link once per row. The rule itself is
// the domain's; this only names and orders its answers for the table.

#include "domain/approval_status.h"

#include <QHash>
#include <QString>

namespace isms::app {

using ApprovalStatuses = QHash<RecordId, ApprovalStatus>;

// The status of every risk of `data` as of `today`.
ApprovalStatuses approvalStatuses(const IsmsData& data, Date today);
// The status in words, translated ("Needs re-approval").
QString approvalStatusText(ApprovalStatus status);
// Where a status sorts, ascending: what needs its owner most first (never approved, lapsed by
// date, lapsed by a change), the approved last, so a sorted column is a to-do list.
int approvalSortRank(ApprovalStatus status);

} // namespace isms::app
