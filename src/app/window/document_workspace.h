#pragma once
// Everything shown for an open file: navigation on the left, the current page (the dashboard,
// a register, the risk methodology: see app/pages/page_registry.h) in the middle, the selected
// record's details on the right, with browser-like Back and Forward.

#include "app/pages/page_registry.h"
#include "app/window/navigation_history.h"

#include <QHash>
#include <QWidget>

// After Qt: moc 6.4 fails on <compare> (from domain/date.h) when it is seen before Qt.
#include "app/models/approval_statuses.h"
#include "app/window/live_isms_data.h"
#include "app/window/workspace_summary.h"
#include "domain/value.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

class QSplitter;
class QStackedWidget;
class QTimer;

namespace isms::app {

class DashboardView;
class DetailPane;
class MethodologyEditor;
class DocumentSession;
class MessagePresenter;
class NavigationTree;
class Page;
class RegisterView;

class DocumentWorkspace : public QWidget {
    Q_OBJECT

public:
    // The standard pages for the session's catalogue.
    DocumentWorkspace(DocumentSession& session, MessagePresenter& messages,
                      QWidget* parent = nullptr);
    DocumentWorkspace(DocumentSession& session, MessagePresenter& messages, PageRegistry pages,
                      QWidget* parent = nullptr);
    ~DocumentWorkspace() override;

    DocumentSession& session() const { return m_session; }
    NavigationTree* navigation() const { return m_navigation; }
    DetailPane* detail() const { return m_detail; }
    DashboardView* dashboard() const { return m_dashboard; }
    QSplitter* splitter() const { return m_splitter; }
    NavigationHistory* history() const { return m_history; }

    const PageRegistry& pages() const { return m_pages; }
    // The page of a registered key (made on first use); nullptr for an unknown key.
    Page* page(const QString& key);
    // The page shown now.
    Page* currentPage() const;

    // The view of a register (its page, made on first use).
    RegisterView* registerView(const QString& registerKey);
    // The register shown now; nullptr on other pages.
    RegisterView* currentRegisterView() const;
    // The risk methodology page's editor (made on first use).
    MethodologyEditor* methodologyEditor();
    Location location() const { return m_history->current(); }

    void showDashboard();
    // The page of `key`: a register's, or another page's (the risk methodology).
    void showRegister(const QString& registerKey);
    void showRecord(const QString& registerKey, qint64 id);
    void goBack();
    void goForward();
    // Ctrl+K: the quick-open popup; returns after the user chose or dismissed it.
    void quickOpen();

    int overdueTotal() const;
    const std::map<std::string, int, std::less<>>& overdueByRegister() const { return m_overdue; }
    // Records per register as of the last refresh.
    const std::map<std::string, std::int64_t, std::less<>>& recordsByRegister() const { return m_records; }
    // Reads the whole file again and recomputes the navigation badges and the dashboard (after
    // opening; an edit normally updates them from the records it changed, see applyChanges).
    void refreshSummaries();
    // The file as the summaries last saw it, kept up to date edit by edit; nullptr until the
    // first summary is read.
    const IsmsData* liveData() const { return m_live ? &m_live->data() : nullptr; }
    // Whether the summaries shown are being computed (on another thread, just after opening).
    bool summariesPending() const { return m_summaryPending; }

    // How a window `width` wide is first divided: navigation, register, form.
    static QList<int> initialSplitterSizes(int width, int navigationHint);

signals:
    void locationChanged();
    void summariesChanged();
    // What the current page can do may have changed (Page::actionsChanged).
    void pageActionsChanged();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void go(const Location& location);
    void connectPage(Page* page);
    void connectRegisterView(RegisterView* view);
    // The first summary, read on another thread from a parallel reader so the window shows at
    // once; falls back to refreshSummaries when the file cannot be read in parallel.
    void summariseInBackground();
    void applySummary(Result<WorkspaceSummary> summary);
    // After a transaction: brings the data in memory up to date from the changes it named,
    // recounts the badges and the overdue rows, and the dashboard if it is shown (else when it
    // is next shown). Falls back to a whole-file read when that is not possible.
    void applyChanges();
    void showDue(const DueReport& due);
    void refreshDashboardFromLive();
    // Every risk's approval status from the data in memory, to the risks register's table.
    void showApprovals();

    DocumentSession& m_session;
    MessagePresenter& m_messages;
    PageRegistry m_pages;
    QSplitter* m_splitter;
    NavigationTree* m_navigation;
    QStackedWidget* m_centre;
    std::map<QString, Page*> m_made;  // by key: the pages visited so far
    DashboardView* m_dashboard = nullptr;
    DetailPane* m_detail;
    NavigationHistory* m_history;
    QTimer* m_refreshDelay;
    std::map<QString, RegisterView*> m_views;
    std::map<std::string, int, std::less<>> m_overdue;
    std::map<std::string, std::int64_t, std::less<>> m_records;
    std::map<std::string, QHash<RecordId, QString>, std::less<>> m_overdueRecords;
    bool m_navigating = false;
    bool m_splitterSized = false;
    // Incremented by every refresh: a background result older than the last refresh is dropped.
    int m_summaryGeneration = 0;
    bool m_summaryPending = false;
    std::optional<LiveIsmsData> m_live;
    std::vector<storage::Change> m_pendingChanges;  // of the transaction being delivered
    bool m_dashboardStale = false;
    ApprovalStatuses m_approvals;  // as of the last change to a risk
    bool m_approvalsKnown = false;
};

} // namespace isms::app
