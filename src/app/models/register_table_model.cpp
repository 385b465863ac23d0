#include "app/models/register_table_model.h"
#include "reports/domain_text.h"

#include "domain/annex_a.h"

#include "app/commands/set_fields_command.h"
#include "app/session/document_session.h"
#include "app/session/value_convert.h"
#include "app/session/value_text.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QUndoStack>

#include <algorithm>

namespace isms::app {

namespace {
// Red that reads on the palette's base colour, light or dark.
QColor overdueColour()
{
    return QApplication::palette().color(QPalette::Base).lightness() < 128 ? QColor(0xff, 0x8a, 0x80)
                                                                           : QColor(0xb7, 0x1c, 0x1c);
}
} // namespace

RegisterTableModel::RegisterTableModel(DocumentSession& session, const RegisterDef& def,
                                       QObject* parent)
    : QAbstractTableModel(parent), m_session(session), m_def(def)
{
    const QString key = qs(def.key);
    connect(&session, &DocumentSession::recordInserted, this,
            [this, key](const QString& reg, qint64) {
                if (reg == key)
                    requery();
            });
    connect(&session, &DocumentSession::recordRemoved, this,
            [this, key](const QString& reg, qint64 id) {
                if (reg == key)
                    removeRow(id);
                else
                    refreshColumns(reg);
            });
    connect(&session, &DocumentSession::recordUpdated, this,
            [this, key](const QString& reg, qint64 id) {
                if (reg == key)
                    refreshRow(id);
                else
                    refreshColumns(reg);
            });
    connect(&session, &DocumentSession::methodologyChanged, this, [this] {
        m_pages.clear();
        m_pageOrder.clear();
        if (!m_ids.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    });
    requery();
}

const FieldDef* RegisterTableModel::fieldAt(int column) const
{
    if (column < 1 || column > static_cast<int>(m_def.fields.size()))
        return nullptr;
    return &m_def.fields[static_cast<std::size_t>(column - 1)];
}

int RegisterTableModel::columnOf(const std::string& fieldKey) const
{
    if (fieldKey == "ref")
        return 0;
    const auto index = m_def.indexOf(fieldKey);
    return index ? static_cast<int>(*index) + 1 : -1;
}

std::string RegisterTableModel::fieldKeyOf(int column) const
{
    const FieldDef* field = fieldAt(column);
    return field ? field->key : std::string("ref");
}

void RegisterTableModel::setSearch(const QString& text)
{
    if (qs(m_query.search) == text)
        return;
    m_query.search = ss(text);
    requery();
}

QString RegisterTableModel::search() const
{
    return qs(m_query.search);
}

void RegisterTableModel::setColumnFilter(int column, const QString& text)
{
    // The approval and computed columns are no field of the file: SQL cannot filter them (the
    // header's menu offers no filter for them).
    if (isWorkedOut(column))
        return;
    const std::string key = fieldKeyOf(column);
    auto& filters = m_query.filters;
    filters.erase(std::remove_if(filters.begin(), filters.end(),
                                 [&](const storage::Query::ColumnFilter& f) { return f.field == key; }),
                  filters.end());
    if (!text.isEmpty())
        filters.push_back({key, ss(text)});
    requery();
}

void RegisterTableModel::setRecordFilter(const std::vector<FieldCondition>& conditions,
                                         std::optional<std::vector<RecordId>> onlyIds)
{
    using Match = storage::Query::ColumnFilter::Match;
    if (onlyIds)
        std::sort(onlyIds->begin(), onlyIds->end());
    m_onlyIds = std::move(onlyIds);
    m_recordFilter.clear();
    for (const FieldCondition& c : conditions)
        m_recordFilter.push_back({c.field, c.value, c.equals ? Match::Is : Match::IsNot});
    requery();
}

QString RegisterTableModel::columnFilter(int column) const
{
    if (isWorkedOut(column))
        return {};
    const std::string key = fieldKeyOf(column);
    for (const auto& f : m_query.filters)
        if (f.field == key)
            return qs(f.text);
    return {};
}

void RegisterTableModel::setOverdue(QHash<RecordId, QString> overdue)
{
    if (overdue == m_overdue)
        return;
    m_overdue = std::move(overdue);
    if (!m_ids.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0));
}

RecordId RegisterTableModel::idAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_ids.size()))
        return 0;
    return m_ids[static_cast<std::size_t>(row)];
}

