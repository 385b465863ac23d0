#include "app/help/help_menu.h"

#include "app/help/about_dialog.h"
#include "app/help/shortcuts_dialog.h"
#include "app/help/user_guide_window.h"
#include "app/window/main_actions.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>

namespace isms::app {

void addHelpMenu(QMainWindow* window, MainActions& a)
{
    QMenu* help = window->menuBar()->addMenu(QMainWindow::tr("&Help"));
    a.userGuide = help->addAction(QMainWindow::tr("&User Guide"));
    a.userGuide->setShortcut(QKeySequence::HelpContents);
    a.shortcuts = help->addAction(QMainWindow::tr("&Keyboard Shortcuts"));
    help->addSeparator();
    a.about = help->addAction(QMainWindow::tr("&About ISMS Desk"));
    a.about->setMenuRole(QAction::AboutRole);
    a.aboutQt = help->addAction(QMainWindow::tr("About &Qt"));
    a.aboutQt->setMenuRole(QAction::AboutQtRole);
}

HelpController::HelpController(QMainWindow& window, const MainActions& a)
    : QObject(&window), m_window(window)
{
    setObjectName(QStringLiteral("helpController"));
    connect(a.userGuide, &QAction::triggered, this, [this] { showUserGuide(); });
    connect(a.shortcuts, &QAction::triggered, this, [this] { showShortcuts(); });
    connect(a.about, &QAction::triggered, this, [this] { showAbout(); });
    connect(a.aboutQt, &QAction::triggered, this, [] { QApplication::aboutQt(); });
}

namespace {
template <class Window>
Window* present(Window* shown)
{
    shown->show();
    shown->raise();
    shown->activateWindow();
    return shown;
}
} // namespace

UserGuideWindow* HelpController::showUserGuide()
{
    if (!m_guide)
        m_guide = new UserGuideWindow(&m_window);
    return present(m_guide.data());
}

ShortcutsDialog* HelpController::showShortcuts()
{
    if (!m_shortcuts) {
        m_shortcuts = new ShortcutsDialog(m_window, &m_window);
        m_shortcuts->setAttribute(Qt::WA_DeleteOnClose);
    }
    return present(m_shortcuts.data());
}

AboutDialog* HelpController::showAbout()
{
    if (!m_about) {
        m_about = new AboutDialog(&m_window);
        m_about->setAttribute(Qt::WA_DeleteOnClose);
    }
    return present(m_about.data());
}

} // namespace isms::app
