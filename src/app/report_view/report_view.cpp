#include "app/report_view/report_view.h"

#include "app/dashboard/risk_matrix_widget.h"
#include "app/report_view/bar_chart_widget.h"
#include "app/report_view/heat_map_view.h"
#include "app/report_view/key_values_widget.h"
#include "app/report_view/report_table_widget.h"

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace isms::app {

namespace {

// Section contents keep the normal weight; only the section titles are bold.
void plainFont(QWidget* w)
{
    QFont f = w->font();
    f.setWeight(QFont::Normal);
    w->setFont(f);
}

QGroupBox* sectionBox(const QString& title, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    QFont f = box->font();
    f.setWeight(QFont::DemiBold);
    box->setFont(f);
    return box;
}

std::size_t kindOf(const reports::Block& block)
{
    if (const auto* figure = std::get_if<reports::Figure>(&block))
        return 10 + figure->index();
    return block.index();
}

} // namespace

// The widgets drawn for the document, block by block, so an update can fill them in place.
struct ReportView::Drawn {
    std::vector<QGroupBox*> boxes;
    std::vector<std::vector<QWidget*>> blocks;    // [section][block]
    std::vector<QLabel*> captions;                // a table's caption, or nullptr; in table order
    std::vector<std::pair<std::size_t, RiskBandLegend*>> legends;  // by section, after its maps
};

ReportView::ReportView(QWidget* parent) : QWidget(parent), m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(12);
}

ReportView::~ReportView() = default;

void ReportView::setFullWidthSections(int count)
{
    m_fullWidth = count;
    if (m_drawn)
        arrange();
}

void ReportView::setTwoColumns(bool twoColumns)
{
    if (twoColumns == m_twoColumns)
        return;
    m_twoColumns = twoColumns;
    if (m_drawn)
        arrange();
}

void ReportView::setAlertTables(QStringList names)
{
    m_alertTables = std::move(names);
}

void ReportView::setDocument(reports::ReportDocument document)
{
    const bool inPlace = m_drawn && m_document && sameShape(*m_document, document);
    m_document = std::move(document);
    if (inPlace)
        fill();
    else
        rebuild();
}

bool ReportView::sameShape(const reports::ReportDocument& a, const reports::ReportDocument& b) const
{
    if (a.sections.size() != b.sections.size())
        return false;
    for (std::size_t s = 0; s < a.sections.size(); ++s) {
        const auto& x = a.sections[s].blocks;
        const auto& y = b.sections[s].blocks;
        if (x.size() != y.size())
            return false;
        for (std::size_t i = 0; i < x.size(); ++i)
            if (kindOf(x[i]) != kindOf(y[i]))
                return false;
    }
    return true;
}

QWidget* ReportView::makeBlock(const reports::Block& block, QWidget* parent)
{
    QWidget* made = nullptr;
    if (std::holds_alternative<reports::Paragraph>(block)) {
        auto* label = new QLabel(parent);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        made = label;
    } else if (std::holds_alternative<reports::KeyValues>(block)) {
        auto* kv = new KeyValuesWidget(parent);
        connect(kv, &KeyValuesWidget::recordActivated, this, &ReportView::recordActivated);
        connect(kv, &KeyValuesWidget::registerActivated, this, &ReportView::registerActivated);
        made = kv;
    } else if (std::holds_alternative<reports::Table>(block)) {
        auto* table = new ReportTableWidget(parent);
        connect(table, &ReportTableWidget::recordActivated, this, &ReportView::recordActivated);
        connect(table, &ReportTableWidget::registerActivated, this, &ReportView::registerActivated);
        made = table;
    } else if (const auto* figure = std::get_if<reports::Figure>(&block)) {
        if (std::holds_alternative<reports::HeatMapFigure>(*figure)) {
            auto* map = new HeatMapView(parent);
            connect(map->matrix(), &RiskMatrixWidget::cellActivated, this, [this, map](int l, int i) {
                const auto maps = heatMaps();
                const auto at = std::find(maps.begin(), maps.end(), map);
                if (at != maps.end())
                    emit heatMapActivated(static_cast<int>(at - maps.begin()), l, i);
            });
            made = map;
        } else {
            made = new BarChartWidget(parent);
        }
    }
    plainFont(made);
    return made;
}

void ReportView::rebuild()
{
    if (m_drawn)
        for (QGroupBox* box : m_drawn->boxes)
            delete box;
    m_drawn = std::make_unique<Drawn>();
    if (!m_document)
        return;
    for (const auto& section : m_document->sections) {
        QGroupBox* box = sectionBox(section.heading, this);
        auto* layout = new QVBoxLayout(box);
        std::vector<QWidget*> blocks;
        QHBoxLayout* maps = nullptr;  // consecutive heat maps stand side by side
        const std::size_t index = m_drawn->boxes.size();
        auto closeMaps = [&] {
            maps->addStretch(1);
            maps = nullptr;
            auto* legend = new RiskBandLegend(box);
            plainFont(legend);
            m_drawn->legends.emplace_back(index, legend);
            layout->addWidget(legend, 0, Qt::AlignHCenter);
        };
        for (const auto& block : section.blocks) {
            QWidget* widget = makeBlock(block, box);
            const bool heatMap = qobject_cast<HeatMapView*>(widget) != nullptr;
            if (!heatMap && maps)
                closeMaps();
            if (heatMap) {
                if (!maps) {
                    maps = new QHBoxLayout;
                    maps->setSpacing(18);
                    maps->addStretch(1);
                    layout->addLayout(maps);
                }
                maps->addWidget(widget);
            } else if (auto* table = qobject_cast<ReportTableWidget*>(widget)) {
                const auto& t = std::get<reports::Table>(block);
                QLabel* caption = nullptr;
                if (!t.caption.isEmpty()) {
                    caption = new QLabel(box);
                    plainFont(caption);
                    layout->addWidget(caption);
                }
                m_drawn->captions.push_back(caption);
                layout->addWidget(table);
            } else {
                layout->addWidget(widget);
            }
            blocks.push_back(widget);
        }
        if (maps)
            closeMaps();
        layout->addStretch(1);
        m_drawn->boxes.push_back(box);
        m_drawn->blocks.push_back(std::move(blocks));
    }
    arrange();
    fill();
}

