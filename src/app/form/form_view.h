#pragma once
// What the detail pane needs of a record's form, whichever form it is: the generic one built
// from the register description (RecordForm) or a hand-built one (RiskForm). The window reaches
// a field's editor through it (Enter on a cell opens that field), so both name editors by key.

// Qt first: moc 6.4 fails on <compare> (from domain/date.h) when it is seen before Qt.
#include <QWidget>

#include "domain/value.h"

#include <string>

namespace isms::app {

class FieldEditor;

class FormView : public QWidget {
public:
    using QWidget::QWidget;

    virtual void showRecord(const std::string& registerKey, RecordId id) = 0;
    virtual void clear() = 0;
    virtual std::string registerKey() const = 0;
    virtual RecordId recordId() const = 0;
    // nullptr when the form has no editor for the field.
    virtual FieldEditor* editor(const std::string& fieldKey) const = 0;
};

} // namespace isms::app
