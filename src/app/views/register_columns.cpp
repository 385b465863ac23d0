// The register table's columns: which are shown at first and how wide, the header's menu (filter
// one column, choose columns), and remembering the user's arrangement per register.
#include "app/views/register_view.h"
#include "reports/domain_text.h"

#include "app/models/register_table_model.h"
#include "app/session/value_convert.h"

#include <QDataStream>
#include <QIODevice>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QStyle>
#include <QTableView>
#include <QWidgetAction>

#include <algorithm>

namespace isms::app {

namespace {
// The arrangement as kept between sessions: this tag and the number of columns the table had,
// then Qt's header state. A state without the tag was kept before the risks' Approval column,
// when a table had its ref and fields only: a column beyond those it knew gets its first look
// instead of Qt's default (the far end of the table, out of sight in a narrow window).
const QByteArray kStateTag = QByteArrayLiteral("isms-columns-1");
} // namespace

bool RegisterView::restoreHeader(const QByteArray& state)
{
    QHeaderView* header = m_table->horizontalHeader();
    QByteArray qtState = state;
    int knownColumns = static_cast<int>(m_def.fields.size()) + 1;
    {
        QDataStream in(state);
        QByteArray tag;
        qint32 columns = 0;
        QByteArray inner;
        in >> tag >> columns >> inner;
        if (in.status() == QDataStream::Ok && tag == kStateTag) {
            qtState = inner;
            knownColumns = columns;
        }
    }
    // A page's own first look beats a layout kept before its columns existed.
    const bool outgrown = !m_firstLook.empty() && knownColumns < m_model->columnCount();
    if (!qtState.isEmpty() && !outgrown && header->restoreState(qtState)) {
        if (const int approval = m_model->approvalColumn(); approval >= knownColumns) {
            m_table->setColumnHidden(approval, false);
            placeApprovalColumn();
            sizeApprovalColumn();
        }
        return true;
    }
    if (!m_firstLook.empty()) {
        for (int c = 1; c < m_model->columnCount(); ++c)
            m_table->setColumnHidden(c, std::find(m_firstLook.begin(), m_firstLook.end(), c) == m_firstLook.end());
        for (int place = 0; place < static_cast<int>(m_firstLook.size()); ++place)
            header->moveSection(header->visualIndex(m_firstLook[static_cast<std::size_t>(place)]), place);
        sizeColumns();
        return false;
    }
    // A first look shows what a register is scanned for: the title, choices, people, dates and
    // levels. Free text, check boxes and the likelihood/impact behind a level are in the form
    // (and the header's Columns menu brings any of them back).
    for (std::size_t i = 0; i < m_def.fields.size(); ++i) {
        const FieldDef& field = m_def.fields[i];
        const bool scanned = field.key == m_def.titleField || field.type == FieldType::Enum
                             || field.type == FieldType::Reference || field.type == FieldType::Date
                             || field.type == FieldType::Level || field.type == FieldType::Integer
                             || field.type == FieldType::Real;
        m_table->setColumnHidden(static_cast<int>(i) + 1, !scanned);
    }
    placeApprovalColumn();
    sizeColumns();
    return false;
}

void RegisterView::placeApprovalColumn()
{
    // A risk's approval is what its owner is asked about first: beside the title, so it is in
    // view even in a narrow window (1024 pixels with the form open).
    QHeaderView* header = m_table->horizontalHeader();
    if (const int approval = m_model->approvalColumn(); approval >= 0)
        if (const auto title = m_def.indexOf(m_def.titleField)) {
            const int beside = header->visualIndex(static_cast<int>(*title) + 1) + 1;
            const int from = header->visualIndex(approval);
            header->moveSection(from, from < beside ? beside - 1 : beside);
        }
}

void RegisterView::sizeApprovalColumn()
{
    // As wide as its longest word ("Needs re-approval"), known before any status is: the
    // statuses arrive after the first look is sized.
    const int approval = m_model->approvalColumn();
    if (approval < 0 || m_table->isColumnHidden(approval))
        return;
    QHeaderView* header = m_table->horizontalHeader();
    int widest = header->sectionSizeHint(approval);
    for (ApprovalStatus status : {ApprovalStatus::NotApproved, ApprovalStatus::Approved,
                                  ApprovalStatus::NeedsReapproval, ApprovalStatus::Expired})
        widest = std::max(widest, m_table->fontMetrics().horizontalAdvance(approvalStatusText(status))
                                      + 2 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 8);
    header->resizeSection(approval, widest);
}

void RegisterView::sizeColumns()
{
    QHeaderView* header = m_table->horizontalHeader();
    // Each column as wide as its header (never cut) and its first rows' values, within a cap:
    // a long value is elided in the cell and read in full in the form. Only the first page is
    // measured, so a register of 100,000 records costs no more than one of 20.
    m_table->verticalHeader()->setResizeContentsPrecision(RegisterTableModel::kPageSize / 4);
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const auto title = m_def.indexOf(m_def.titleField);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (m_table->isColumnHidden(c))
            continue;
        const bool isTitle = title && c == static_cast<int>(*title) + 1;
        const int cap = isTitle ? 24 * em : 14 * em;
        m_table->resizeColumnToContents(c);  // the wider of the header and the values
        const int content = std::min(header->sectionSize(c), cap);
        header->resizeSection(c, std::max({header->sectionSizeHint(c), content,
                                           isTitle ? 14 * em : 0}));
    }
    sizeApprovalColumn();
    // Room for the longest refs ("RTP-0123") and the overdue sign beside them.
    const int icon = m_table->style()->pixelMetric(QStyle::PM_SmallIconSize);
    header->resizeSection(
        0, std::max(header->sectionSizeHint(0),
                    m_table->fontMetrics().horizontalAdvance(QStringLiteral("RTP-0000")) + icon
                        + 16));
}

