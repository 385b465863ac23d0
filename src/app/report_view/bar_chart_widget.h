#pragma once
// A report's bar chart on screen: one labelled horizontal bar per item with its value written
// beside it, so the length is never the only cue.

#include "reports/report_document.h"

#include <QWidget>

namespace isms::app {

class BarChartWidget final : public QWidget {
    Q_OBJECT
public:
    explicit BarChartWidget(QWidget* parent = nullptr);
    void setChart(const reports::BarChartFigure& chart);
    const reports::BarChartFigure& chart() const { return m_chart; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int labelWidth() const;
    int rowHeight() const;

    reports::BarChartFigure m_chart;
};

} // namespace isms::app
