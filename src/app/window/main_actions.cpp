#include "app/window/main_actions.h"

#include "app/help/help_menu.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QUndoGroup>

namespace isms::app {

namespace {
QAction* make(QMenu* menu, const QString& text, const QKeySequence& key = {})
{
    QAction* action = menu->addAction(text);
    if (!key.isEmpty())
        action->setShortcut(key);
    return action;
}
} // namespace

MainActions createMainActions(QMainWindow* window, QUndoGroup* undoGroup)
{
    MainActions a;
    QMenuBar* bar = window->menuBar();

    QMenu* file = bar->addMenu(QMainWindow::tr("&File"));
    a.newFile = make(file, QMainWindow::tr("&New ISMS File\u2026"));
    a.newFromTemplate = make(file, QMainWindow::tr("New from &Template\u2026"));
    a.newFromTemplate->setObjectName(QStringLiteral("newFromTemplate"));
    a.open = make(file, QMainWindow::tr("&Open\u2026"), QKeySequence::Open);
    a.openReadOnly = make(file, QMainWindow::tr("Open &Read-Only\u2026"));
    a.recent = file->addMenu(QMainWindow::tr("Open &Recent"));
    a.openDemo = make(file, QMainWindow::tr("Open &Demo"));
    file->addSeparator();
    a.importCsv = make(file, QMainWindow::tr("&Import CSV or XLSX\u2026"));
    file->addSeparator();
    a.saveCopy = make(file, QMainWindow::tr("Save a &Copy As\u2026"));
    a.saveAsTemplate = make(file, QMainWindow::tr("Save as Te&mplate\u2026"));
    a.saveAsTemplate->setObjectName(QStringLiteral("saveAsTemplate"));
    a.exportAuditCopy = make(file, QMainWindow::tr("&Export Audit Copy\u2026"));
    file->addSeparator();
    a.exportReport = make(file, QMainWindow::tr("E&xport Report\u2026"));
    a.exportReport->setObjectName(QStringLiteral("exportReport"));
    a.exportPage = make(file, QMainWindow::tr("Export Page Re&port\u2026"));
    a.exportPage->setObjectName(QStringLiteral("exportPage"));
    a.printPreview = make(file, QMainWindow::tr("Print Pre&view\u2026"));
    a.printPreview->setObjectName(QStringLiteral("printPreview"));
    a.print = make(file, QMainWindow::tr("&Print\u2026"), QKeySequence::Print);
    a.print->setObjectName(QStringLiteral("print"));
    file->addSeparator();
    a.auditorNotes = make(file, QMainWindow::tr("Auditor &Notes\u2026"));
    a.mergeNotes = make(file, QMainWindow::tr("&Merge Auditor Notes\u2026"));
    file->addSeparator();
    a.close = make(file, QMainWindow::tr("&Close"), QKeySequence::Close);
    a.quit = make(file, QMainWindow::tr("&Quit"), QKeySequence::Quit);
    a.quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = bar->addMenu(QMainWindow::tr("&Edit"));
    a.undo = undoGroup->createUndoAction(window, QMainWindow::tr("&Undo"));
    a.undo->setShortcut(QKeySequence::Undo);
    a.redo = undoGroup->createRedoAction(window, QMainWindow::tr("&Redo"));
    a.redo->setShortcuts(QKeySequence::Redo);
    edit->addAction(a.undo);
    edit->addAction(a.redo);
    edit->addSeparator();
    a.add = make(edit, QMainWindow::tr("&Add Record"), QKeySequence::New);
    a.duplicate = make(edit, QMainWindow::tr("D&uplicate Record"),
                       QKeySequence(Qt::CTRL | Qt::Key_D));
    a.remove = make(edit, QMainWindow::tr("&Delete Record\u2026"), QKeySequence::Delete);
    a.editCell = make(edit, QMainWindow::tr("Edit &Cell"), QKeySequence(Qt::Key_F2));
    a.attach = make(edit, QMainWindow::tr("Attach &Evidence\u2026"));
    a.approveTreatment = make(edit, QMainWindow::tr("Approve &Treatment\u2026"));
    a.approveTreatment->setObjectName(QStringLiteral("approveTreatment"));
    a.approveSoaVersion = make(edit, QMainWindow::tr("Approve &SoA Version\u2026"));
    a.approveSoaVersion->setObjectName(QStringLiteral("approveSoaVersion"));
    a.recordAssessment = make(edit, QMainWindow::tr("Record Assess&ment Run\u2026"));
    a.recordAssessment->setObjectName(QStringLiteral("recordAssessment"));
    edit->addSeparator();
    a.find = make(edit, QMainWindow::tr("&Filter"), QKeySequence::Find);
    edit->addSeparator();
    a.preferences = make(edit, QMainWindow::tr("&Preferences\u2026"), QKeySequence::Preferences);
    a.preferences->setMenuRole(QAction::PreferencesRole);

    QMenu* go = bar->addMenu(QMainWindow::tr("&Go"));
    a.back = make(go, QMainWindow::tr("&Back"));
    a.back->setShortcuts(QKeySequence::Back);
    a.forward = make(go, QMainWindow::tr("&Forward"));
    a.forward->setShortcuts(QKeySequence::Forward);
    a.dashboard = make(go, QMainWindow::tr("&Dashboard"), QKeySequence(Qt::CTRL | Qt::Key_0));
    // Ctrl+K only: Ctrl+P is the standard Print.
    a.quickOpen = make(go, QMainWindow::tr("&Go to Record\u2026"), QKeySequence(Qt::CTRL | Qt::Key_K));
    // Delete acts on the register table only (the table has its own Delete action); here the
    // key is shown, but a Delete typed in a form field never removes a record.
    a.remove->setShortcutContext(Qt::WidgetShortcut);
    addHelpMenu(window, a);
    return a;
}

} // namespace isms::app
