#include "app/report_view/bar_chart_widget.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace isms::app {

namespace {
constexpr int kGap = 8;
constexpr int kValueChars = 6;  // "100 %"
} // namespace

BarChartWidget::BarChartWidget(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void BarChartWidget::setChart(const reports::BarChartFigure& chart)
{
    m_chart = chart;
    QStringList lines{chart.title};
    for (const auto& [label, value] : chart.bars)
        lines << tr("%1: %2 (%3)").arg(label, QLocale().toString(value, 'f', 0), chart.valueAxis);
    setAccessibleName(chart.title);
    setAccessibleDescription(lines.join(QLatin1Char('\n')));
    setToolTip(lines.join(QLatin1Char('\n')));
    updateGeometry();
    update();
}

int BarChartWidget::labelWidth() const
{
    int widest = 0;
    for (const auto& bar : m_chart.bars)
        widest = std::max(widest, fontMetrics().horizontalAdvance(bar.first));
    return std::min(widest, 260);
}

int BarChartWidget::rowHeight() const
{
    return fontMetrics().height() + 6;
}

QSize BarChartWidget::sizeHint() const
{
    return {labelWidth() + 2 * kGap + 240 + kValueChars * fontMetrics().averageCharWidth(),
            static_cast<int>(m_chart.bars.size() + 1) * rowHeight()};
}

QSize BarChartWidget::minimumSizeHint() const
{
    return {labelWidth() + 2 * kGap + 80 + kValueChars * fontMetrics().averageCharWidth(), sizeHint().height()};
}

void BarChartWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const int label = labelWidth();
    const int valueWidth = kValueChars * fontMetrics().averageCharWidth();
    const int track = std::max(20, width() - label - 2 * kGap - valueWidth);
    const int h = rowHeight();
    const QColor fill = palette().color(QPalette::Highlight);
    const QColor groove = palette().color(QPalette::Mid);
    // The heading row: the chart's title, and over the values what they measure.
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(QRect(0, 0, label + kGap + track, h), Qt::AlignLeft | Qt::AlignVCenter, m_chart.title);
    p.drawText(QRect(label + 2 * kGap + track - valueWidth, 0, 2 * valueWidth, h),
               Qt::AlignRight | Qt::AlignVCenter, m_chart.valueAxis);
    int y = h;
    for (const auto& [text, value] : m_chart.bars) {
        const QRect labelRect(0, y, label, h);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter,
                   fontMetrics().elidedText(text, Qt::ElideRight, label));
        const int barHeight = std::max(6, h / 2);
        const QRect trackRect(label + kGap, y + (h - barHeight) / 2, track, barHeight);
        p.fillRect(trackRect, groove);
        const double share = m_chart.maximum > 0 ? std::clamp(value / m_chart.maximum, 0.0, 1.0) : 0;
        p.fillRect(QRect(trackRect.topLeft(), QSize(static_cast<int>(track * share), barHeight)), fill);
        p.drawText(QRect(trackRect.right() + kGap, y, valueWidth, h), Qt::AlignRight | Qt::AlignVCenter,
                   QLocale().toString(value, 'f', 0));
        y += h;
    }
}

} // namespace isms::app
