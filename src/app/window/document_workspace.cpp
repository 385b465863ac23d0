#include "reports/domain_text.h"
#include "app/window/document_workspace.h"

#include "app/dashboard/dashboard_view.h"
#include "app/detail/detail_pane.h"
#include "app/detail/links_panel.h"
#include "app/form/field_editor.h"
#include "app/form/record_form.h"
#include "app/models/register_table_model.h"
#include "app/pages/dashboard/dashboard_page.h"
#include "app/pages/methodology/methodology_editor.h"
#include "app/pages/methodology/methodology_page.h"
#include "app/pages/register/register_page.h"
#include "app/session/document_session.h"
#include "app/session/value_convert.h"
#include "app/views/register_view.h"
#include "app/window/navigation_tree.h"
#include "app/window/quick_open.h"
#include "app/window/summary_reader.h"
#include "domain/overdue.h"

#include <algorithm>

#include <QResizeEvent>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>


namespace isms::app {

namespace {
const QString kSplitterKey = QStringLiteral("window/splitter");
// Below these a side stops being usable: a few letters of each title, a table of two columns,
// a form whose labels and values no longer fit side by side.
constexpr int kNavigationMinimum = 140;
constexpr int kCentreMinimum = 320;
constexpr int kDetailMinimum = 300;
constexpr int kDetailPreferred = 440;
} // namespace

QList<int> DocumentWorkspace::initialSplitterSizes(int width, int navigationHint)
{
    const int available = std::max(width, kNavigationMinimum + kCentreMinimum + kDetailMinimum);
    // The navigation as wide as its longest title, but never more than a fifth of a small window;
    // the form about a third, within its usable range; the table the rest.
    const int navigation =
        std::clamp(std::min(navigationHint, available / 5 + 40), kNavigationMinimum, 320);
    const int detail = std::clamp(available * 27 / 100, kDetailMinimum, kDetailPreferred);
    const int centre = std::max(kCentreMinimum, available - navigation - detail);
    return {navigation, centre, detail};
}

void DocumentWorkspace::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // The first real width (the layout has just given it to the splitter) sets the division;
    // later resizes go to the table alone (the stretch factors).
    if (m_splitterSized || m_splitter->width() < 400)
        return;
    m_splitterSized = true;
    const int handles = 2 * m_splitter->handleWidth();
    m_splitter->setSizes(
        initialSplitterSizes(m_splitter->width() - handles, m_navigation->sizeHint().width()));
}

DocumentWorkspace::DocumentWorkspace(DocumentSession& session, MessagePresenter& messages,
                                     QWidget* parent)
    : DocumentWorkspace(session, messages, PageRegistry::standard(session.catalogue()), parent)
{
}

