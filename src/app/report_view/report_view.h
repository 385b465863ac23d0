#pragma once
// Any report document drawn as widgets: each section a titled box, its key-value blocks as
// forms, its tables as lists whose records open with one click, its heat maps in the file's band
// colours and its bar charts as bars. The dashboard is this view of the readiness report, so the
// screen and the exported report can never say different things.

#include "reports/report_document.h"

#include <QWidget>

#include <optional>

class QGridLayout;
class QGroupBox;
class QLabel;

namespace isms::app {

class BarChartWidget;
class HeatMapView;
class KeyValuesWidget;
class ReportTableWidget;
class RiskBandLegend;

class ReportView final : public QWidget {
    Q_OBJECT
public:
    explicit ReportView(QWidget* parent = nullptr);
    ~ReportView() override;

    // Draws `document`. A document of the same shape as the one shown (the same sections and
    // blocks, as after an edit) updates the widgets in place instead of making them anew.
    void setDocument(reports::ReportDocument document);
    const std::optional<reports::ReportDocument>& document() const { return m_document; }

    // Layout: the first `count` sections take the full width; with two columns the others go
    // two by two.
    void setFullWidthSections(int count);
    void setTwoColumns(bool twoColumns);
    bool twoColumns() const { return m_twoColumns; }
    // Tables whose rows need action now, drawn in the alert colour.
    void setAlertTables(QStringList names);

    // What is drawn, by table name (Table::name), and the heat maps and charts in document order.
    ReportTableWidget* table(const QString& name) const;
    std::vector<HeatMapView*> heatMaps() const;
    std::vector<BarChartWidget*> barCharts() const;
    std::vector<KeyValuesWidget*> keyValues() const;
    std::vector<QGroupBox*> sectionBoxes() const;

signals:
    void recordActivated(const QString& registerKey, qint64 id);
    void registerActivated(const QString& registerKey);
    // A cell of the report's `map`-th heat map (0 first) was clicked or activated by keyboard.
    void heatMapActivated(int map, int likelihood, int impact);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Drawn;
    void rebuild();
    void fill();
    void arrange();
    bool sameShape(const reports::ReportDocument& a, const reports::ReportDocument& b) const;
    QWidget* makeBlock(const reports::Block& block, QWidget* parent);

    std::optional<reports::ReportDocument> m_document;
    std::unique_ptr<Drawn> m_drawn;
    QGridLayout* m_grid;
    int m_fullWidth = 0;
    bool m_twoColumns = false;
    QStringList m_alertTables;
};

} // namespace isms::app
