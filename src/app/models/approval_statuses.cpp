#include "app/models/approval_statuses.h"
#include "reports/domain_text.h"

namespace isms::app {

ApprovalStatuses approvalStatuses(const IsmsData& data, Date today)
{
    ApprovalStatuses statuses;
    const auto risks = data.records.find(std::string(reg::risks));
    if (risks == data.records.end())
        return statuses;
    const ApprovalIndex index(data);
    statuses.reserve(static_cast<qsizetype>(risks->second.size()));
    for (const Record& risk : risks->second)
        statuses.insert(risk.id, index.status(risk, today));
    return statuses;
}

QString approvalStatusText(ApprovalStatus status)
{
    return reports::domainText(approvalStatusLabel(status));
}

int approvalSortRank(ApprovalStatus status)
{
    switch (status) {
    case ApprovalStatus::NotApproved:
        return 0;
    case ApprovalStatus::Expired:
        return 1;
    case ApprovalStatus::NeedsReapproval:
        return 2;
    case ApprovalStatus::Approved:
        return 3;
    }
    return 0;
}

} // namespace isms::app
