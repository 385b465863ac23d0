#include "app/report_view/report_table_widget.h"

#include "app/dashboard/risk_matrix_widget.h"
#include "app/report_view/report_cells.h"

#include <QHeaderView>
#include <QStyle>

#include <algorithm>

namespace isms::app {

namespace {
constexpr int kRegisterRole = Qt::UserRole + 1;
constexpr int kIdRole = Qt::UserRole + 2;
constexpr int kRowRegisterRole = Qt::UserRole + 3;  // the row's first record, on column 0
constexpr int kRowIdRole = Qt::UserRole + 4;
constexpr int kSpanRole = Qt::UserRole + 5;
} // namespace

ReportTableWidget::ReportTableWidget(QWidget* parent) : QTreeWidget(parent)
{
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setExpandsOnDoubleClick(false);
    setTextElideMode(Qt::ElideRight);
    setWordWrap(false);
    header()->setStretchLastSection(false);
    // One click (or Enter) opens the record: the lists are to-do lists, not forms.
    connect(this, &QTreeWidget::itemClicked, this, &ReportTableWidget::activate);
    connect(this, &QTreeWidget::itemActivated, this, &ReportTableWidget::activate);
}

QColor ReportTableWidget::alertColour(const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Base).lightnessF() < 0.5;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
}

void ReportTableWidget::setTable(const reports::Table& table)
{
    m_name = table.name;
    setObjectName(table.name);
    setAccessibleName(table.caption.isEmpty() ? table.name : table.caption);
    clear();
    QStringList headers;
    for (const auto& c : table.columns)
        headers << c.title;
    setColumnCount(static_cast<int>(headers.size()));
    setHeaderLabels(headers);

    // The widest wrapping column takes what is left; the others fit their contents.
    int stretch = -1;
    for (int c = 0; c < static_cast<int>(table.columns.size()); ++c)
        if (table.columns[static_cast<std::size_t>(c)].wrap
            && (stretch < 0 || table.columns[static_cast<std::size_t>(c)].widthChars
                                   > table.columns[static_cast<std::size_t>(stretch)].widthChars))
            stretch = c;
    const int charWidth = fontMetrics().averageCharWidth();
    for (int c = 0; c < static_cast<int>(table.columns.size()); ++c) {
        const auto& column = table.columns[static_cast<std::size_t>(c)];
        if (c == stretch) {
            header()->setSectionResizeMode(c, QHeaderView::Stretch);
        } else if (column.wrap) {
            header()->setSectionResizeMode(c, QHeaderView::Interactive);
            setColumnWidth(c, column.widthChars * charWidth * 2 / 3);
        } else {
            header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
        }
    }

    const QColor alert = alertColour(palette());
    const QIcon warning = m_alert ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon();
    QList<QTreeWidgetItem*> items;
    items.reserve(static_cast<qsizetype>(table.rows.size()));
    for (const auto& row : table.rows) {
        auto* item = new QTreeWidgetItem;
        const reports::RecordCell* target = nullptr;
        for (int c = 0; c < static_cast<int>(row.size()); ++c) {
            const reports::Cell& cell = row[static_cast<std::size_t>(c)];
            const QString text = displayText(cell);
            item->setText(c, text);
            item->setToolTip(c, text);
            if (const auto* level = std::get_if<reports::LevelCell>(&cell.value); level && level->colour.isValid()) {
                item->setBackground(c, level->colour);
                item->setForeground(c, readableTextOn(level->colour));
            }
            if (const auto* record = recordOf(cell)) {
                item->setData(c, kRegisterRole, record->registerKey);
                item->setData(c, kIdRole, QVariant::fromValue<qint64>(record->id));
                if (!target)
                    target = record;
            }
        }
        if (target) {
            // The row's own record: what a click anywhere else on the row opens.
            item->setData(0, kRowRegisterRole, target->registerKey);
            item->setData(0, kRowIdRole, QVariant::fromValue<qint64>(target->id));
        } else {
            item->setFlags(Qt::ItemIsEnabled);  // nothing to open
            // "… and N more": one sentence across the row.
            if (row.size() > 1 && std::all_of(row.begin() + 1, row.end(), [](const auto& c) { return c.empty(); }))
                item->setData(0, kSpanRole, true);
        }
        if (m_alert && target) {
            item->setIcon(0, warning);
            for (int c = 0; c < columnCount(); ++c)
                item->setForeground(c, alert);
        }
        items << item;
    }
    if (items.isEmpty()) {
        auto* none = new QTreeWidgetItem(QStringList{tr("None.")});
        none->setData(0, kSpanRole, true);
        none->setFlags(Qt::ItemIsEnabled);
        none->setForeground(0, palette().color(QPalette::PlaceholderText));
        items << none;
    }
    addTopLevelItems(items);
    for (QTreeWidgetItem* item : items)
        if (item->data(0, kSpanRole).toBool())
            item->setFirstColumnSpanned(true);  // only once the item is in the tree
    fitHeight();
}

// Tall enough for its rows (up to the maximum) without an inner scroll bar, so the page scrolls
// as one.
void ReportTableWidget::fitHeight()
{
    const int measured = topLevelItemCount() > 0 ? sizeHintForRow(0) : 0;
    const int rowHeight = measured > 0 ? measured : fontMetrics().height() + 4;
    const int shown = std::clamp(topLevelItemCount(), 1, m_maxRows);
    setFixedHeight(header()->sizeHint().height() + shown * rowHeight + 2 * frameWidth() + 2);
}

void ReportTableWidget::activate(QTreeWidgetItem* item, int column)
{
    if (!item)
        return;
    QString registerKey = item->data(column, kRegisterRole).toString();
    qint64 id = item->data(column, kIdRole).toLongLong();
    if (registerKey.isEmpty()) {
        registerKey = item->data(0, kRowRegisterRole).toString();
        id = item->data(0, kRowIdRole).toLongLong();
    }
    if (registerKey.isEmpty())
        return;
    if (id > 0)
        emit recordActivated(registerKey, id);
    else
        emit registerActivated(registerKey);
}

} // namespace isms::app
