#pragma once
// Above the SoA table: what the SoA rules find, in one line of entries ("3 undecided · 1 excluded
// but treating R-004"), each a link that shows only the controls it counts. Icon and words,
// never colour alone.

#include "app/models/soa_rows.h"
#include "app/pages/page.h"

#include <QFrame>

class QAction;
class QLabel;
class QToolButton;

namespace isms::app {

class SoaSummaryBar : public QFrame {
    Q_OBJECT

public:
    explicit SoaSummaryBar(QWidget* parent = nullptr);

    void showRows(const SoaRows& rows);
    // The latest approved SoA version in words, under the problems (empty: no line).
    void showVersion(const QString& text, const QString& toolTip);
    QString versionText() const;
    // The button beside the version line that approves the next one (hidden until set).
    void setApproveAction(QAction* action);
    QToolButton* approveButton() const { return m_approve; }
    // The bar as read (links as plain words), for tests and screen readers.
    QString text() const;
    // The filter of entry `link` ("all" or "kind:<n>"); empty conditions and no ids for none.
    RecordFilter filterFor(const QString& link) const;
    // Chooses the entry `link` as a click on it does.
    void choose(const QString& link);

signals:
    void filterChosen(const isms::app::RecordFilter& filter);

private:
    QLabel* m_icon;
    QLabel* m_text;
    QLabel* m_version;
    QToolButton* m_approve;
    SoaRows m_rows;
};

} // namespace isms::app
