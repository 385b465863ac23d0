#pragma once
// The window's menus and shortcuts, made in one place so the standard keys are easy to check:
// Open, Close, Quit, Undo, Redo, New, Delete, Find, Back and Forward use QKeySequence's
// standard keys, and so does Print (Ctrl+P); Duplicate is Ctrl+D, Go to Record Ctrl+K, Edit Cell F2.

class QAction;
class QMainWindow;
class QMenu;
class QUndoGroup;

namespace isms::app {

struct MainActions {
    QAction* newFile = nullptr;
    QAction* open = nullptr;
    QAction* openReadOnly = nullptr;
    QAction* openDemo = nullptr;
    QMenu* recent = nullptr;
    QAction* saveCopy = nullptr;
    QAction* newFromTemplate = nullptr;  // a client file from one's own template
    QAction* saveAsTemplate = nullptr;   // this file's know-how as a template
    QAction* exportAuditCopy = nullptr;
    // Reports (src/app/export): any kind, the current page's kind, and printing the latter.
    QAction* exportReport = nullptr;
    QAction* exportPage = nullptr;
    QAction* printPreview = nullptr;
    QAction* print = nullptr;
    QAction* auditorNotes = nullptr;  // an audit copy's notes (read-only copies only)
    QAction* mergeNotes = nullptr;    // auditor notes into a working file
    QAction* close = nullptr;
    QAction* quit = nullptr;

    QAction* undo = nullptr;
    QAction* redo = nullptr;
    QAction* add = nullptr;
    QAction* duplicate = nullptr;
    QAction* remove = nullptr;
    QAction* editCell = nullptr;
    QAction* attach = nullptr;
    QAction* approveTreatment = nullptr;  // the selected risk's owner approval (src/app/approval)
    // Permanent records, shown on their pages only (src/app/approval/version_controller.h).
    QAction* approveSoaVersion = nullptr;
    QAction* recordAssessment = nullptr;
    QAction* find = nullptr;
    QAction* preferences = nullptr;

    QAction* back = nullptr;
    QAction* forward = nullptr;
    QAction* dashboard = nullptr;
    QAction* quickOpen = nullptr;

    // File › Import CSV… (src/app/import) and the Help menu (src/app/help/help_menu.h).
    QAction* importCsv = nullptr;
    QAction* userGuide = nullptr;
    QAction* shortcuts = nullptr;
    QAction* about = nullptr;
    QAction* aboutQt = nullptr;
};

MainActions createMainActions(QMainWindow* window, QUndoGroup* undoGroup);

} // namespace isms::app
