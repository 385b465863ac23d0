#include "app/commands/file_command.h"

#include "app/session/document_session.h"
#include "storage/isms_file.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUndoStack>

namespace isms::app {

FileCommand::FileCommand(DocumentSession& session, const QString& text)
    : QUndoCommand(text), m_session(session)
{
}

void FileCommand::redo()
{
    auto result = m_session.file().transaction([this] { return applyRedo(); });
    if (!result) {
        fail(result.error());
        return;
    }
    m_everDone = true;
}

void FileCommand::undo()
{
    auto result = m_session.file().transaction([this] { return applyUndo(); });
    if (!result)
        fail(result.error());
}

void FileCommand::fail(const Error& error)
{
    // The transaction rolled back, so the file is as it was before this call. An obsolete command
    // is dropped by QUndoStack (not pushed, or removed from the stack).
    setObsolete(true);
    m_session.reportFailure(text(), error);
    if (m_everDone) {
        // This command was applied once and the file now disagrees with what the commands around
        // it expect: start a fresh history rather than undo into an unknown state.
        QUndoStack* stack = m_session.undoStack();
        QTimer::singleShot(0, stack, [stack] { stack->clear(); });
    }
}

} // namespace isms::app
