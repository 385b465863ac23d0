#pragma once
// The dashboard: what needs doing (overdue, due within 30 days, decisions waiting), the risk heat
// maps, audit readiness per clause with the mandatory documented information, and the state of
// the Statement of Applicability. Every listed item is one click from its record.

#include "app/dashboard/dashboard_summary.h"

#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class QProgressBar;
class QScrollArea;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;

namespace isms {
class Clock;
namespace storage {
class IsmsFile;
}
} // namespace isms

namespace isms::app {

class RiskMatrixWidget;
class RiskBandLegend;

class DashboardView final : public QWidget {
    Q_OBJECT
public:
    explicit DashboardView(const isms::Clock& clock, QWidget* parent = nullptr);

    // The file to show; nullptr clears the dashboard. The view does not own the file.
    enum class Refresh { Now, Later };
    // With Refresh::Later the caller refreshes (the workspace reads the file once for all views).
    void setFile(isms::storage::IsmsFile* file, Refresh when = Refresh::Now);
    isms::storage::IsmsFile* file() const { return m_file; }
    // Recomputes everything from the file (call after changes).
    void refresh();
    // Recomputes from data the caller already loaded (the workspace loads once for all views).
    void refresh(const IsmsData& data);
    // Shows a summary the caller computed (the workspace computes the first one on another thread).
    void setSummary(DashboardSummary summary);
    // While that summary is being computed: a blank page, which says the file is being read if
    // that takes long enough to notice.
    void showReading();
    // The file could not be read: says so, and why.
    void showReadError(const QString& reason);

    // What is shown, for tests and for the main window's status bar.
    const std::optional<DashboardSummary>& summary() const { return m_summary; }
    QTreeWidget* agendaTree() const { return m_agenda; }
    QTreeWidget* mandatoryTree() const { return m_mandatory; }
    QTreeWidget* soaIssueTree() const { return m_soaIssues; }
    RiskMatrixWidget* inherentMap() const { return m_inherent; }
    RiskMatrixWidget* residualMap() const { return m_residual; }
    QString errorText() const;

    // Below this width the sections stack in one column instead of two.
    static constexpr int kTwoColumnWidth = 1000;
    // How long a blank dashboard waits before it says the file is being read.
    static constexpr int kReadingNoticeDelayMs = 400;
    bool twoColumns() const { return m_twoColumns; }

signals:
    void recordActivated(const QString& registerKey, qint64 id);
    void registerActivated(const QString& registerKey);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QWidget* buildAgenda();
    QWidget* buildHeatMaps();
    QWidget* buildReadiness();
    QWidget* buildMandatory();
    QWidget* buildSoa();
    void showSummary(const DashboardSummary& summary);
    void showAgenda(const DashboardSummary& summary);
    void showHeatMaps(const DashboardSummary& summary);
    void showReadiness(const DashboardSummary& summary);
    void showSoa(const DashboardSummary& summary);
    void showMessage(const QString& text);
    void arrangeSections(bool twoColumns);
    void activateItem(QTreeWidgetItem* item);
    QColor alertColour() const;
    // A rich-text link in the palette's link colour (QLabel would use the application's).
    QString link(const QString& href, const QString& text) const;

    const isms::Clock& m_clock;
    isms::storage::IsmsFile* m_file = nullptr;
    std::optional<DashboardSummary> m_summary;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_message = nullptr;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;

    QGridLayout* m_grid = nullptr;
    QWidget* m_agendaBox = nullptr;
    QWidget* m_heatMapBox = nullptr;
    QWidget* m_soaBox = nullptr;
    QWidget* m_readinessBox = nullptr;
    QWidget* m_mandatoryBox = nullptr;
    bool m_twoColumns = false;

    QTreeWidget* m_agenda = nullptr;

    RiskMatrixWidget* m_inherent = nullptr;
    RiskMatrixWidget* m_residual = nullptr;
    QLabel* m_inherentCaption = nullptr;
    QLabel* m_residualCaption = nullptr;
    RiskBandLegend* m_legend = nullptr;
    QLabel* m_riskNote = nullptr;

    QGridLayout* m_clauseGrid = nullptr;
    QTreeWidget* m_mandatory = nullptr;

    QLabel* m_soaDecision = nullptr;
    QLabel* m_soaImplementation = nullptr;
    QProgressBar* m_soaProgress = nullptr;
    QLabel* m_soaState = nullptr;
    QTreeWidget* m_soaIssues = nullptr;
};

} // namespace isms::app
