#include "app/commands/insert_record_command.h"

#include "app/session/document_session.h"

namespace isms::app {

InsertRecordCommand::InsertRecordCommand(DocumentSession& session, std::string registerKey,
                                         Record record, const QString& text)
    : FileCommand(session, text), m_registerKey(std::move(registerKey)), m_record(std::move(record))
{
}

Result<void> InsertRecordCommand::applyRedo()
{
    const RegisterDef& def = session().catalogue().get(m_registerKey);
    auto stored = m_removed ? session().file().restore(def, *m_removed)
                            : session().file().insert(def, m_record);
    if (!stored)
        return stored.error();
    m_record = std::move(stored.value());
    return Ok{};
}

Result<void> InsertRecordCommand::applyUndo()
{
    const RegisterDef& def = session().catalogue().get(m_registerKey);
    auto removed = session().file().remove(def, m_record.id);
    if (!removed)
        return removed.error();
    m_removed = std::move(removed.value());
    return Ok{};
}

} // namespace isms::app
