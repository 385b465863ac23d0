#pragma once
// In-place editing in a register table (F2) with the same editors as the form: enums, references
// and scales as combos, dates that can be empty. The delegate hands the value to the model,
// whose setData pushes the undo command.

#include <QStyledItemDelegate>

namespace isms::app {

class DocumentSession;

class FieldDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    FieldDelegate(DocumentSession& session, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    DocumentSession& m_session;
};

} // namespace isms::app
