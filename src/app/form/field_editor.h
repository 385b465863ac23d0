#pragma once
// The editor for one field, chosen by its FieldType, shared by the record form and the table's
// in-place editing: text -> line edit, long text -> plain text edit, enum -> labels in a combo,
// date -> typed date with a calendar and Clear, reference -> the target register's records,
// likelihood and impact -> the methodology's scale, level -> a read-only coloured label.
//
// Read-only (a read-only window, an audit copy, a computed or locked field) is readable,
// selectable text, never a greyed-out disabled widget: an auditor reads all day.

#include "domain/field.h"
#include "domain/value.h"

#include <QWidget>

class QLineEdit;

namespace isms::app {

class DocumentSession;

class FieldEditor : public QWidget {
    Q_OBJECT

public:
    FieldEditor(DocumentSession& session, const FieldDef& field, QWidget* parent);
    virtual Value value() const = 0;
    // What the user is looking at: value(), or the item under the cursor in a choice's open
    // list (not chosen, not written). For live previews; they follow changing().
    virtual Value previewValue() const { return value(); }
    virtual void setValue(const Value& value) = 0;
    // The one way to lock an editor (read-only files, computed fields, fixed Annex A texts).
    // The value stays enabled, selectable text; nothing typed or chosen is written.
    virtual void setReadOnly(bool readOnly) = 0;
    bool isReadOnly() const { return m_readOnly; }
    // Reloads choices that come from the file (references, scales).
    virtual void reloadChoices() {}

signals:
    // The user finished an edit (Enter, focus left, an item chosen): time to write it.
    void edited();
    // The shown or previewed value changed, written or not yet (a combo moved with the keyboard,
    // an item of its open list under the cursor): for live previews such as a risk's level.
    // Only choice editors send it today.
    void changing();

protected:
    DocumentSession& session() const { return m_session; }
    const FieldDef& field() const { return m_field; }
    // For editors whose input cannot itself be read-only (combos, spin boxes): read-only shows
    // a read-only line edit with the value as the table shows it, in place of `input`.
    void showAsText(QWidget* input, bool readOnly);
    // Keeps that text in step with the value (call from setValue).
    void updateShownText(const Value& value);
    void markReadOnly(bool readOnly) { m_readOnly = readOnly; }

private:
    DocumentSession& m_session;
    const FieldDef& m_field;
    QLineEdit* m_text = nullptr;
    bool m_readOnly = false;
};

FieldEditor* createFieldEditor(DocumentSession& session, const FieldDef& field,
                               QWidget* parent = nullptr);

} // namespace isms::app