int RegisterTableModel::rowOf(RecordId id) const
{
    const auto it = std::find(m_ids.begin(), m_ids.end(), id);
    return it == m_ids.end() ? -1 : static_cast<int>(it - m_ids.begin());
}

std::int64_t RegisterTableModel::totalCount() const
{
    auto total = m_session.file().count(m_def);
    return total ? *total : 0;
}

void RegisterTableModel::requery()
{
    beginResetModel();
    m_pages.clear();
    m_pageOrder.clear();
    storage::Query query = m_query;
    query.filters.insert(query.filters.end(), m_recordFilter.begin(), m_recordFilter.end());
    auto ids = m_session.file().listIds(m_def, query);
    if (ids) {
        m_ids = std::move(ids.value());
        if (m_onlyIds)
            std::erase_if(m_ids, [this](RecordId id) {
                return !std::binary_search(m_onlyIds->begin(), m_onlyIds->end(), id);
            });
        if (m_sortByApproval)
            sortIdsByApproval();
        else if (m_sortByComputed >= 0)
            sortIdsByComputed();
    } else {
        m_ids.clear();
        m_session.reportFailure(tr("Reading %1").arg(reports::domainText(m_def.title)), ids.error());
    }
    endResetModel();
    emit requeried();
}

void RegisterTableModel::refreshRow(RecordId id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    const int page = row / kPageSize;
    m_pages.erase(page);
    m_pageOrder.erase(std::remove(m_pageOrder.begin(), m_pageOrder.end(), page), m_pageOrder.end());
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void RegisterTableModel::removeRow(RecordId id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_ids.erase(m_ids.begin() + row);
    m_pages.clear();  // every later page shifted by one
    m_pageOrder.clear();
    endRemoveRows();
}

void RegisterTableModel::refreshColumns(const QString& referencedRegister)
{
    if (m_ids.empty())
        return;
    const std::string target = ss(referencedRegister);
    for (std::size_t i = 0; i < m_def.fields.size(); ++i) {
        if (m_def.fields[i].type == FieldType::Reference && m_def.fields[i].target == target) {
            const int column = static_cast<int>(i) + 1;
            // Removal empties references to the removed record: the rows themselves changed.
            m_pages.clear();
            m_pageOrder.clear();
            emit dataChanged(index(0, column), index(rowCount() - 1, column));
        }
    }
}

const Record* RegisterTableModel::recordAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_ids.size()))
        return nullptr;
    const int page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        const auto first = m_ids.begin() + static_cast<std::ptrdiff_t>(page) * kPageSize;
        const auto last = first + std::min<std::ptrdiff_t>(kPageSize, m_ids.end() - first);
        auto records = m_session.file().getMany(m_def, std::vector<RecordId>(first, last));
        ++m_pagesFetched;
        if (!records)
            return nullptr;
        if (m_pageOrder.size() >= kMaxCachedPages) {
            m_pages.erase(m_pageOrder.front());
            m_pageOrder.pop_front();
        }
        it = m_pages.emplace(page, std::move(records.value())).first;
        m_pageOrder.push_back(page);
    }
    const auto offset = static_cast<std::size_t>(row % kPageSize);
    const Record* record = offset < it->second.size() ? &it->second[offset] : nullptr;
    // The page was read after the ids: a record changed in between is shown once refreshed.
    return record && record->id == m_ids[static_cast<std::size_t>(row)] ? record : nullptr;
}

int RegisterTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int RegisterTableModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return static_cast<int>(m_def.fields.size()) + (approvalColumn() < 0 ? 1 : 2)
           + (m_computed ? m_computed->count() : 0);
}

