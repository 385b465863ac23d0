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
    explicit WelcomeView(AppSettings& settings, QWidget* parent = nullptr);
    ~WelcomeView() override;

    // Re-reads the recent files from the settings (call after a file was opened).
    void reloadRecentFiles();

    QTreeWidget* recentList() const { return m_recent; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* openButton() const { return m_open; }
    QPushButton* demoButton() const { return m_demo; }
    // The context menu of one recent file: Open, Open Read-Only, Remove from List.
    QMenu* createContextMenu(const QString& path, QWidget* parent);

signals:
    void newRequested();
    void openRequested();
    void openDemoRequested();
    void recentRequested(const QString& path, bool readOnly);

private:
    void showContextMenu(const QPoint& position);
    void activate(QTreeWidgetItem* item);

    AppSettings& m_settings;
    std::unique_ptr<Ui::WelcomeView> m_ui;  // ui/forms/welcome_view.ui
    QPushButton* m_new = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_demo = nullptr;
    QTreeWidget* m_recent = nullptr;
    QLabel* m_emptyHint = nullptr;
};

} // namespace isms::app
