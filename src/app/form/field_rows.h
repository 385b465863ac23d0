#pragma once
// How a field's editor sits in a form layout, shared by the generic form and the "Other" section
// of hand-built forms, so a field looks the same wherever it is shown.

#include <QString>

class QFormLayout;
class QLabel;

namespace isms {
struct FieldDef;
}

namespace isms::app {

class FieldEditor;

// Adds `editor` as a row: a check box spans the row with its own label, a paragraph sits below
// its caption at the full width, anything else beside its caption. Returns the caption (nullptr
// for a check box).
QLabel* addFieldRow(QFormLayout* layout, const FieldDef& field, FieldEditor* editor);

// The caption of a field as forms show it: its label, with " *" when it is required.
QString fieldCaption(const FieldDef& field);

} // namespace isms::app
