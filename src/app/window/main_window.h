#pragma once
// The application window: the welcome page when no file is open, otherwise the workspace under a
// permanent read-only banner when the file cannot be changed. Menus, title, status bar and the
// saved geometry live here; the work itself is in DocumentWorkspace and FileController.

#include "app/pages/page.h"
#include "app/window/main_actions.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;
class QUndoGroup;

namespace isms {
class Clock;
struct Error;
}

namespace isms::app {

class AppSettings;
class ApprovalController;
class VersionController;
class DocumentSession;
class DocumentWorkspace;
class FileController;
class MessagePresenter;
class ReportController;
class WelcomeView;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(MessagePresenter& messages, AppSettings& settings,
               std::shared_ptr<const Clock> clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a file (closing the one open). False after telling the user why not.
    bool openFile(const QString& path, bool readOnly);
    bool openDemo(const QString& folder = {});
    // Shows an already open session (e.g. a file just created).
    void setSession(std::unique_ptr<DocumentSession> session);
    void closeFile();

    DocumentSession* session() const { return m_session.get(); }
    DocumentWorkspace* workspace() const { return m_workspace; }
    WelcomeView* welcome() const { return m_welcome; }
    FileController* files() const { return m_files; }
    ReportController* reports() const { return m_reports; }
    ApprovalController* approvals() const { return m_approvals; }
    VersionController* versions() const { return m_versions; }
    const MainActions& actions() const { return m_actions; }
    QLabel* readOnlyBanner() const { return m_banner; }
    QPushButton* bannerNotesButton() const { return m_notesButton; }
    QLabel* statusLabel() const { return m_status; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void connectActions();
    void connectTemplateActions();  // template_actions.cpp
    void updateActions();
    // The current page's actions the file allows (no editing in a read-only file).
    PageActions pageActions() const;
    void updateTitle();
    void updateStatus();
    void fillRecentMenu();
    void chooseAndOpen(bool readOnly);
    void showFailure(const QString& what, const isms::Error& error);
    void closeDamagedFile(const isms::Error& error);

    MessagePresenter& m_messages;
    AppSettings& m_settings;
    std::shared_ptr<const Clock> m_clock;
    FileController* m_files;
    QUndoGroup* m_undoGroup;
    MainActions m_actions;
    QStackedWidget* m_pages;
    WelcomeView* m_welcome;
    QWidget* m_documentPage;
    QLabel* m_banner;
    QPushButton* m_notesButton;
    QLabel* m_status;
    ReportController* m_reports = nullptr;
    ApprovalController* m_approvals = nullptr;
    VersionController* m_versions = nullptr;
    std::unique_ptr<DocumentSession> m_session;
    DocumentWorkspace* m_workspace = nullptr;
};

} // namespace isms::app
