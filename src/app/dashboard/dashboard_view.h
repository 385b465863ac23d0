#pragma once
// The dashboard: the readiness report drawn as widgets (what needs doing, the risk heat maps,
// the Statement of Applicability, audit readiness per clause and the mandatory documented
// information). The content is the report builder's alone (reports/builders/readiness_report):
// this view only lays it out, so the screen and the exported report agree. Every listed item is
// one click from its record.

#include "app/pages/page.h"
#include "reports/readiness/dashboard_summary.h"

#include <QWidget>

#include <optional>

class QLabel;
class QScrollArea;
class QStackedWidget;

namespace isms {
class Clock;
namespace storage {
class IsmsFile;
}
} // namespace isms

namespace isms::app {

class ReportTableWidget;
class ReportView;
class RiskMatrixWidget;

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
    // Recomputes from data the caller already holds (the workspace keeps the file in memory).
    void refresh(const IsmsData& data);
    // Shows a summary the caller computed. While the view is hidden the report is drawn when it
    // is next shown: an edit made on another page costs the dashboard nothing until it is seen.
    void setSummary(reports::DashboardSummary summary);
    // While that summary is being computed: a blank page, which says the file is being read if
    // that takes long enough to notice.
    void showReading();
    // The file could not be read: says so, and why.
    void showReadError(const QString& reason);

    // What is shown, for tests and for the main window's status bar.
    const std::optional<reports::DashboardSummary>& summary() const { return m_summary; }
    ReportView* report() const { return m_report; }
    // A table of the readiness report (reports::readiness::kOverdue ...), as drawn; nullptr
    // before the report is drawn.
    ReportTableWidget* table(const char* name) const;
    RiskMatrixWidget* inherentMap() const;
    RiskMatrixWidget* residualMap() const;
    QString errorText() const;

    // Below this width the sections stack in one column instead of two.
    static constexpr int kTwoColumnWidth = 1000;
    // How long a blank dashboard waits before it says the file is being read.
    static constexpr int kReadingNoticeDelayMs = 400;
    bool twoColumns() const;

signals:
    void recordActivated(const QString& registerKey, qint64 id);
    void registerActivated(const QString& registerKey);
    // A heat map's cell was activated: its risks, as a filter of the risks register.
    void riskCellActivated(const isms::app::RecordFilter& filter);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void draw();
    void showMessage(const QString& text);
    void openCell(int map, int likelihood, int impact);

    const isms::Clock& m_clock;
    isms::storage::IsmsFile* m_file = nullptr;
    std::optional<reports::DashboardSummary> m_summary;
    bool m_drawPending = false;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_message = nullptr;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    ReportView* m_report = nullptr;
};

} // namespace isms::app
