#pragma once
// One register on screen: its title and count, a filter box, the lazy table, and for an empty
// register a sentence saying what belongs in it with an Add button.

#include "app/pages/page.h"
#include "app/views/new_record.h"
#include "domain/register_def.h"
#include "domain/value.h"

#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class QFrame;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTableView;
class QVBoxLayout;

namespace isms::app {

class DocumentSession;
class MessagePresenter;
class RegisterTableModel;

class RegisterView : public QWidget {
    Q_OBJECT

public:
    RegisterView(DocumentSession& session, const RegisterDef& def, MessagePresenter& messages,
                 QWidget* parent = nullptr);
    ~RegisterView() override;

    const RegisterDef& registerDef() const { return m_def; }
    RegisterTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* filterBox() const { return m_filter; }

    RecordId currentId() const;
    // Selects the record when it is among the rows (clearing the filter when needed).
    bool selectRecord(RecordId id);
    void focusFilter();
    // Shows only the rows `filter` picks, with a bar above the table that says which they are
    // and clears it (its button, or Esc in the table).
    void setRecordFilter(const RecordFilter& filter);
    void clearRecordFilter();
    bool hasRecordFilter() const;
    // The bar's text, for tests and screen readers; empty when no record filter is set.
    QString recordFilterText() const;

    // What a page adds to the register's own screen (the SoA's version and problems): a widget
    // between the title row and the table.
    void insertAboveTable(QWidget* widget);
    // The columns a first look shows, in this order (logical columns); the rest are hidden.
    // Without it the first look is worked out from the field types. A kept layout that knew
    // fewer columns than the table has now gives way to it, so new columns are seen.
    void setFirstLook(std::vector<int> columns);

    // Where the user came from when they add a record (the workspace's navigation knows).
    void setCameFrom(std::function<DraftOrigin()> cameFrom) { m_cameFrom = std::move(cameFrom); }

    // The editing verbs; each does nothing in a read-only session. A record that belongs to
    // another (a corrective action to its nonconformity) takes the one the user came from or
    // the current record's, else the user chooses: it is never attached silently.
    void addRecord();
    void duplicateCurrent();
    // Asks once, then removes (undoable). False when nothing was removed.
    bool deleteCurrent();
    void editCurrentCell();
    // The form takes the keyboard at the current record's first field (the menu's Open).
    void openCurrent();
    // Shows another record (the menu's Follow Link).
    void activateRecord(const QString& registerKey, qint64 id);
    // The table's right-click menu for the current record; nullptr without one. Caller owns it.
    QMenu* createContextMenu(QWidget* parent);
    // Opens a per-column filter editor under the header section.
    void editColumnFilter(int column);
    // The columns shown, their order and widths (the register page keeps them between
    // sessions); an empty or unreadable state gives the first look's columns. True when the
    // kept state was restored, false when the first look was given.
    QByteArray headerState() const;
    bool restoreHeader(const QByteArray& state);

signals:
    void currentRecordChanged(const QString& registerKey, qint64 id);
    // Enter on a cell: the form's editor of that field should take the keyboard ("" = the first).
    void formFieldRequested(const QString& fieldKey);
    void recordActivated(const QString& registerKey, qint64 id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateState();
    std::optional<RecordId> chooseParent(const FieldDef& field, const RegisterDef& target);
    void showHeaderMenu(const QPoint& position);
    // `position` in the viewport's coordinates when `underPointer`.
    void showContextMenu(const QPoint& position, bool underPointer);
    void sizeColumns();
    // The risks' Approval column beside the title, and as wide as its longest status.
    void placeApprovalColumn();
    void sizeApprovalColumn();

    DocumentSession& m_session;
    const RegisterDef& m_def;
    MessagePresenter& m_messages;
    std::function<DraftOrigin()> m_cameFrom;
    RegisterTableModel* m_model;
    QLabel* m_title;
    QVBoxLayout* m_layout;
    std::vector<int> m_firstLook;
    QLineEdit* m_filter;
    QPushButton* m_add;
    QStackedWidget* m_pages;
    QTableView* m_table;
    QLabel* m_emptyText;
    QFrame* m_filterBar;
    QLabel* m_filterText;
    QPushButton* m_emptyAdd;
    RecordId m_current = 0;
};

} // namespace isms::app
