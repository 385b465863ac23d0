#pragma once
// One auditor note, written or changed: finding type, clause or control, the record it concerns,
// what was found and the evidence sampled. Plain keyboard order; OK only with a type and text.

#include "storage/audit_notes.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace isms::app {

class NoteEditorDialog : public QDialog {
    Q_OBJECT

public:
    NoteEditorDialog(const Catalogue& catalogue, const storage::AuditNote& note, QWidget* parent = nullptr);

    // The note as edited (id, author and times as given).
    storage::AuditNote note() const;

    QComboBox* typeBox() const { return m_type; }
    QLineEdit* clauseEdit() const { return m_clause; }
    QComboBox* registerBox() const { return m_register; }
    QLineEdit* refEdit() const { return m_ref; }
    QPlainTextEdit* textEdit() const { return m_text; }
    QPlainTextEdit* evidenceEdit() const { return m_evidence; }

private:
    void updateOk();

    storage::AuditNote m_note;
    QComboBox* m_type;
    QLineEdit* m_clause;
    QComboBox* m_register;
    QLineEdit* m_ref;
    QPlainTextEdit* m_text;
    QPlainTextEdit* m_evidence;
    QDialogButtonBox* m_buttons;
};

} // namespace isms::app