void ReportView::fill()
{
    std::size_t table = 0;
    for (std::size_t s = 0; s < m_document->sections.size(); ++s) {
        const auto& section = m_document->sections[s];
        m_drawn->boxes[s]->setTitle(section.heading);
        for (std::size_t b = 0; b < section.blocks.size(); ++b) {
            const reports::Block& block = section.blocks[b];
            QWidget* widget = m_drawn->blocks[s][b];
            if (const auto* p = std::get_if<reports::Paragraph>(&block)) {
                auto* label = static_cast<QLabel*>(widget);
                label->setText(p->text);
                label->setForegroundRole(p->note ? QPalette::PlaceholderText : QPalette::WindowText);
            } else if (const auto* kv = std::get_if<reports::KeyValues>(&block)) {
                static_cast<KeyValuesWidget*>(widget)->setKeyValues(*kv);
            } else if (const auto* t = std::get_if<reports::Table>(&block)) {
                auto* tw = static_cast<ReportTableWidget*>(widget);
                tw->setAlert(m_alertTables.contains(t->name));
                tw->setTable(*t);
                if (QLabel* caption = m_drawn->captions[table])
                    caption->setText(t->caption);
                ++table;
            } else if (const auto* figure = std::get_if<reports::Figure>(&block)) {
                if (const auto* map = std::get_if<reports::HeatMapFigure>(figure))
                    static_cast<HeatMapView*>(widget)->setFigure(*map);
                else
                    static_cast<BarChartWidget*>(widget)->setChart(std::get<reports::BarChartFigure>(*figure));
            }
        }
    }
    // Each legend keys the bands of the heat maps just above it.
    for (const auto& [section, legend] : m_drawn->legends)
        for (QWidget* w : m_drawn->blocks[section])
            if (auto* map = qobject_cast<HeatMapView*>(w)) {
                legend->setMethodology(map->matrix()->methodology());
                break;
            }
}

void ReportView::arrange()
{
    for (QGroupBox* box : m_drawn->boxes)
        m_grid->removeWidget(box);
    int row = 0;
    int column = 0;
    for (int i = 0; i < static_cast<int>(m_drawn->boxes.size()); ++i) {
        QGroupBox* box = m_drawn->boxes[static_cast<std::size_t>(i)];
        if (i < m_fullWidth || !m_twoColumns) {
            if (column != 0)
                ++row;
            m_grid->addWidget(box, row++, 0, 1, 2);
            column = 0;
        } else {
            m_grid->addWidget(box, row, column);
            if (++column == 2) {
                column = 0;
                ++row;
            }
        }
    }
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, m_twoColumns ? 1 : 0);
}

ReportTableWidget* ReportView::table(const QString& name) const
{
    if (!m_drawn)
        return nullptr;
    for (const auto& blocks : m_drawn->blocks)
        for (QWidget* w : blocks)
            if (auto* t = qobject_cast<ReportTableWidget*>(w); t && t->tableName() == name)
                return t;
    return nullptr;
}

template <typename W>
static std::vector<W*> widgetsOf(const std::vector<std::vector<QWidget*>>& sections)
{
    std::vector<W*> out;
    for (const auto& blocks : sections)
        for (QWidget* w : blocks)
            if (auto* typed = qobject_cast<W*>(w))
                out.push_back(typed);
    return out;
}

std::vector<HeatMapView*> ReportView::heatMaps() const
{
    return m_drawn ? widgetsOf<HeatMapView>(m_drawn->blocks) : std::vector<HeatMapView*>{};
}

std::vector<BarChartWidget*> ReportView::barCharts() const
{
    return m_drawn ? widgetsOf<BarChartWidget>(m_drawn->blocks) : std::vector<BarChartWidget*>{};
}

std::vector<KeyValuesWidget*> ReportView::keyValues() const
{
    return m_drawn ? widgetsOf<KeyValuesWidget>(m_drawn->blocks) : std::vector<KeyValuesWidget*>{};
}

std::vector<QGroupBox*> ReportView::sectionBoxes() const
{
    return m_drawn ? m_drawn->boxes : std::vector<QGroupBox*>{};
}

void ReportView::changeEvent(QEvent* event)
{
    // Colours chosen for the palette (the alert red, link colours) follow a switch of theme.
    if (event->type() == QEvent::PaletteChange && m_drawn && m_document)
        fill();
    QWidget::changeEvent(event);
}

} // namespace isms::app
