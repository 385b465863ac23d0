#include "app/window/main_window.h"

#include "reports/domain_text.h"

#include "app/signing/audit_banner.h"
#include "app/signing/key_locations.h"

#include "app/window/navigation_tree.h"

#include "app/approval/approval_controller.h"
#include "app/approval/version_controller.h"
#include "app/detail/attachments_panel.h"
#include "app/detail/detail_pane.h"
#include "app/dialogs/file_error_text.h"
#include "app/dialogs/message_presenter.h"
#include "app/export/report_controller.h"
#include "app/help/help_menu.h"
#include "app/import/import_controller.h"
#include "app/pages/page.h"
#include "app/session/document_session.h"
#include "app/session/value_convert.h"
#include "app/settings/app_settings.h"
#include "app/settings/preferences_dialog.h"
#include "app/views/register_view.h"
#include "app/welcome/welcome_view.h"
#include "app/window/action_icons.h"
#include "app/window/document_workspace.h"
#include "app/window/file_controller.h"
#include "app/window/notes_controller.h"
#include "app/window/status_summary.h"
#include "domain/clock.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QMenu>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QTableView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace isms::app {

MainWindow::MainWindow(MessagePresenter& messages, AppSettings& settings,
                       std::shared_ptr<const Clock> clock, QWidget* parent)
    : QMainWindow(parent),
      m_messages(messages),
      m_settings(settings),
      m_clock(std::move(clock)),
      m_files(new FileController(messages, settings, m_clock, this)),
      m_undoGroup(new QUndoGroup(this)),
      m_actions(createMainActions(this, m_undoGroup)),
      m_pages(new QStackedWidget(this)),
      m_welcome(new WelcomeView(settings, nullptr, WelcomeView::ReadRecentFiles::WhenShown)),
      m_documentPage(new QWidget),
      m_banner(new QLabel),
      m_notesButton(new QPushButton),
      m_status(new QLabel)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(applicationIcon());
    addToolBar(Qt::TopToolBarArea, new MainToolBar(m_actions, this));
    setCentralWidget(m_pages);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_documentPage);
    auto* documentLayout = new QVBoxLayout(m_documentPage);
    documentLayout->setContentsMargins(0, 0, 0, 0);
    documentLayout->setSpacing(0);
    documentLayout->addWidget(m_banner);

    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_banner->setMargin(6);
    m_banner->setAutoFillBackground(true);
    // Highlight colours come from the palette, so the banner reads in light and dark themes.
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, palette().color(QPalette::Highlight));
    bannerPalette.setColor(QPalette::WindowText, palette().color(QPalette::HighlightedText));
    m_banner->setPalette(bannerPalette);
    m_banner->hide();
    // The banner of an audit copy offers the auditor's notes: a button at its right end, on the
    // banner's colours. The row takes no height while the banner and the button are hidden.
    m_notesButton->setObjectName(QStringLiteral("bannerNotesButton"));
    m_notesButton->setText(tr("Auditor &notes\u2026"));
    m_notesButton->hide();
    documentLayout->removeWidget(m_banner);
    auto* bannerRow = new QWidget;
    auto* bannerRowLayout = new QHBoxLayout(bannerRow);
    bannerRowLayout->setContentsMargins(0, 0, 6, 0);
    bannerRowLayout->setSpacing(0);
    bannerRowLayout->addWidget(m_banner, 1);
    bannerRowLayout->addWidget(m_notesButton);
    bannerRow->setAutoFillBackground(true);
    bannerRow->setPalette(bannerPalette);
    documentLayout->insertWidget(0, bannerRow);
    connect(m_notesButton, &QPushButton::clicked, m_actions.auditorNotes, &QAction::trigger);

    statusBar()->addPermanentWidget(m_status, 1);
    m_status->setObjectName(QStringLiteral("statusSummary"));

    connectActions();
    new HelpController(*this, m_actions);
    new ImportController(*this, m_messages);
    m_reports = new ReportController(*this, m_messages, m_settings);
    m_approvals = new ApprovalController(*this);
    m_versions = new VersionController(*this);
    connect(m_welcome, &WelcomeView::newRequested, m_actions.newFile, &QAction::trigger);
    connect(m_welcome, &WelcomeView::openRequested, m_actions.open, &QAction::trigger);
    connect(m_welcome, &WelcomeView::openDemoRequested, m_actions.openDemo, &QAction::trigger);
    connect(m_welcome, &WelcomeView::recentRequested, this,
            [this](const QString& path, bool readOnly) { openFile(path, readOnly); });

    // A first start on a small screen (a 1024x640 laptop) gets a window that fits it.
    QSize initial(1280, 800);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        initial = initial.boundedTo(screen->availableGeometry().size());
    resize(initial);
    restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(QSettings().value(QStringLiteral("window/state")).toByteArray());
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The workspace's views refer to the session: they go first.
    delete m_workspace;
    m_workspace = nullptr;
}

