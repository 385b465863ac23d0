#pragma once
// The page shown when no file is open: New, Open, Open demo, and the recent files.

#include <QWidget>

#include <memory>

namespace Ui {
class WelcomeView;
}

class QMenu;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class QLabel;

namespace isms::app {

class AppSettings;

class WelcomeView final : public QWidget {
    Q_OBJECT
public:
    // When the recent files are read: at once, or (the main window, which often opens a file
    // before the welcome page is ever seen) only when the page is shown. Reading them opens
    // every listed file, which a start on a file given on the command line should not wait for.
    enum class ReadRecentFiles { Now, WhenShown };

    explicit WelcomeView(AppSettings& settings, QWidget* parent = nullptr,
                         ReadRecentFiles read = ReadRecentFiles::Now);
    ~WelcomeView() override;

    // Re-reads the recent files from the settings (call after a file was opened); with
    // WhenShown and the page hidden, the next showing reads them (once the event loop runs).
    void reloadRecentFiles();

    // The list, read first if a reading is still owed.
    QTreeWidget* recentList();
    QPushButton* newButton() const { return m_new; }
    QPushButton* openButton() const { return m_open; }
    QPushButton* demoButton() const { return m_demo; }
    // The context menu of one recent file: Open, Open Read-Only, Remove from List.
    QMenu* createContextMenu(const QString& path, QWidget* parent);

protected:
    void showEvent(QShowEvent* event) override;

signals:
    void newRequested();
    void openRequested();
    void openDemoRequested();
    void recentRequested(const QString& path, bool readOnly);

private:
    void showContextMenu(const QPoint& position);
    void activate(QTreeWidgetItem* item);
    void readRecentFiles();

    AppSettings& m_settings;
    std::unique_ptr<Ui::WelcomeView> m_ui;  // ui/forms/welcome_view.ui
    QPushButton* m_new = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_demo = nullptr;
    QTreeWidget* m_recent = nullptr;
    QLabel* m_emptyHint = nullptr;
    bool m_readWhenShown = false;
    bool m_readingOwed = false;
};

} // namespace isms::app
