#include "app/pages/methodology/methodology_tables.h"

#include "app/session/value_convert.h"

#include <QHeaderView>
#include <QRegularExpression>
#include <QTableWidget>

namespace isms::app {

void fitToContents(QTableWidget* table)
{
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
}

QTableWidget* makeTable(int columns, const QStringList& headers)
{
    auto* table = new QTableWidget(0, columns);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    fitToContents(table);
    table->setAlternatingRowColors(true);
    return table;
}

QString cellText(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

int cellNumber(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->data(Qt::EditRole).toInt() : 0;
}

QColor hexColour(const QString& text)
{
    static const QRegularExpression hex(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    return hex.match(text).hasMatch() ? QColor::fromString(text) : QColor();
}

QTableWidgetItem* numberItem(int value)
{
    auto* item = new QTableWidgetItem;
    item->setData(Qt::EditRole, value);  // an int: the delegate edits it with a spin box
    item->setTextAlignment(Qt::AlignCenter);
    return item;
}

std::vector<ScaleLevel> readScale(const QTableWidget* table)
{
    std::vector<ScaleLevel> scale;
    for (int row = 0; row < table->rowCount(); ++row)
        scale.push_back({ss(cellText(table, row, 0)), ss(cellText(table, row, 1))});
    return scale;
}

void showScale(QTableWidget* table, const std::vector<ScaleLevel>& scale)
{
    table->setRowCount(static_cast<int>(scale.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const ScaleLevel& level = scale[static_cast<std::size_t>(row)];
        table->setItem(row, 0, new QTableWidgetItem(qs(level.label)));
        table->setItem(row, 1, new QTableWidgetItem(qs(level.description)));
    }
}

} // namespace isms::app