void MainWindow::connectActions()
{
    const MainActions& a = m_actions;
    connect(a.newFile, &QAction::triggered, this, [this] {
        if (auto session = m_files->createNew(this))
            setSession(std::move(session));
    });
    connect(a.open, &QAction::triggered, this, [this] { chooseAndOpen(false); });
    connect(a.openReadOnly, &QAction::triggered, this, [this] { chooseAndOpen(true); });
    connect(a.openDemo, &QAction::triggered, this, [this] { openDemo(); });
    connect(a.recent, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    connect(a.saveCopy, &QAction::triggered, this, [this] {
        if (m_session)
            m_files->saveCopy(*m_session, this);
    });
    connect(a.exportAuditCopy, &QAction::triggered, this, [this] {
        if (m_session)
            m_files->exportAuditCopy(*m_session, this);
    });
    connect(a.auditorNotes, &QAction::triggered, this, [this] {
        if (m_session)
            showAuditorNotes(*m_session, m_messages, this);
    });
    connect(a.mergeNotes, &QAction::triggered, this, [this] {
        if (m_session)
            mergeAuditorNotes(*m_session, m_messages, this);
    });
    connect(a.close, &QAction::triggered, this, &MainWindow::closeFile);
    connectTemplateActions();
    connect(a.quit, &QAction::triggered, this, &QWidget::close);

    // The page's own verbs: the current page does them (Page::trigger).
    const auto onPage = [this](PageAction action) {
        return [this, action] {
            if (!m_workspace || !m_session)
                return;
            if (kEditingActions.testFlag(action) && m_session->isReadOnly())
                return;
            if (Page* page = m_workspace->currentPage())
                page->trigger(action);
        };
    };
    connect(a.add, &QAction::triggered, this, onPage(PageAction::NewRecord));
    connect(a.duplicate, &QAction::triggered, this, onPage(PageAction::Duplicate));
    connect(a.remove, &QAction::triggered, this, onPage(PageAction::Delete));
    connect(a.editCell, &QAction::triggered, this, onPage(PageAction::EditCell));
    connect(a.find, &QAction::triggered, this, onPage(PageAction::Find));
    connect(a.attach, &QAction::triggered, this, [this] {
        if (!m_workspace || !m_session || m_session->isReadOnly()
            || !pageActions().testFlag(PageAction::Attach)
            || m_workspace->detail()->recordId() == 0)
            return;
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Attach Evidence"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        if (!path.isEmpty())
            m_workspace->detail()->attachments()->attachFile(path);
    });
    connect(a.preferences, &QAction::triggered, this, [this] {
        PreferencesDialog dialog(m_settings, this);
        if (dialog.exec() == QDialog::Accepted && m_session)
            m_session->file().setAuthor(ss(m_settings.authorName()));
    });
    connect(a.back, &QAction::triggered, this, [this] {
        if (m_workspace)
            m_workspace->goBack();
    });
    connect(a.forward, &QAction::triggered, this, [this] {
        if (m_workspace)
            m_workspace->goForward();
    });
    connect(a.dashboard, &QAction::triggered, this, [this] {
        if (m_workspace)
            m_workspace->showDashboard();
    });
    connect(a.quickOpen, &QAction::triggered, this, [this] {
        if (m_workspace)
            m_workspace->quickOpen();
    });
}

void MainWindow::chooseAndOpen(bool readOnly)
{
    const QString start = m_session ? QFileInfo(m_session->filePath()).absolutePath()
                                    : QStandardPaths::writableLocation(
                                          QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(
        this, readOnly ? tr("Open Read-Only") : tr("Open ISMS File"), start,
        tr("ISMS files (*.isms);;All files (*)"));
    if (!path.isEmpty())
        openFile(path, readOnly);
}

bool MainWindow::openFile(const QString& path, bool readOnly)
{
    auto session = m_files->open(path, readOnly);
    if (!session) {
        m_welcome->reloadRecentFiles();
        return false;
    }
    setSession(std::move(session));
    return true;
}

bool MainWindow::openDemo(const QString& folder)
{
    auto session = m_files->openDemo(folder);
    if (!session)
        return false;
    setSession(std::move(session));
    return true;
}

void MainWindow::setSession(std::unique_ptr<DocumentSession> session)
{
    closeFile();
    m_session = std::move(session);
    m_undoGroup->addStack(m_session->undoStack());
    m_undoGroup->setActiveStack(m_session->undoStack());
    connect(m_session.get(), &DocumentSession::failed, this, &MainWindow::showFailure);
    connect(m_session.get(), &DocumentSession::damaged, this, &MainWindow::closeDamagedFile);
    connect(m_session.get(), &DocumentSession::changed, this, &MainWindow::updateStatus);
    connect(m_session.get(), &DocumentSession::infoChanged, this, &MainWindow::updateTitle);

    m_workspace = new DocumentWorkspace(*m_session, m_messages, m_documentPage);
    static_cast<QVBoxLayout*>(m_documentPage->layout())->addWidget(m_workspace, 1);
    connect(m_workspace, &DocumentWorkspace::locationChanged, this, [this] {
        updateActions();
        updateStatus();
    });
    connect(m_workspace, &DocumentWorkspace::summariesChanged, this, &MainWindow::updateStatus);
    connect(m_workspace, &DocumentWorkspace::pageActionsChanged, this, &MainWindow::updateActions);

    if (m_session->isReadOnly()) {
        const bool audit = m_session->file().info().auditCopy;
        m_banner->setText(audit ? AuditBanner::forCopy(m_session->file().path(), trustedKeysDir())
                                : tr("<b>Read-only.</b> This file was opened for reading: "
                                     "nothing in it can be changed. Open it normally to edit."));
        m_banner->show();
    } else {
        m_banner->hide();
    }
    m_pages->setCurrentWidget(m_documentPage);
    updateTitle();
    updateActions();
    updateStatus();
    m_workspace->navigation()->setFocus();
}

void MainWindow::closeFile()
{
    if (!m_session)
        return;
    delete m_workspace;
    m_workspace = nullptr;
    m_undoGroup->removeStack(m_session->undoStack());
    m_session.reset();
    m_banner->hide();
    m_welcome->reloadRecentFiles();
    m_pages->setCurrentWidget(m_welcome);
    updateTitle();
    updateActions();
    updateStatus();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    QSettings().setValue(QStringLiteral("window/state"), saveState());
    // Hidden first, so closing the file does not show (and read the recent files of) the
    // welcome page of a window that is going away.
    hide();
    closeFile();
    event->accept();
}

void MainWindow::updateTitle()
{
    if (!m_session) {
        setWindowTitle(tr("ISMS Desk"));
        return;
    }
    QString title = tr("%1 \u2014 %2").arg(m_session->organisation(), m_session->fileName());
    if (m_session->isReadOnly())
        title += tr(" [Read-only]");
    setWindowTitle(title);
}

PageActions MainWindow::pageActions() const
{
    Page* page = m_session && m_workspace ? m_workspace->currentPage() : nullptr;
    if (!page)
        return {};
    PageActions can = page->actions();
    if (m_session->isReadOnly())
        can &= ~kEditingActions;
    return can;
}

void MainWindow::updateActions()
{
    const MainActions& a = m_actions;
    const bool open = m_session != nullptr;
    const bool writable = open && !m_session->isReadOnly();
    // What the page shown can do, less the editing in a read-only file.
    const PageActions can = pageActions();
    a.saveCopy->setEnabled(open);
    a.saveAsTemplate->setEnabled(open);
    a.exportAuditCopy->setEnabled(open);
    a.close->setEnabled(open);
    const bool auditCopy = open && m_session->isReadOnly() && m_session->file().info().auditCopy;
    a.auditorNotes->setEnabled(auditCopy);
    a.mergeNotes->setEnabled(writable);
    a.importCsv->setEnabled(writable);
    m_notesButton->setVisible(auditCopy);
    a.add->setEnabled(can.testFlag(PageAction::NewRecord));
    a.duplicate->setEnabled(can.testFlag(PageAction::Duplicate));
    a.remove->setEnabled(can.testFlag(PageAction::Delete));
    a.editCell->setEnabled(can.testFlag(PageAction::EditCell));
    a.attach->setEnabled(can.testFlag(PageAction::Attach));
    a.find->setEnabled(can.testFlag(PageAction::Find));
    a.back->setEnabled(open && m_workspace->history()->canGoBack());
    a.forward->setEnabled(open && m_workspace->history()->canGoForward());
    a.dashboard->setEnabled(open);
    a.quickOpen->setEnabled(open);
    if (m_reports)
        m_reports->updateActions();
    if (m_approvals)
        m_approvals->updateAction();
    if (m_versions)
        m_versions->updateActions();
}

void MainWindow::updateStatus()
{
    if (!m_session) {
        m_status->clear();
        return;
    }
    StatusFacts facts;
    const auto info = m_session->file().info();
    facts.lastChange = QDateTime::fromString(qs(info.lastChangeAt), Qt::ISODateWithMs);
    facts.lastChangeBy = qs(info.lastChangeBy);
    facts.overdue = m_workspace ? m_workspace->overdueTotal() : 0;
    RegisterView* view = m_workspace ? m_workspace->currentRegisterView() : nullptr;
    if (view) {
        auto count = m_session->file().count(view->registerDef());
        facts.records = count ? *count : 0;
        facts.noun = reports::domainText(view->registerDef().title);  // translated, unlike its key
        const auto overdue = m_workspace->overdueByRegister().find(view->registerDef().key);
        facts.overdue = overdue == m_workspace->overdueByRegister().end() ? 0 : overdue->second;
    } else if (m_workspace) {
        for (const auto& [key, count] : m_workspace->recordsByRegister())
            facts.records += count;
        facts.noun = tr("records");
    }
    m_status->setText(statusSummary(facts, QDateTime::currentDateTimeUtc()));
}

void MainWindow::fillRecentMenu()
{
    QMenu* menu = m_actions.recent;
    menu->clear();
    for (const RecentFile& recent : m_settings.recentFiles()) {
        QString label = recent.organisation.isEmpty()
                                  ? QDir::toNativeSeparators(recent.path)
                                  : tr("%1 \u2014 %2").arg(recent.organisation,
                                                           QDir::toNativeSeparators(recent.path));
        if (recent.auditCopy)
            label += tr(" (audit copy)");
        QAction* action = menu->addAction(label);
        action->setEnabled(recent.exists());
        const QString path = recent.path;
        connect(action, &QAction::triggered, this, [this, path] { openFile(path, false); });
    }
    if (menu->isEmpty())
        menu->addAction(tr("No recent files"))->setEnabled(false);
}

void MainWindow::closeDamagedFile(const isms::Error& reported)
{
    if (!m_session)
        return;
    const isms::Error error = reported;  // `reported` lives in the session closed below
    // Not from under an open dialog: it may be editing something of this file. Storage refuses
    // every write meanwhile, so waiting costs nothing.
    if (QApplication::activeModalWidget()) {
        QTimer::singleShot(200, m_session.get(), [this, error] { closeDamagedFile(error); });
        return;
    }
    const QString path = m_session->filePath();
    closeFile();
    FileErrorText::forFailedCheck(error, path).present(m_messages);
}

void MainWindow::showFailure(const QString& what, const isms::Error& error)
{
    m_messages.error(tr("%1 failed").arg(what),
                     tr("%1\n\nNothing was changed by this step.").arg(qs(error.message)));
}

} // namespace isms::app
