#include "app/views/field_delegate.h"

#include "app/form/field_editor.h"
#include "app/models/register_table_model.h"
#include "app/session/value_convert.h"

namespace isms::app {

namespace {
const FieldDef* fieldOf(const QModelIndex& index)
{
    const auto* model = qobject_cast<const RegisterTableModel*>(index.model());
    return model ? model->fieldAt(index.column()) : nullptr;
}
} // namespace

FieldDelegate::FieldDelegate(DocumentSession& session, QObject* parent)
    : QStyledItemDelegate(parent), m_session(session)
{
}

QWidget* FieldDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const
{
    const FieldDef* field = fieldOf(index);
    if (!field || field->type == FieldType::Boolean || field->type == FieldType::LongText)
        return QStyledItemDelegate::createEditor(parent, option, index);
    FieldEditor* editor = createFieldEditor(m_session, *field, parent);
    editor->setAutoFillBackground(true);
    auto* self = const_cast<FieldDelegate*>(this);
    connect(editor, &FieldEditor::edited, self, [self, editor] {
        emit self->commitData(editor);
        emit self->closeEditor(editor, QAbstractItemDelegate::NoHint);
    });
    return editor;
}

void FieldDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* fieldEditor = qobject_cast<FieldEditor*>(editor);
    const FieldDef* field = fieldOf(index);
    if (!fieldEditor || !field) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    fieldEditor->setValue(fromVariant(index.data(RegisterTableModel::ValueRole), field->type));
}

void FieldDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                 const QModelIndex& index) const
{
    auto* fieldEditor = qobject_cast<FieldEditor*>(editor);
    if (!fieldEditor) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    model->setData(index, toVariant(fieldEditor->value()), Qt::EditRole);
}

} // namespace isms::app
