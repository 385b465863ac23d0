#pragma once
// The left-hand navigation: the pages of the registry in its order (the dashboard, then the
// registers grouped by clause, 4 Context ... 10 Improvement, then Assets and the checklist),
// under a heading per group, each register with its count and overdue badge.

#include <QTreeWidget>

#include <map>
#include <string>

namespace isms::app {

class DocumentSession;
class PageRegistry;

class NavigationTree : public QTreeWidget {
    Q_OBJECT

public:
    NavigationTree(DocumentSession& session, const PageRegistry& pages, QWidget* parent = nullptr);

    // Counts every register and shows the overdue numbers given (by register key).
    // Badges from figures the caller already has (the workspace derives both from one read).
    void refresh(const std::map<std::string, std::int64_t, std::less<>>& recordsByRegister,
                 const std::map<std::string, int, std::less<>>& overdueByRegister);
    // Highlights the entry without emitting a navigation request; "" is the dashboard.
    void showCurrent(const QString& pageKey);
    QTreeWidgetItem* itemFor(const QString& pageKey) const;
    // The page keys of the entries, top to bottom.
    QStringList pageKeys() const;
    // Wide enough for the longest register title beside its badge ("Requirements of interested
    // parties  14 ⚠2"); narrower, titles are elided and their tooltips say them in full.
    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent* event) override;

signals:
    // A page's key: a register's, "" for the dashboard.
    void registerChosen(const QString& pageKey);

private:
    void build(const PageRegistry& pages);

    DocumentSession& m_session;
    bool m_quiet = false;
    // The widest label with its indentation: measuring every label is text shaping, and layouts
    // ask for the size hint several times while the window opens. Cleared when the labels or
    // the font change.
    mutable int m_widestLabel = -1;
};

} // namespace isms::app
