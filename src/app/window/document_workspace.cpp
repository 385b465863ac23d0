#include "reports/domain_text.h"
#include "app/window/document_workspace.h"

#include "app/dashboard/dashboard_view.h"
#include "app/detail/detail_pane.h"
#include "app/detail/links_panel.h"
#include "app/form/field_editor.h"
#include "app/form/record_form.h"
#include "app/methodology/methodology_editor.h"
#include "app/models/register_table_model.h"
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
    : QWidget(parent),
      m_session(session),
      m_messages(messages),
      m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_navigation(new NavigationTree(session)),
      m_centre(new QStackedWidget),
      m_dashboard(new DashboardView(session.clock())),
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

    m_dashboard->setFile(&session.file(), DashboardView::Refresh::Later);  // refreshSummaries below
    m_centre->addWidget(m_dashboard);

    connect(m_navigation, &NavigationTree::registerChosen, this, [this](const QString& key) {
        if (key.isEmpty())
            showDashboard();
        else
            showRegister(key);
    });
    connect(m_dashboard, &DashboardView::recordActivated, this, &DocumentWorkspace::showRecord);
    connect(m_dashboard, &DashboardView::registerActivated, this,
            &DocumentWorkspace::showRegister);
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

    // Counting every register and evaluating the overdue rules once per burst of changes.
    m_refreshDelay->setSingleShot(true);
    m_refreshDelay->setInterval(250);
    connect(m_refreshDelay, &QTimer::timeout, this, &DocumentWorkspace::refreshSummaries);
    connect(&session, &DocumentSession::changed, m_refreshDelay, qOverload<>(&QTimer::start));

    summariseInBackground();
    showDashboard();
}

DocumentWorkspace::~DocumentWorkspace()
{
    m_detail->show();  // a hidden pane would be saved as collapsed
    QSettings().setValue(kSplitterKey, m_splitter->saveState());
}

RegisterView* DocumentWorkspace::registerView(const QString& registerKey)
{
    const auto it = m_views.find(registerKey);
    if (it != m_views.end())
        return it->second;
    const RegisterDef* def = m_session.catalogue().find(ss(registerKey));
    if (!def)
        return nullptr;
    auto* view = new RegisterView(m_session, *def, m_messages);
    if (const auto overdue = m_overdueRecords.find(def->key); overdue != m_overdueRecords.end())
        view->model()->setOverdue(overdue->second);
    m_centre->addWidget(view);
    m_views.emplace(registerKey, view);
    view->setCameFrom([this, key = def->key] {
        const Location from = m_history->cameFrom(qs(key));
        return DraftOrigin{ss(from.registerKey), from.id, 0};
    });
    connect(view, &RegisterView::currentRecordChanged, this,
            [this](const QString& key, qint64 id) {
                if (m_navigating || currentRegisterView() == nullptr
                    || ss(key) != currentRegisterView()->registerDef().key)
                    return;
                if (id)
                    m_detail->showRecord(ss(key), id);
                else
                    m_detail->showNothing();
                m_history->visit({key, id});
            });
    connect(view, &RegisterView::recordActivated, this, &DocumentWorkspace::showRecord);
    connect(view, &RegisterView::formFieldRequested, this, [this](const QString& fieldKey) {
        RecordForm* form = m_detail->form();
        FieldEditor* editor = fieldKey.isEmpty() ? nullptr : form->editor(ss(fieldKey));
        if (!editor) {
            const RegisterDef* def = m_session.catalogue().find(form->registerKey());
            if (def && !def->fields.empty())
                editor = form->editor(def->fields.front().key);
        }
        if (editor)
            editor->setFocus(Qt::TabFocusReason);
    });
    return view;
}

RegisterView* DocumentWorkspace::currentRegisterView() const
{
    return qobject_cast<RegisterView*>(m_centre->currentWidget());
}

void DocumentWorkspace::showDashboard()
{
    go({});
}

MethodologyEditor* DocumentWorkspace::methodologyEditor()
{
    if (!m_methodology) {
        m_methodology = new MethodologyEditor(m_session);
        m_centre->addWidget(m_methodology);
    }
    return m_methodology;
}

void DocumentWorkspace::showRegister(const QString& registerKey)
{
    if (registerKey == MethodologyEditor::pageKey()) {
        go({registerKey, 0});
        return;
    }
    RegisterView* view = registerView(registerKey);
    if (!view)
        return;
    go({registerKey, view->currentId()});
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
    m_navigating = true;
    if (location.registerKey.isEmpty()) {
        m_centre->setCurrentWidget(m_dashboard);
        m_detail->showNothing();
        // The dashboard has no record to detail: it takes the width.
        m_detail->hide();
    } else if (location.registerKey == MethodologyEditor::pageKey()) {
        m_centre->setCurrentWidget(methodologyEditor());
        m_detail->showNothing();
        m_detail->hide();  // no record to detail here either
    } else if (RegisterView* view = registerView(location.registerKey)) {
        m_centre->setCurrentWidget(view);
        m_detail->show();
        const bool found = location.id != 0 && view->selectRecord(location.id);
        if (found)
            m_detail->showRecord(ss(location.registerKey), location.id);
        else
            m_detail->showNothing();
    }
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

void DocumentWorkspace::refreshSummaries()
{
    m_refreshDelay->stop();
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
    if (summary) {
        m_records = std::move(summary->records);
        const DueReport& due = summary->dashboard.due;
        m_overdue = due.overdueByRegister;
        m_overdueRecords.clear();
        for (const DueItem& item : due.overdue)
            if (item.item.id != 0)
                m_overdueRecords[item.item.registerKey][item.item.id] = reports::domainMessage(item.item.what);
        for (const auto& [key, view] : m_views) {
            const auto found = m_overdueRecords.find(ss(key));
            view->model()->setOverdue(found == m_overdueRecords.end() ? QHash<RecordId, QString>{}
                                                                      : found->second);
        }
        m_dashboard->setSummary(std::move(summary->dashboard));
    } else {
        m_dashboard->showReadError(qs(summary.error().message));
    }
    m_navigation->refresh(m_records, m_overdue);
    emit summariesChanged();
}

} // namespace isms::app
