#pragma once
// The small table helpers of the methodology page: tables sized to their rows, cells read as text
// or numbers, scales shown and read back, and band colours as swatches.

#include "domain/methodology.h"

#include <QColor>
#include <QStringList>

#include <vector>

class QTableWidget;
class QTableWidgetItem;

namespace isms::app {

// Tables as tall as their rows: the page scrolls as a whole rather than each small table.
void fitToContents(QTableWidget* table);
QTableWidget* makeTable(int columns, const QStringList& headers);
QString cellText(const QTableWidget* table, int row, int column);
int cellNumber(const QTableWidget* table, int row, int column);
// An item holding an int: the delegate edits it with a spin box.
QTableWidgetItem* numberItem(int value);
std::vector<ScaleLevel> readScale(const QTableWidget* table);
void showScale(QTableWidget* table, const std::vector<ScaleLevel>& scale);
// Only #RRGGBB gives a colour (what the methodology stores): a name such as "green" is shown as
// the mistake it is, not as a swatch.
QColor hexColour(const QString& text);

} // namespace isms::app
