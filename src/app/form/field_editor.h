#pragma once
// The editor for one field, chosen by its FieldType, shared by the record form and the table's
// in-place editing: text -> line edit, long text -> plain text edit, enum -> labels in a combo,
// date -> date edit that can be empty, reference -> the target register's records, likelihood and
// impact -> the methodology's scale, level -> a read-only coloured label.

#include "domain/field.h"
#include "domain/value.h"

#include <QWidget>

namespace isms::app {

class DocumentSession;

class FieldEditor : public QWidget {
    Q_OBJECT

public:
    using QWidget::QWidget;
    virtual Value value() const = 0;
    virtual void setValue(const Value& value) = 0;
    virtual void setReadOnly(bool readOnly) = 0;
    // Reloads choices that come from the file (references, scales).
    virtual void reloadChoices() {}

signals:
    // The user finished an edit (Enter, focus left, an item chosen): time to write it.
    void edited();
};

FieldEditor* createFieldEditor(DocumentSession& session, const FieldDef& field,
                               QWidget* parent = nullptr);

} // namespace isms::app
