#pragma once
// A date typed as text, in the user's locale (its short format, with a four-digit year) or as ISO
// yyyy-MM-dd, with a calendar that opens at the date or at today and a Clear button. Text that is
// not a date is never written: an inline message says how to type it.

#include <QDate>
#include <QString>

#include <optional>

namespace isms {
struct FieldDef;
}

namespace isms::app {

class DocumentSession;
class FieldEditor;

FieldEditor* createDateEditor(DocumentSession& session, const FieldDef& field, QWidget* parent);

// The locale's short date format with a four-digit year ("dd/MM/yyyy"): two-digit years would
// read 26 as 1926.
QString dateEntryFormat();
// Empty text -> an invalid QDate (no date); text that is not a date -> nullopt.
std::optional<QDate> parseDateEntry(const QString& text);

} // namespace isms::app
