// The risks register's Approval column (register_table_model.h): no field of the file, so it is
// read from the statuses the workspace gives and sorted here rather than in SQL.
#include "app/models/register_table_model.h"

#include <algorithm>

namespace isms::app {

int RegisterTableModel::approvalColumn() const
{
    return m_def.key == reg::risks ? static_cast<int>(m_def.fields.size()) + 1 : -1;
}

void RegisterTableModel::setApprovalStatuses(ApprovalStatuses statuses)
{
    if (approvalColumn() < 0 || (m_approvalsKnown && statuses == m_approvals))
        return;
    const bool first = !m_approvalsKnown;
    m_approvals = std::move(statuses);
    m_approvalsKnown = true;
    if (first && m_sortByApproval) {
        requery();  // sorted by approval before any status was known (the file just opened)
        return;
    }
    // Rows stay where they are, as after any other edit: a row jumping away under the user's
    // eyes is worse than a sort order that holds until the next sort.
    if (!m_ids.empty())
        emit dataChanged(index(0, approvalColumn()), index(rowCount() - 1, approvalColumn()));
}

QVariant RegisterTableModel::approvalData(RecordId id, int role) const
{
    if (!m_approvalsKnown)
        return {};
    const auto found = m_approvals.constFind(id);
    if (found == m_approvals.cend())
        return {};  // a risk added since the statuses were worked out: they follow at once
    switch (role) {
    case Qt::DisplayRole:
        return approvalStatusText(*found);
    case Qt::EditRole:
    case ValueRole:
        return QString::fromLatin1(approvalStatusKey(*found));
    case Qt::ToolTipRole:
        switch (*found) {
        case ApprovalStatus::NotApproved:
            return tr("The risk owner has not approved this risk's treatment (Edit \u203a Approve Treatment\u2026).");
        case ApprovalStatus::Approved:
            return tr("The risk owner's approval holds for the risk as it is now.");
        case ApprovalStatus::NeedsReapproval:
            return tr("The levels, the treatment or the treating controls changed since the owner approved: approve again.");
        case ApprovalStatus::Expired:
            return tr("The owner's approval has expired: approve again.");
        }
        return {};
    default:
        return {};
    }
}

void RegisterTableModel::sortIdsByApproval()
{
    // The ids come sorted by ref: a stable sort keeps that order within each status.
    const auto rank = [this](RecordId id) {
        const auto found = m_approvals.constFind(id);
        return found == m_approvals.cend() ? -1 : approvalSortRank(*found);
    };
    const bool descending = m_query.descending;
    std::stable_sort(m_ids.begin(), m_ids.end(), [&](RecordId a, RecordId b) {
        return descending ? rank(b) < rank(a) : rank(a) < rank(b);
    });
}

} // namespace isms::app