DocumentWorkspace::DocumentWorkspace(DocumentSession& session, MessagePresenter& messages,
                                     PageRegistry pages, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_messages(messages),
      m_pages(std::move(pages)),
      m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_navigation(new NavigationTree(session, m_pages)),
      m_centre(new QStackedWidget),
      m_detail(new DetailPane(session, messages)),
      m_history(new NavigationHistory(this)),
      m_refreshDelay(new QTimer(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_centre);
    m_splitter->addWidget(m_detail);
    // A wider window widens the table: the navigation and the form keep their widths.
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setChildrenCollapsible(false);
    m_navigation->setMinimumWidth(kNavigationMinimum);
    m_centre->setMinimumWidth(kCentreMinimum);
    m_detail->setMinimumWidth(kDetailMinimum);
    // The user's own division wins; without one, resizeEvent divides the first real width.
    m_splitterSized = m_splitter->restoreState(QSettings().value(kSplitterKey).toByteArray());

    // The home page is always there: the summaries below are shown on it.
    if (auto* home = qobject_cast<DashboardPage*>(page(DashboardPage::pageKey()))) {
        m_dashboard = home->view();
        m_dashboard->setFile(&session.file(), DashboardView::Refresh::Later);  // refreshSummaries below
    }

    connect(m_navigation, &NavigationTree::registerChosen, this, &DocumentWorkspace::showRegister);
    connect(m_detail, &DetailPane::recordActivated, this, &DocumentWorkspace::showRecord);
    connect(m_detail->links(), &LinksPanel::linkTargetRequested, this,
            [this](const QString& linkKey, const QString& target) {
                QuickOpen popup(m_session, target, this);
                popup.move(mapToGlobal(rect().center()) - popup.rect().center());
                if (popup.exec() == QDialog::Accepted)
                    m_detail->links()->addLink(ss(linkKey), ss(popup.chosenRegister()),
                                               popup.chosenId());
            });
    connect(m_history, &NavigationHistory::changed, this, &DocumentWorkspace::locationChanged);

    // An edit names what it changed: the summaries follow from those records alone. Only
    // before the first summary is read (or when that fails) is the whole file read again, once
    // per burst of changes.
    m_refreshDelay->setSingleShot(true);
    m_refreshDelay->setInterval(250);
    connect(m_refreshDelay, &QTimer::timeout, this, &DocumentWorkspace::refreshSummaries);
    using Kind = storage::Change::Kind;
    auto collect = [this](Kind kind) {
        return [this, kind](const QString& key, qint64 id) { m_pendingChanges.push_back({kind, ss(key), id}); };
    };
    connect(&session, &DocumentSession::recordInserted, this, collect(Kind::Inserted));
    connect(&session, &DocumentSession::recordUpdated, this, collect(Kind::Updated));
    connect(&session, &DocumentSession::recordRemoved, this, collect(Kind::Removed));
    connect(&session, &DocumentSession::linksChanged, this, collect(Kind::Linked));
    connect(&session, &DocumentSession::approvalsChanged, this, collect(Kind::Approvals));
    connect(&session, &DocumentSession::methodologyChanged, this,
            [this] { m_pendingChanges.push_back({Kind::Methodology, {}, 0}); });
    connect(&session, &DocumentSession::infoChanged, this,
            [this] { m_pendingChanges.push_back({Kind::Info, {}, 0}); });
    connect(&session, &DocumentSession::changed, this, &DocumentWorkspace::applyChanges);

    summariseInBackground();
    showDashboard();
}

DocumentWorkspace::~DocumentWorkspace()
{
    m_detail->show();  // a hidden pane would be saved as collapsed
    QSettings().setValue(kSplitterKey, m_splitter->saveState());
    for (const auto& [key, made] : m_made)
        if (const QByteArray state = made->saveState(); !state.isEmpty())
            QSettings().setValue(made->stateKey(), state);
}

Page* DocumentWorkspace::page(const QString& key)
{
    if (const auto made = m_made.find(key); made != m_made.end())
        return made->second;
    const PageDescription* description = m_pages.find(key);
    if (!description)
        return nullptr;
    Page* made = description->make(PageContext{m_session, m_messages});
    if (!made)
        return nullptr;
    made->restoreState(QSettings().value(made->stateKey()).toByteArray());
    m_centre->addWidget(made);
    m_made.emplace(key, made);
    connectPage(made);
    if (m_live)
        made->liveDataChanged(m_live->data(), nullptr);
    return made;
}

Page* DocumentWorkspace::currentPage() const
{
    return qobject_cast<Page*>(m_centre->currentWidget());
}

void DocumentWorkspace::connectPage(Page* page)
{
    connect(page, &Page::recordActivated, this, &DocumentWorkspace::showRecord);
    connect(page, &Page::pageRequested, this, &DocumentWorkspace::showRegister);
    connect(page, &Page::filteredPageRequested, this, [this](const QString& key, const RecordFilter& filter) {
        showRegister(key);
        if (Page* shown = this->page(key))
            shown->applyFilter(filter);
    });
    connect(page, &Page::actionsChanged, this, [this, page] {
        if (page == currentPage())
            emit pageActionsChanged();
    });
    connect(page, &Page::currentRecordChanged, this, [this, page](const QString& key, qint64 id) {
        if (m_navigating || page != currentPage())
            return;
        if (id)
            m_detail->showRecord(ss(key), id);
        else
            m_detail->showNothing();
        m_history->visit({key, id});
    });
    // A register's table also takes the overdue marks, the record the user came from and
    // Enter into the form.
    if (auto* registerPage = qobject_cast<RegisterPage*>(page)) {
        m_views.emplace(page->key(), registerPage->view());
        connectRegisterView(registerPage->view());
    }
}

RegisterView* DocumentWorkspace::registerView(const QString& registerKey)
{
    page(registerKey);
    const auto it = m_views.find(registerKey);
    return it == m_views.end() ? nullptr : it->second;
}

void DocumentWorkspace::connectRegisterView(RegisterView* view)
{
    const RegisterDef* def = &view->registerDef();
    if (const auto overdue = m_overdueRecords.find(def->key); overdue != m_overdueRecords.end())
        view->model()->setOverdue(overdue->second);
    if (m_approvalsKnown && view->model()->approvalColumn() >= 0)
        view->model()->setApprovalStatuses(m_approvals);
    view->setCameFrom([this, key = def->key] {
        const Location from = m_history->cameFrom(qs(key));
        return DraftOrigin{ss(from.registerKey), from.id, 0};
    });
    connect(view, &RegisterView::formFieldRequested, this, [this](const QString& fieldKey) {
        FormView* form = m_detail->form();
        FieldEditor* editor = fieldKey.isEmpty() ? nullptr : form->editor(ss(fieldKey));
        if (!editor) {
            const RegisterDef* def = m_session.catalogue().find(form->registerKey());
            if (def && !def->fields.empty())
                editor = form->editor(def->fields.front().key);
        }
        if (editor)
            editor->setFocus(Qt::TabFocusReason);
    });
}

RegisterView* DocumentWorkspace::currentRegisterView() const
{
    auto* registerPage = qobject_cast<RegisterPage*>(m_centre->currentWidget());
    return registerPage ? registerPage->view() : nullptr;
}

void DocumentWorkspace::showDashboard()
{
    go({});
}

MethodologyEditor* DocumentWorkspace::methodologyEditor()
{
    auto* methodology = qobject_cast<MethodologyPage*>(page(MethodologyEditor::pageKey()));
    return methodology ? methodology->editor() : nullptr;
}

void DocumentWorkspace::showRegister(const QString& registerKey)
{
    Page* shown = page(registerKey);
    if (!shown)
        return;
    go({registerKey, shown->currentRecord()});
}

void DocumentWorkspace::showRecord(const QString& registerKey, qint64 id)
{
    go({registerKey, id});
}

void DocumentWorkspace::goBack()
{
    if (m_history->canGoBack()) {
        const Location target = m_history->back();
        go(target);
    }
}

void DocumentWorkspace::goForward()
{
    if (m_history->canGoForward()) {
        const Location target = m_history->forward();
        go(target);
    }
}

void DocumentWorkspace::go(const Location& location)
{
    Page* target = page(location.registerKey);
    if (!target)
        return;  // no such page (a link from an older file, say): stay
    m_navigating = true;
    if (location.registerKey.isEmpty() && m_dashboardStale)
        refreshDashboardFromLive();
    m_centre->setCurrentWidget(target);
    // A page without records to detail (the dashboard, the methodology) takes the width.
    m_detail->setVisible(target->showsRecordDetail());
    const bool found = location.id != 0 && target->selectRecord(location.id);
    if (found)
        m_detail->showRecord(ss(location.registerKey), location.id);
    else
        m_detail->showNothing();
    m_navigation->showCurrent(location.registerKey);
    m_navigating = false;
    m_history->visit(location);
    emit locationChanged();
}

void DocumentWorkspace::quickOpen()
{
    QuickOpen popup(m_session, {}, this);
    popup.move(mapToGlobal(QPoint(width() / 2, height() / 4)) - QPoint(popup.width() / 2, 0));
    if (popup.exec() == QDialog::Accepted)
        showRecord(popup.chosenRegister(), popup.chosenId());
}

int DocumentWorkspace::overdueTotal() const
{
    int total = 0;
    for (const auto& [key, count] : m_overdue)
        total += count;
    return total;
}

void DocumentWorkspace::applyChanges()
{
    std::vector<storage::Change> changes;
    changes.swap(m_pendingChanges);
    if (!m_live || m_summaryPending || m_refreshDelay->isActive()) {
        m_refreshDelay->start();  // a whole-file read is due anyway
        return;
    }
    if (auto applied = m_live->apply(m_session.file(), changes); !applied) {
        m_live.reset();
        m_refreshDelay->start();
        return;
    }
    const IsmsData& data = m_live->data();
    m_records = recordCounts(data);
    showDue(reports::summariseDue(data, m_session.clock().today()));
    // Only a change to a risk (its fields, links or approvals) or to the method (its levels)
    // can change an approval status.
    if (std::any_of(changes.begin(), changes.end(), [](const storage::Change& c) {
            return c.registerKey == reg::risks || c.kind == storage::Change::Kind::Methodology;
        }))
        showApprovals();
    for (const auto& [key, made] : m_made)
        made->liveDataChanged(data, &changes);
    // The rest of the readiness rules only for a dashboard someone sees.
    if (m_centre->currentWidget() == page(DashboardPage::pageKey()))
        refreshDashboardFromLive();
    else
        m_dashboardStale = true;
    m_navigation->refresh(m_records, m_overdue);
    emit summariesChanged();
}

void DocumentWorkspace::showApprovals()
{
    if (!m_live)
        return;
    m_approvals = approvalStatuses(m_live->data(), m_session.clock().today());
    m_approvalsKnown = true;
    if (const auto view = m_views.find(qs(std::string(reg::risks))); view != m_views.end())
        view->second->model()->setApprovalStatuses(m_approvals);
}

void DocumentWorkspace::refreshDashboardFromLive()
{
    m_dashboardStale = false;
    if (m_live)
        m_dashboard->setSummary(reports::summarise(m_live->data(), m_session.clock().today()));
}

void DocumentWorkspace::showDue(const DueReport& due)
{
    m_overdue = due.overdueByRegister;
    m_overdueRecords.clear();
    for (const DueItem& item : due.overdue)
        if (item.item.id != 0)
            m_overdueRecords[item.item.registerKey][item.item.id] = reports::ruleText(item.item);
    for (const auto& [key, view] : m_views) {
        const auto found = m_overdueRecords.find(ss(key));
        view->model()->setOverdue(found == m_overdueRecords.end() ? QHash<RecordId, QString>{}
                                                                  : found->second);
    }
}

void DocumentWorkspace::refreshSummaries()
{
    m_refreshDelay->stop();
    m_pendingChanges.clear();
    ++m_summaryGeneration;
    applySummary(summariseFile(m_session.file(), m_session.clock().today()));
    releaseFreedMemory();
}

void DocumentWorkspace::summariseInBackground()
{
    auto reader = m_session.file().openParallelReader();
    if (!reader) {
        refreshSummaries();
        return;
    }
    const int generation = ++m_summaryGeneration;
    m_summaryPending = true;
    m_dashboard->showReading();
    auto* thread = new SummaryReader(std::move(*reader), m_session.clock().today());
    connect(thread, &SummaryReader::summaryRead, this, [this, result = thread->result(), generation] {
        if (generation != m_summaryGeneration)
            return;  // an edit has refreshed everything since
        m_summaryPending = false;
        if (*result)
            applySummary(std::move(*result));
        else
            refreshSummaries();  // the parallel read failed: read through the file itself
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void DocumentWorkspace::applySummary(Result<WorkspaceSummary> summary)
{
    m_summaryPending = false;
    m_dashboardStale = false;
    if (summary) {
        m_records = std::move(summary->records);
        showDue(summary->dashboard.due);
        if (summary->data) {
            // A parallel reader's catalogue goes with it: the file's own is the same and stays.
            summary->data->catalogue = &m_session.file().catalogue();
            m_live.emplace(std::move(*summary->data));
            showApprovals();
            for (const auto& [key, made] : m_made)
                made->liveDataChanged(m_live->data(), nullptr);
        } else {
            m_live.reset();
        }
        m_dashboard->setSummary(std::move(summary->dashboard));
    } else {
        m_live.reset();
        m_dashboard->showReadError(qs(summary.error().message));
    }
    m_navigation->refresh(m_records, m_overdue);
    emit summariesChanged();
}

} // namespace isms::app
