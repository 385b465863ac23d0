#pragma once
// The Help menu: the user guide (F1), the keyboard shortcuts, About ISMS Desk and About Qt.
// addHelpMenu makes the actions (called by createMainActions, so the menu comes last);
// HelpController shows what they open, each window once: asking again raises it.

#include <QObject>
#include <QPointer>

class QMainWindow;

namespace isms::app {

struct MainActions;
class AboutDialog;
class ShortcutsDialog;
class UserGuideWindow;

void addHelpMenu(QMainWindow* window, MainActions& actions);

class HelpController : public QObject {
    Q_OBJECT

public:
    HelpController(QMainWindow& window, const MainActions& actions);

    UserGuideWindow* showUserGuide();
    ShortcutsDialog* showShortcuts();
    AboutDialog* showAbout();

private:
    QMainWindow& m_window;
    QPointer<UserGuideWindow> m_guide;
    QPointer<ShortcutsDialog> m_shortcuts;
    QPointer<AboutDialog> m_about;
};

} // namespace isms::app
