#pragma once
// Auditor notes in the window: the notes dialog for an open audit copy (File > Auditor Notes,
// and the read-only banner's button) and File > Merge Auditor Notes for a working file.

#include "domain/result.h"
#include "storage/audit_notes.h"

#include <QString>

#include <memory>

class QWidget;

namespace isms::app {

class DocumentSession;
class MessagePresenter;

// The notes file at `notesPath` for the audit copy open in `session`, made when missing.
Result<std::unique_ptr<storage::AuditNotes>> openNotesFor(DocumentSession& session, const QString& notesPath);

// Asks where the notes are kept only when the copy's folder is not writable.
void showAuditorNotes(DocumentSession& session, MessagePresenter& messages, QWidget* parent);
// Asks for the notes file, then shows the merge dialog and says what was merged.
void mergeAuditorNotes(DocumentSession& session, MessagePresenter& messages, QWidget* parent);

} // namespace isms::app
