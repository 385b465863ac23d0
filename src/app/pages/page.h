#pragma once
// A screen of the workspace (a register, the dashboard, the risk methodology): what the
// navigation shows for it, which of the window's actions it supports, the state it keeps between
// sessions and the report it exports. The workspace and the main window deal with pages only
// through this interface, so a new screen needs no edit there (docs/decisions.md, "Adding a
// screen").

#include "domain/field_condition.h"
#include "domain/value.h"

#include <QByteArray>
#include <QFlags>
#include <QString>
#include <QWidget>

#include <optional>
#include <vector>

namespace isms {
struct IsmsData;
}
namespace isms::storage {
struct Change;
}

namespace isms::app {

// The window's actions a page can serve. Editing actions change the file: the window enables
// them only when the file is writable, whatever the page says.
enum class PageAction : unsigned {
    NewRecord = 1U << 0,  // Edit › Add Record
    Duplicate = 1U << 1,  // Edit › Duplicate Record
    Delete = 1U << 2,     // Edit › Delete Record
    EditCell = 1U << 3,   // Edit › Edit Cell
    Attach = 1U << 4,     // Edit › Attach Evidence (to the record in the detail pane)
    Find = 1U << 5,       // Edit › Filter
    Export = 1U << 6,     // export the page's report (reportKind())
    Print = 1U << 7,      // print the page's report
};
Q_DECLARE_FLAGS(PageActions, PageAction)
Q_DECLARE_OPERATORS_FOR_FLAGS(PageActions)

// The actions that write to the file.
inline constexpr PageActions kEditingActions = PageActions(PageAction::NewRecord)
                                               | PageAction::Duplicate | PageAction::Delete
                                               | PageAction::EditCell | PageAction::Attach;

// What the navigation shows for a page and where.
struct PageInfo {
    // The navigation and history key. A page of a register's records has the register's key
    // (its records are shown in the detail pane under it); the dashboard's is empty, so the
    // default Location is the dashboard; other pages' keys start with '@' (no register's does).
    QString key;
    QString title;    // translated
    QString group;    // the navigation heading it sits under; empty: an entry of its own
    QString clause;   // ISO/IEC 27001 clause(s), "6.1.2"; may be empty
    QString toolTip;  // translated: what the page is for
    QString icon;     // an icon of ui/icons ("view-dashboard") beside its entry; empty for none
};

// A register's rows narrowed to what another screen pointed at (the risks of a heat map's cell).
// The register page shows `description` above its table until the user clears it.
struct RecordFilter {
    QString description;  // translated: which rows these are
    std::vector<isms::FieldCondition> conditions;
    // When given, only these records (rows a page picked by a rule SQL cannot see, such as the
    // SoA's controls with a problem), on top of `conditions`.
    std::optional<std::vector<isms::RecordId>> onlyIds;
};

class Page : public QWidget {
    Q_OBJECT

public:
    explicit Page(PageInfo info, QWidget* parent = nullptr);

    const PageInfo& info() const { return m_info; }
    QString key() const { return m_info.key; }

    // The actions it can serve now (a register's Duplicate only with a record selected).
    virtual PageActions actions() const = 0;
    // Does one of actions(); anything else is ignored.
    virtual void trigger(PageAction action);

    // Whether the record details pane stands beside the page.
    virtual bool showsRecordDetail() const { return false; }
    // Selects record `id` of the page's register; false when it is not there (or the page
    // has no records).
    virtual bool selectRecord(qint64 id);
    // The record selected now; 0 for none.
    virtual qint64 currentRecord() const { return 0; }

    // State kept between sessions (column layout, splitters); empty for none. The workspace
    // stores it under stateKey() when the page closes and gives it back when it is made.
    virtual QByteArray saveState() const { return {}; }
    virtual void restoreState(const QByteArray& state);
    virtual QString stateKey() const;

    // The report kind (reports/report_kind.h, e.g. "soa") Export and Print make here; empty
    // for none.
    virtual QString reportKind() const { return {}; }

    // Shows only the rows `filter` picks, and says so; false when the page has no rows to filter.
    virtual bool applyFilter(const RecordFilter& filter);

    // The whole file as the workspace keeps it in memory (live_isms_data.h), for a page that
    // shows what the rules find across registers (the SoA's reasons and problems). Called when
    // the page is made (once the data is read) and after every transaction, with what it
    // changed; `changes` is null when the whole file was read again. The data outlives the call
    // only until the next one. Most pages read their own records and ignore it.
    virtual void liveDataChanged(const IsmsData& data, const std::vector<storage::Change>* changes);

signals:
    // actions() may have changed.
    void actionsChanged();
    // The user selected record `id` (0: none) of `registerKey` on the page.
    void currentRecordChanged(const QString& registerKey, qint64 id);
    // The user asked to go to a record, or to another page.
    void recordActivated(const QString& registerKey, qint64 id);
    void pageRequested(const QString& key);
    // ... or to the page `key` with only the rows `filter` picks.
    void filteredPageRequested(const QString& key, const isms::app::RecordFilter& filter);

private:
    PageInfo m_info;
};

} // namespace isms::app