void RegisterView::setFirstLook(std::vector<int> columns)
{
    m_firstLook = std::move(columns);
    restoreHeader({});
}

QByteArray RegisterView::headerState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << kStateTag << static_cast<qint32>(m_model->columnCount()) << m_table->horizontalHeader()->saveState();
    return state;
}

void RegisterView::editColumnFilter(int column)
{
    QMenu menu(this);
    auto* edit = new QLineEdit(&menu);
    edit->setPlaceholderText(tr("Contains\u2026"));
    edit->setText(m_model->columnFilter(column));
    edit->setClearButtonEnabled(true);
    auto* action = new QWidgetAction(&menu);
    action->setDefaultWidget(edit);
    menu.addAction(action);
    connect(edit, &QLineEdit::returnPressed, &menu, &QMenu::close);
    QHeaderView* header = m_table->horizontalHeader();
    const QPoint where = header->mapToGlobal(
        QPoint(header->sectionViewportPosition(column), header->height()));
    edit->setFocus();
    menu.exec(where);
    m_model->setColumnFilter(column, edit->text().trimmed());
}

void RegisterView::showHeaderMenu(const QPoint& position)
{
    QHeaderView* header = m_table->horizontalHeader();
    const int column = header->logicalIndexAt(position);
    QMenu menu(this);
    // The approval and computed columns are worked out, not stored: SQL cannot filter them.
    if (column >= 0 && !m_model->isWorkedOut(column)) {
        const QString name = m_model->headerData(column, Qt::Horizontal).toString();
        menu.addAction(tr("Filter %1\u2026").arg(name), this,
                       [this, column] { editColumnFilter(column); });
        if (!m_model->columnFilter(column).isEmpty())
            menu.addAction(tr("Clear this filter"), this,
                           [this, column] { m_model->setColumnFilter(column, {}); });
        menu.addSeparator();
    }
    QMenu* columns = menu.addMenu(tr("Columns"));
    for (int c = 1; c < m_model->columnCount(); ++c) {
        const FieldDef* field = m_model->fieldAt(c);
        QAction* toggle = columns->addAction(
            field ? reports::domainText(field->label) : m_model->headerData(c, Qt::Horizontal).toString());
        toggle->setCheckable(true);
        toggle->setChecked(!m_table->isColumnHidden(c));
        connect(toggle, &QAction::toggled, this,
                [this, c](bool shown) { m_table->setColumnHidden(c, !shown); });
    }
    menu.exec(header->mapToGlobal(position));
}

} // namespace isms::app
