#include "app/commands/remove_record_command.h"

#include "app/session/document_session.h"

namespace isms::app {

RemoveRecordCommand::RemoveRecordCommand(DocumentSession& session, std::string registerKey,
                                         RecordId id, const QString& text)
    : FileCommand(session, text), m_registerKey(std::move(registerKey)), m_id(id)
{
}

Result<void> RemoveRecordCommand::applyRedo()
{
    const RegisterDef& def = session().catalogue().get(m_registerKey);
    auto removed = session().file().remove(def, m_id);
    if (!removed)
        return removed.error();
    m_removed = std::move(removed.value());
    return Ok{};
}

Result<void> RemoveRecordCommand::applyUndo()
{
    if (!m_removed)
        return makeError(ErrorCode::Internal, "Nothing to restore: the removal never happened.");
    const RegisterDef& def = session().catalogue().get(m_registerKey);
    auto restored = session().file().restore(def, *m_removed);
    if (!restored)
        return restored.error();
    return Ok{};
}

} // namespace isms::app
