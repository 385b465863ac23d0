#include "reports/writers/figure_painter.h"

#include "reports/writers/cell_style.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>

namespace isms::reports {

namespace {

const QColor kInk(0x20, 0x21, 0x24);
const QColor kMuted(0x5f, 0x63, 0x68);
const QColor kGrid(0xd0, 0xd4, 0xda);
const QColor kBar(0x3b, 0x6e, 0xa5);

QFont font(qreal points, bool bold = false)
{
    QFont f;
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

// Device pixels per point.
qreal pointOf(const QPaintDevice& device)
{
    return device.logicalDpiY() / 72.0;
}

struct Fonts {
    QFont title = font(10, true);
    QFont axis = font(8.5, true);
    QFont label = font(8);
    QFont count = font(12, true);
    QFont level = font(6.5);
};

// ---- heat map ----------------------------------------------------------------------------

struct HeatMapGeometry {
    qreal pt = 1;
    qreal titleHeight = 0;
    qreal axisWidth = 0;       // the rotated row-axis title
    qreal rowLabelWidth = 0;
    qreal cellWidth = 0;
    qreal cellHeight = 0;
    qreal columnLabelHeight = 0;
    qreal axisHeight = 0;      // the column-axis title
    int rows = 0;
    int columns = 0;

    qreal gridLeft() const { return axisWidth + rowLabelWidth; }
    qreal width() const { return gridLeft() + columns * cellWidth; }
    qreal height() const
    {
        return titleHeight + rows * cellHeight + columnLabelHeight + axisHeight;
    }
};

HeatMapGeometry heatMapGeometry(const HeatMapFigure& map, qreal maxWidth,
                                const QPaintDevice& device)
{
    const Fonts fonts;
    HeatMapGeometry g;
    g.pt = pointOf(device);
    g.rows = int(map.levels.size());
    g.columns = g.rows > 0 ? int(map.levels.front().size()) : 0;
    const QFontMetricsF title(fonts.title, &device);
    const QFontMetricsF axis(fonts.axis, &device);
    const QFontMetricsF label(fonts.label, &device);
    g.titleHeight = map.title.isEmpty() ? 0 : title.height() + 6 * g.pt;
    g.axisWidth = axis.height() + 4 * g.pt;
    qreal widest = 0;
    for (const auto& l : map.rowLabels)
        widest = std::max(widest, label.horizontalAdvance(l));
    g.rowLabelWidth = std::min(widest + 6 * g.pt, maxWidth * 0.3);
    const qreal gridWidth = std::max(maxWidth - g.gridLeft(), 1.0);
    g.cellWidth = g.columns > 0 ? std::min(gridWidth / g.columns, 80 * g.pt) : 0;
    g.cellHeight = std::clamp(g.cellWidth * 0.6, 28 * g.pt, 42 * g.pt);
    g.columnLabelHeight = 2 * label.lineSpacing() + 4 * g.pt;
    g.axisHeight = axis.height() + 4 * g.pt;
    return g;
}

void paintHeatMap(QPainter& painter, const QRectF& rect, const HeatMapFigure& map)
{
    const Fonts fonts;
    const auto g = heatMapGeometry(map, rect.width(), *painter.device());
    const qreal left = rect.left();
    qreal top = rect.top();
    painter.setPen(kInk);
    if (!map.title.isEmpty()) {
        painter.setFont(fonts.title);
        painter.drawText(QRectF(left, top, g.width(), g.titleHeight),
                         Qt::AlignLeft | Qt::AlignTop, map.title);
        top += g.titleHeight;
    }
    const qreal gridTop = top;
    const qreal gridLeft = left + g.gridLeft();
    const qreal gridHeight = g.rows * g.cellHeight;

    // The row axis: its title turned on its side, then one label per row.
    painter.save();
    painter.setFont(fonts.axis);
    painter.translate(left, gridTop + gridHeight);
    painter.rotate(-90);
    painter.drawText(QRectF(0, 0, gridHeight, g.axisWidth), Qt::AlignCenter, map.rowAxis);
    painter.restore();
    painter.setFont(fonts.label);
    for (int r = 0; r < g.rows && r < map.rowLabels.size(); ++r) {
        const QRectF labelRect(left + g.axisWidth, gridTop + r * g.cellHeight,
                               g.rowLabelWidth - 4 * g.pt, g.cellHeight);
        painter.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap,
                         map.rowLabels[r]);
    }

    // The cells: the band's colour, the number of risks large, the level small beneath it.
    for (int r = 0; r < g.rows; ++r) {
        for (int c = 0; c < g.columns && c < int(map.levels[r].size()); ++c) {
            const LevelCell& level = map.levels[r][c];
            const QRectF cell(gridLeft + c * g.cellWidth, gridTop + r * g.cellHeight,
                              g.cellWidth, g.cellHeight);
            const QColor fill = level.colour.isValid() ? level.colour : QColor(Qt::white);
            painter.fillRect(cell, fill);
            painter.setPen(QPen(QColor(Qt::white), 1.5 * g.pt));
            painter.drawRect(cell);
            const QColor text = textColourOn(fill);
            painter.setPen(text);
            const int count = r < int(map.counts.size()) && c < int(map.counts[r].size())
                                  ? map.counts[r][c]
                                  : 0;
            const QRectF upper(cell.left(), cell.top() + 2 * g.pt, cell.width(),
                               cell.height() * 0.6);
            painter.setFont(fonts.count);
            painter.drawText(upper, Qt::AlignCenter, QString::number(count));
            painter.setFont(fonts.level);
            const QRectF lower(cell.left() + 2 * g.pt, upper.bottom(), cell.width() - 4 * g.pt,
                               cell.bottom() - upper.bottom() - 2 * g.pt);
            const QString levelText = QFontMetricsF(fonts.level, painter.device())
                                          .elidedText(cellText(Cell(level)), Qt::ElideRight,
                                                      lower.width());
            painter.drawText(lower, Qt::AlignHCenter | Qt::AlignTop, levelText);
        }
    }

    // The column axis: one label per column under the grid, then its title.
    painter.setPen(kInk);
    painter.setFont(fonts.label);
    const qreal labelsTop = gridTop + gridHeight + 3 * g.pt;
    for (int c = 0; c < g.columns && c < map.columnLabels.size(); ++c) {
        const QRectF labelRect(gridLeft + c * g.cellWidth + g.pt, labelsTop,
                               g.cellWidth - 2 * g.pt, g.columnLabelHeight - 3 * g.pt);
        painter.drawText(labelRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                         map.columnLabels[c]);
    }
    painter.setFont(fonts.axis);
    painter.drawText(QRectF(gridLeft, gridTop + gridHeight + g.columnLabelHeight,
                            g.columns * g.cellWidth, g.axisHeight),
                     Qt::AlignCenter, map.columnAxis);
}

// ---- bar chart ---------------------------------------------------------------------------

struct BarChartGeometry {
    qreal pt = 1;
    qreal titleHeight = 0;
    qreal rowHeight = 0;
    qreal labelWidth = 0;
    qreal valueWidth = 0;
    qreal tickHeight = 0;
    qreal axisHeight = 0;
    qreal width = 0;
    int bars = 0;

