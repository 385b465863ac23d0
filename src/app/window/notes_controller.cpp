#include "app/window/notes_controller.h"

#include "app/session/value_convert.h"

#include "app/dialogs/auditor_notes_dialog.h"
#include "app/dialogs/merge_notes_dialog.h"
#include "app/dialogs/message_presenter.h"
#include "app/session/document_session.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QObject>

namespace isms::app {

Result<std::unique_ptr<storage::AuditNotes>> openNotesFor(DocumentSession& session, const QString& notesPath)
{
    return storage::AuditNotes::openForCopy(session.file().path(), fsPath(notesPath), session.clock(),
                                            session.file().author());
}

void showAuditorNotes(DocumentSession& session, MessagePresenter& messages, QWidget* parent)
{
    const QString path = AuditorNotesDialog::notesPathFor(session.filePath(), parent);
    if (path.isEmpty())
        return;
    auto notes = openNotesFor(session, path);
    if (!notes) {
        messages.error(QObject::tr("Cannot keep notes there"), QString::fromStdString(notes.error().message));
        return;
    }
    AuditorNotesDialog dialog(std::move(*notes), session.catalogue(), parent);
    dialog.exec();
}

void mergeAuditorNotes(DocumentSession& session, MessagePresenter& messages, QWidget* parent)
{
    const QString path = QFileDialog::getOpenFileName(parent, QObject::tr("Merge Auditor Notes"),
                                                      QFileInfo(session.filePath()).absolutePath(),
                                                      QObject::tr("Auditor notes (*.notes)"));
    if (path.isEmpty())
        return;
    MergeNotesDialog dialog(session, path, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    messages.information(QObject::tr("Auditor notes merged"), dialog.lastSummary());
}

} // namespace isms::app