QVariant RegisterTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == RecordIdRole)
        return QVariant::fromValue<qint64>(idAt(index.row()));
    if (index.column() == approvalColumn())
        return approvalData(idAt(index.row()), role);
    if (const int computed = computedIndex(index.column()); computed >= 0)
        return m_computed->data(computed, idAt(index.row()), role);
    const Record* record = recordAt(index.row());
    if (!record)
        return {};
    const FieldDef* field = fieldAt(index.column());
    if (!field) {
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == ValueRole)
            return qs(record->ref);
        const auto overdue = m_overdue.constFind(record->id);
        if (overdue == m_overdue.cend())
            return {};
        if (role == Qt::ToolTipRole)
            return tr("Overdue: %1").arg(*overdue);
        if (role == Qt::DecorationRole)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (role == Qt::ForegroundRole)
            return overdueColour();
        return {};
    }
    const Value& value = record->values[static_cast<std::size_t>(index.column() - 1)];
    switch (role) {
    case Qt::DisplayRole:
        if (field->type == FieldType::Boolean)
            return {};  // shown as a check box
        if (field->type == FieldType::LongText)
            return displayText(m_session, *field, value).section(QLatin1Char('\n'), 0, 0);
        return displayText(m_session, *field, value);
    case Qt::ToolTipRole:
        if (field->type == FieldType::LongText)
            return displayText(m_session, *field, value);
        return {};
    case Qt::EditRole:
    case ValueRole:
        return toVariant(value);
    case Qt::CheckStateRole:
        if (field->type != FieldType::Boolean)
            return {};
        return std::get_if<bool>(&value) && std::get<bool>(value) ? Qt::Checked : Qt::Unchecked;
    case Qt::DecorationRole:
        if (field->type == FieldType::Level) {
            const QColor colour = levelColour(m_session.methodology(), value);
            if (colour.isValid())
                return colour;
        }
        return {};
    default:
        return {};
    }
}

QVariant RegisterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == approvalColumn()) {
        if (role == Qt::DisplayRole)
            return tr("Approval");
        if (role == Qt::ToolTipRole)
            return tr("Whether the risk owner's approval of the treatment holds (ISO/IEC 27001 6.1.3 f): "
                      "Approved, Needs re-approval, Expired or Not approved");
        return {};
    }
    if (const int computed = computedIndex(section); computed >= 0)
        return m_computed->header(computed, role);
    const FieldDef* field = fieldAt(section);
    if (role == Qt::DisplayRole) {
        const QString label = field ? reports::domainText(field->label) : tr("Ref");
        // A filtered column says so in its header.
        return columnFilter(section).isEmpty() ? label : label + QStringLiteral(" \u29e9");
    }
    if (role == Qt::ToolTipRole && field) {
        const QString filter = columnFilter(section);
        QString tip = reports::domainText(field->help);
        if (!filter.isEmpty())
            tip += (tip.isEmpty() ? QString() : QStringLiteral("\n"))
                   + tr("Filtered: contains \"%1\"").arg(filter);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    return {};
}

Qt::ItemFlags RegisterTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const FieldDef* field = fieldAt(index.column());
    if (!field || field->computed || m_session.isReadOnly())
        return flags;
    if (field->type == FieldType::Boolean)
        return flags | Qt::ItemIsUserCheckable;
    // An Annex A control's title and theme are the standard's: shown, not edited.
    if (const Record* record = recordAt(index.row());
        record && isFixedByAnnexA(m_def.key, record->ref, field->key))
        return flags;
    return flags | Qt::ItemIsEditable;
}

bool RegisterTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid) || m_session.isReadOnly())
        return false;
    const FieldDef* field = fieldAt(index.column());
    if (!field || field->computed)
        return false;
    Value newValue;
    if (role == Qt::CheckStateRole && field->type == FieldType::Boolean)
        newValue = value.toInt() == Qt::Checked;
    else if (role == Qt::EditRole)
        newValue = fromVariant(value, field->type);
    else
        return false;
    const Record* record = recordAt(index.row());
    if (record && record->values[static_cast<std::size_t>(index.column() - 1)] == newValue)
        return true;  // nothing changes: no undo step
    m_session.undoStack()->push(
        SetFieldsCommand::create(m_session, m_def.key, idAt(index.row()), {{field->key, newValue}}));
    return true;
}

void RegisterTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    const bool byApproval = column == approvalColumn();
    const int byComputed = computedIndex(column);
    const std::string key = column == 0 || byApproval || byComputed >= 0 ? std::string("ref") : fieldKeyOf(column);
    const bool descending = order == Qt::DescendingOrder;
    if (m_query.sortField == key && m_query.descending == descending && m_sortByApproval == byApproval
        && m_sortByComputed == byComputed)
        return;
    m_sortByApproval = byApproval;
    m_sortByComputed = byComputed;
    m_query.sortField = key;
    m_query.descending = descending;
    requery();
}

} // namespace isms::app
