#pragma once
// A report's heat map on screen, drawn by the risk matrix widget: its title above, and the
// figure's own labels, levels and band colours, so the screen shows exactly what the report says.

#include "reports/report_document.h"

#include <QWidget>

class QLabel;

namespace isms {
struct Methodology;
}

namespace isms::app {

class RiskMatrixWidget;

// The scales, levels and bands a heat map figure shows, as the matrix widget takes them.
Methodology methodologyOf(const reports::HeatMapFigure& figure);
// The figure's counts, row-major by likelihood from 1 (the widget's order; the figure's top row
// is the highest likelihood).
std::vector<int> countsOf(const reports::HeatMapFigure& figure);

class HeatMapView final : public QWidget {
    Q_OBJECT
public:
    explicit HeatMapView(QWidget* parent = nullptr);
    void setFigure(const reports::HeatMapFigure& figure);
    RiskMatrixWidget* matrix() const { return m_matrix; }

private:
    QLabel* m_caption;
    RiskMatrixWidget* m_matrix;
};

} // namespace isms::app
