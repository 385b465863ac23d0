// A page's computed columns in the register table (computed_columns.h): after the fields and
// the Approval column, read from the page's provider and sorted here rather than in SQL.
#include "app/models/register_table_model.h"

#include <algorithm>

namespace isms::app {

void RegisterTableModel::setComputedColumns(std::shared_ptr<const ComputedColumns> columns)
{
    beginResetModel();
    m_computed = std::move(columns);
    m_sortByComputed = -1;
    endResetModel();
}

int RegisterTableModel::computedColumn(int index) const
{
    if (!m_computed || index < 0 || index >= m_computed->count())
        return -1;
    return static_cast<int>(m_def.fields.size()) + (approvalColumn() < 0 ? 1 : 2) + index;
}

int RegisterTableModel::computedIndex(int column) const
{
    const int first = computedColumn(0);
    if (first < 0 || column < first || column >= first + m_computed->count())
        return -1;
    return column - first;
}

bool RegisterTableModel::isWorkedOut(int column) const
{
    return column == approvalColumn() || computedIndex(column) >= 0;
}

void RegisterTableModel::computedColumnsChanged()
{
    // Rows stay where they are, as after an approval change: the sort holds until the next one.
    if (m_computed && m_computed->count() > 0 && !m_ids.empty())
        emit dataChanged(index(0, computedColumn(0)),
                         index(rowCount() - 1, computedColumn(m_computed->count() - 1)));
}

void RegisterTableModel::sortIdsByComputed()
{
    if (!m_computed)
        return;
    // The ids come sorted by ref: a stable sort keeps that order within each rank.
    const int column = m_sortByComputed;
    const bool descending = m_query.descending;
    std::stable_sort(m_ids.begin(), m_ids.end(), [&](RecordId a, RecordId b) {
        const int ra = m_computed->sortRank(column, a), rb = m_computed->sortRank(column, b);
        return descending ? rb < ra : ra < rb;
    });
}

} // namespace isms::app