    qreal barArea() const { return std::max(width - labelWidth - valueWidth, 1.0); }
    qreal height() const { return titleHeight + bars * rowHeight + tickHeight + axisHeight; }
};

QString valueText(double value)
{
    const bool whole = value == double(qint64(value));
    return QString::number(value, 'f', whole ? 0 : 1);
}

BarChartGeometry barChartGeometry(const BarChartFigure& chart, qreal maxWidth,
                                  const QPaintDevice& device)
{
    const Fonts fonts;
    BarChartGeometry g;
    g.pt = pointOf(device);
    g.bars = int(chart.bars.size());
    const QFontMetricsF title(fonts.title, &device);
    const QFontMetricsF axis(fonts.axis, &device);
    const QFontMetricsF label(fonts.label, &device);
    g.titleHeight = chart.title.isEmpty() ? 0 : title.height() + 6 * g.pt;
    g.rowHeight = std::max(label.height() + 6 * g.pt, 16 * g.pt);
    qreal widest = 0;
    for (const auto& [name, value] : chart.bars)
        widest = std::max(widest, label.horizontalAdvance(name));
    g.width = maxWidth;
    g.labelWidth = std::min(widest + 8 * g.pt, maxWidth * 0.4);
    g.valueWidth = label.horizontalAdvance(valueText(chart.maximum) + QStringLiteral(".0"))
                   + 6 * g.pt;
    g.tickHeight = label.height() + 4 * g.pt;
    g.axisHeight = chart.valueAxis.isEmpty() ? 0 : axis.height() + 4 * g.pt;
    return g;
}

void paintBarChart(QPainter& painter, const QRectF& rect, const BarChartFigure& chart)
{
    const Fonts fonts;
    const auto g = barChartGeometry(chart, rect.width(), *painter.device());
    const QFontMetricsF label(fonts.label, painter.device());
    const double maximum = chart.maximum > 0 ? chart.maximum : 1;
    qreal top = rect.top();
    painter.setPen(kInk);
    if (!chart.title.isEmpty()) {
        painter.setFont(fonts.title);
        painter.drawText(QRectF(rect.left(), top, rect.width(), g.titleHeight),
                         Qt::AlignLeft | Qt::AlignTop, chart.title);
        top += g.titleHeight;
    }
    const qreal barsLeft = rect.left() + g.labelWidth;
    const qreal barsHeight = g.bars * g.rowHeight;

    // Grid lines and their values at each quarter of the scale.
    painter.setFont(fonts.label);
    for (int q = 0; q <= 4; ++q) {
        const qreal x = barsLeft + g.barArea() * q / 4.0;
        painter.setPen(QPen(kGrid, 0.75 * g.pt));
        painter.drawLine(QPointF(x, top), QPointF(x, top + barsHeight));
        painter.setPen(kMuted);
        const QString tick = valueText(maximum * q / 4.0);
        const qreal w = label.horizontalAdvance(tick);
        painter.drawText(QRectF(x - w, top + barsHeight + 2 * g.pt, 2 * w, g.tickHeight),
                         Qt::AlignHCenter | Qt::AlignTop, tick);
    }

    for (int i = 0; i < g.bars; ++i) {
        const auto& [name, value] = chart.bars[size_t(i)];
        const qreal rowTop = top + i * g.rowHeight;
        painter.setPen(kInk);
        painter.drawText(QRectF(rect.left(), rowTop, g.labelWidth - 6 * g.pt, g.rowHeight),
                         Qt::AlignRight | Qt::AlignVCenter,
                         label.elidedText(name, Qt::ElideRight, g.labelWidth - 6 * g.pt));
        const qreal length = g.barArea() * std::clamp(value / maximum, 0.0, 1.0);
        const QRectF bar(barsLeft, rowTop + 3 * g.pt, length, g.rowHeight - 6 * g.pt);
        painter.fillRect(bar, kBar);
        painter.drawText(QRectF(bar.right() + 3 * g.pt, rowTop, g.valueWidth, g.rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, valueText(value));
    }
    painter.setPen(QPen(kMuted, 0.75 * g.pt));
    painter.drawLine(QPointF(barsLeft, top), QPointF(barsLeft, top + barsHeight));

    if (!chart.valueAxis.isEmpty()) {
        painter.setPen(kInk);
        painter.setFont(fonts.axis);
        painter.drawText(QRectF(barsLeft, top + barsHeight + g.tickHeight, g.barArea(),
                                g.axisHeight),
                         Qt::AlignCenter, chart.valueAxis);
    }
}

} // namespace

QSizeF figureSize(const Figure& figure, qreal maxWidth, const QPaintDevice& device)
{
    if (const auto* map = std::get_if<HeatMapFigure>(&figure)) {
        const auto g = heatMapGeometry(*map, maxWidth, device);
        return {g.width(), g.height()};
    }
    const auto g = barChartGeometry(std::get<BarChartFigure>(figure), maxWidth, device);
    return {g.width, g.height()};
}

void paintFigure(QPainter& painter, const QRectF& rect, const Figure& figure)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (const auto* map = std::get_if<HeatMapFigure>(&figure))
        paintHeatMap(painter, rect, *map);
    else
        paintBarChart(painter, rect, std::get<BarChartFigure>(figure));
    painter.restore();
}

} // namespace isms::reports
