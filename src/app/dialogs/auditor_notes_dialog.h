#pragma once
// The auditor's notes on a read-only audit copy: a list of the notes in the notes file beside the
// copy, with Add, Edit and Delete for the auditor's own notes. The copy is never written.

#include "storage/audit_notes.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace isms::app {

class AuditorNotesDialog : public QDialog {
    Q_OBJECT

public:
    AuditorNotesDialog(std::unique_ptr<storage::AuditNotes> notes, const Catalogue& catalogue,
                       QWidget* parent = nullptr);
    ~AuditorNotesDialog() override;

    // Where the notes of `copy` are kept: COPY.notes, or (when that does not exist yet and the
    // copy's folder is not writable) a place the user chooses; empty when they cancel.
    static QString notesPathFor(const QString& copy, QWidget* parent);

    // What the buttons do, without the editor dialog (for tests and scripting). False after
    // showing why not in the dialog's message line.
    bool addNote(const storage::AuditNote& note);
    bool updateNote(const storage::AuditNote& note);
    bool deleteNote(const std::string& id);
    const std::vector<storage::AuditNote>& notes() const { return m_list; }

    QTableWidget* table() const { return m_table; }
    QLabel* messageLine() const { return m_message; }
    QString notesFile() const;

private:
    void reload();
    void addWithEditor();
    void editCurrent();
    void deleteCurrent();
    void updateButtons();
    const storage::AuditNote* current() const;
    bool report(const Error& error);

    std::unique_ptr<storage::AuditNotes> m_notes;
    const Catalogue& m_catalogue;
    std::vector<storage::AuditNote> m_list;
    QTableWidget* m_table;
    QLabel* m_message;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_delete;
};

} // namespace isms::app
