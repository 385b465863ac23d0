#include "app/form/field_rows.h"
#include "reports/domain_text.h"

#include "app/form/field_editor.h"
#include "domain/field.h"

#include <QFormLayout>
#include <QLabel>

namespace isms::app {

QString fieldCaption(const FieldDef& field)
{
    QString label = reports::domainText(field.label);
    if (field.required)
        label += QStringLiteral(" *");
    return label;
}

QLabel* addFieldRow(QFormLayout* layout, const FieldDef& field, FieldEditor* editor)
{
    if (field.type == FieldType::Boolean) {
        // The check box carries its own label and spans the row: in the field column a long
        // label wrapped some rows and not others, so the boxes stood in two columns.
        layout->addRow(editor);
        return nullptr;
    }
    auto* caption = new QLabel(fieldCaption(field), layout->parentWidget());
    caption->setBuddy(editor);
    caption->setToolTip(reports::domainText(field.help));
    if (field.type == FieldType::LongText) {
        // Paragraphs (a justification, a root cause) read at the form's full width, their
        // caption above them, instead of a narrow box beside it.
        layout->addRow(caption);
        layout->addRow(editor);
        return caption;
    }
    layout->addRow(caption, editor);
    return caption;
}

} // namespace isms::app
