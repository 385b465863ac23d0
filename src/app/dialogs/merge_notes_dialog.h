#pragma once
// File > Merge Auditor Notes: the chosen notes file becomes findings of an audit the user picks
// from the audits register. The dialog previews how many notes become findings (a dry run of
// the very merge) before anything is written; the merge itself is all or nothing.

#include "storage/audit_notes.h"

#include <QDialog>

#include <filesystem>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace isms::app {

class DocumentSession;

class MergeNotesDialog : public QDialog {
    Q_OBJECT

public:
    MergeNotesDialog(DocumentSession& session, const QString& notesPath, QWidget* parent = nullptr);

    QComboBox* auditBox() const { return m_audit; }
    QLabel* preview() const { return m_preview; }
    bool canMerge() const;
    // Merges into the chosen audit; the report, or nullopt after showing why not.
    std::optional<storage::NotesMergeReport> merge();
    // What the merge did, in a sentence or two.
    static QString summary(const storage::NotesMergeReport& report);
    // The summary of the merge this dialog made ("" before).
    const QString& lastSummary() const { return m_summary; }

private:
    void updatePreview();

    DocumentSession& m_session;
    std::filesystem::path m_notes;
    QComboBox* m_audit;
    QLabel* m_preview;
    QDialogButtonBox* m_buttons;
    bool m_mergeable = false;
    QString m_summary;
};

} // namespace isms::app
