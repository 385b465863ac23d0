#pragma once
// The menu of a register table's rows (right click, Shift+F10 or the Menu key): Open, Duplicate,
// Delete, Approve Treatment (risks only), Copy Reference, Copy as Text and Follow Link.
// Duplicate and Delete call the same RegisterView verbs as the Edit menu, so they go through the
// same confirmation and the same undoable commands; Approve Treatment opens the Edit menu's dialog.

// Qt first: moc 6.4 fails on <compare> (from domain/date.h) when it is seen before Qt.
#include <QList>
#include <QString>

#include "domain/value.h"

#include <string>
#include <vector>

class QMenu;
class QTableView;
class QWidget;

namespace isms::app {

class DocumentSession;
class RegisterView;

// Tab-separated text of the table's `rows`, under a header line: the visible columns in the
// order shown, each cell as displayed. Tabs and line breaks inside a value become spaces, so the
// text pastes into a spreadsheet one record per line.
QString rowsAsText(const QTableView& table, const QList<int>& rows);

// One record at the other end of a link, labelled as the links pane labels it.
struct LinkedRecord {
    QString label;  // "Treated by control: A.8.13 Information backup"
    QString registerKey;
    RecordId id = 0;
};
std::vector<LinkedRecord> linkedRecords(DocumentSession& session, const std::string& registerKey,
                                        RecordId id);

// The menu for the view's current record (nullptr when there is none); the caller owns it.
QMenu* createRecordContextMenu(RegisterView& view, DocumentSession& session, QWidget* parent);

} // namespace isms::app
