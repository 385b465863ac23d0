#pragma once
// One register as a table, lazily: the model holds only the ids of the rows the current query
// matches and fetches the records themselves a page at a time into a small cache, so a register
// of 100,000 records opens at once and scrolls smoothly. Filtering and sorting happen in SQL.
// The model never writes: setData pushes a SetFieldsCommand onto the session's undo stack.
// The risks register has one column more than its fields, Approval, computed rather than stored:
// the workspace gives it every risk's status (setApprovalStatuses) and it is sorted in memory.
// A page may add computed columns of its own after those (computed_columns.h), likewise.

#include "app/models/approval_statuses.h"
#include "app/models/computed_columns.h"
#include "domain/field_condition.h"
#include "domain/record.h"
#include "storage/isms_file.h"

#include <QAbstractTableModel>
#include <QHash>

#include <deque>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace isms::app {

class DocumentSession;

class RegisterTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1,  // qint64
        ValueRole,                        // the stored value as a QVariant (see value_convert.h)
    };
    static constexpr int kPageSize = 200;
    static constexpr std::size_t kMaxCachedPages = 12;

    RegisterTableModel(DocumentSession& session, const RegisterDef& def, QObject* parent = nullptr);

    const RegisterDef& registerDef() const { return m_def; }
    // Column 0 is the reference; column c > 0 is field c - 1, up to the fields' count; the
    // risks register's approval column comes after its fields.
    const FieldDef* fieldAt(int column) const;
    int columnOf(const std::string& fieldKey) const;
    // The Approval column; -1 for registers other than risks.
    int approvalColumn() const;
    // The page's computed columns, after the fields (and Approval); the model shares them with
    // the page that works them out. Setting them resets the model.
    void setComputedColumns(std::shared_ptr<const ComputedColumns> columns);
    // Which computed column `column` is (0 .. count - 1); -1 for the others.
    int computedIndex(int column) const;
    // The model column of computed column `index`; -1 without computed columns.
    int computedColumn(int index) const;
    // The computed columns' cells changed (the page worked them out again).
    void computedColumnsChanged();
    // Approval and the computed columns: no field of the file, so SQL cannot filter them.
    bool isWorkedOut(int column) const;

    void setSearch(const QString& text);
    QString search() const;
    void setColumnFilter(int column, const QString& text);
    QString columnFilter(int column) const;
    const storage::Query& query() const { return m_query; }
    // Conditions another screen set (a heat map cell's risks), applied on top of the search and
    // the column filters and kept apart from them, so the header's filters never show them.
    // `onlyIds`, when given, narrows the rows further to those records (what a page worked out
    // in memory, which SQL cannot see: the SoA's controls with a problem).
    void setRecordFilter(const std::vector<FieldCondition>& conditions,
                         std::optional<std::vector<RecordId>> onlyIds = std::nullopt);
    bool hasRecordFilter() const { return !m_recordFilter.empty() || m_onlyIds.has_value(); }

    // Records past a due date (from the overdue rules), with what is due: shown in red with a
    // warning sign on the reference, never colour alone.
    void setOverdue(QHash<RecordId, QString> overdue);
    bool isOverdue(RecordId id) const { return m_overdue.contains(id); }

    // Every risk's approval status (approval_statuses.h); until the first one the column is
    // blank rather than wrong.
    void setApprovalStatuses(ApprovalStatuses statuses);
    bool hasApprovalStatuses() const { return m_approvalsKnown; }

    RecordId idAt(int row) const;
    int rowOf(RecordId id) const;  // -1 when not among the rows
    // The total of the register's records regardless of filters.
    std::int64_t totalCount() const;
    // How many pages have been read from the file so far (lets tests prove laziness).
    int pagesFetched() const { return m_pagesFetched; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // The query ran again (filter, sort, insertions): views restore their selection by id.
    void requeried();

private:
    const Record* recordAt(int row) const;
    void requery();
    void refreshRow(RecordId id);
    void removeRow(RecordId id);
    void refreshColumns(const QString& referencedRegister);
    std::string fieldKeyOf(int column) const;
    QVariant approvalData(RecordId id, int role) const;
    void sortIdsByApproval();
    void sortIdsByComputed();

    DocumentSession& m_session;
    const RegisterDef& m_def;
    storage::Query m_query;
    std::vector<storage::Query::ColumnFilter> m_recordFilter;
    std::vector<RecordId> m_ids;
    mutable std::unordered_map<int, std::vector<Record>> m_pages;
    mutable std::deque<int> m_pageOrder;  // oldest first
    mutable int m_pagesFetched = 0;
    QHash<RecordId, QString> m_overdue;
    ApprovalStatuses m_approvals;
    bool m_approvalsKnown = false;
    // Sorted by the approval column: the query sorts by ref and requery() re-sorts the ids.
    bool m_sortByApproval = false;
    std::shared_ptr<const ComputedColumns> m_computed;
    int m_sortByComputed = -1;  // the computed column sorted by, -1 for none
    std::optional<std::vector<RecordId>> m_onlyIds;  // sorted
};

} // namespace isms::app
