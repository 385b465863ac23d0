#pragma once
// Help › Keyboard Shortcuts: every shortcut of the window's actions, read from the QActions
// themselves (walking the menu bar, then actions added to the window directly), so the list
// cannot go stale. It is rebuilt whenever one of those actions changes.

#include <QDialog>

#include <memory>
#include <vector>

class QAction;
class QMainWindow;
class QStandardItemModel;
class QSortFilterProxyModel;

namespace Ui {
class ShortcutsDialog;
}

namespace isms::app {

struct ShortcutEntry {
    QString action;    // the action's text, without mnemonics or ellipsis
    QString shortcut;  // every key sequence, in the platform's words, comma separated
    QString menu;      // "Go" or "File › Open Recent"; empty for window-wide actions
};

// Every action of `window` that has a shortcut, in menu order.
std::vector<ShortcutEntry> shortcutEntries(const QMainWindow& window);

class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    explicit ShortcutsDialog(QMainWindow& window, QWidget* parent = nullptr);
    ~ShortcutsDialog() override;

    // The rows shown (after the filter), for tests: action, shortcut, menu.
    QStringList visibleRows() const;
    void setFilter(const QString& text);

private:
    void rebuild();
    void watchActions();

    QMainWindow& m_window;
    std::unique_ptr<Ui::ShortcutsDialog> m_ui;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_filter;
};

} // namespace isms::app
