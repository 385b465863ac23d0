#pragma once
// The base of every edit: redo() and undo() each write through storage in one transaction, so the
// change log records the undo too. A write that fails is reported and never leaves the stack
// claiming a state the file is not in.

#include "domain/result.h"

#include <QUndoCommand>

namespace isms::app {

class DocumentSession;

class FileCommand : public QUndoCommand {
public:
    void redo() final;
    void undo() final;

protected:
    FileCommand(DocumentSession& session, const QString& text);
    virtual Result<void> applyRedo() = 0;
    virtual Result<void> applyUndo() = 0;

    DocumentSession& session() const { return m_session; }

private:
    void fail(const Error& error);

    DocumentSession& m_session;
    bool m_everDone = false;
};

} // namespace isms::app
