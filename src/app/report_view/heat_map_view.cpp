#include "app/report_view/heat_map_view.h"

#include "app/dashboard/risk_matrix_widget.h"

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace isms::app {

Methodology methodologyOf(const reports::HeatMapFigure& figure)
{
    Methodology m;
    const int rows = static_cast<int>(figure.rowLabels.size());
    const int columns = static_cast<int>(figure.columnLabels.size());
    for (int l = 1; l <= rows; ++l)
        m.likelihood.push_back({figure.rowLabels[rows - l].toStdString(), {}});
    for (const QString& label : figure.columnLabels)
        m.impact.push_back({label.toStdString(), {}});
    // Each band starts at the lowest level shown in its colour.
    std::map<std::string, reports::LevelCell> lowest;
    for (int l = 1; l <= rows; ++l)
        for (int i = 1; i <= columns; ++i) {
            const auto& level = figure.levels[static_cast<std::size_t>(rows - l)][static_cast<std::size_t>(i - 1)];
            m.matrix.push_back(level.number);
            if (!level.colour.isValid())
                continue;
            auto [it, added] = lowest.try_emplace(level.label.toStdString(), level);
            if (!added && level.number < it->second.number)
                it->second = level;
        }
    for (const auto& [label, level] : lowest)
        m.bands.push_back({label, level.number, level.colour.name().toStdString()});
    std::sort(m.bands.begin(), m.bands.end(),
              [](const RiskBand& a, const RiskBand& b) { return a.minScore < b.minScore; });
    return m;
}

std::vector<int> countsOf(const reports::HeatMapFigure& figure)
{
    std::vector<int> counts;
    for (auto row = figure.counts.rbegin(); row != figure.counts.rend(); ++row)
        counts.insert(counts.end(), row->begin(), row->end());
    return counts;
}

HeatMapView::HeatMapView(QWidget* parent)
    : QWidget(parent), m_caption(new QLabel(this)), m_matrix(new RiskMatrixWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_caption->setAlignment(Qt::AlignHCenter);
    layout->addWidget(m_caption);
    layout->addWidget(m_matrix);  // full width: it centres its own grid
}

void HeatMapView::setFigure(const reports::HeatMapFigure& figure)
{
    m_caption->setText(figure.title);
    m_matrix->setMethodology(methodologyOf(figure));
    m_matrix->setCounts(countsOf(figure));
}

} // namespace isms::app
