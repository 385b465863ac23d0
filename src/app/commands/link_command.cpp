#include "app/commands/link_command.h"

#include "app/session/document_session.h"
#include "storage/isms_file.h"

namespace isms::app {

LinkCommand::LinkCommand(DocumentSession& session, Action action, Link link, const QString& text)
    : FileCommand(session, text), m_action(action), m_link(std::move(link))
{
}

Result<void> LinkCommand::apply(Action action)
{
    const LinkDef* def = session().catalogue().findLink(m_link.link);
    if (!def)
        return makeError(ErrorCode::Invalid, "Unknown link type \"" + m_link.link + "\".");
    return action == Action::Link
               ? session().file().link(*def, m_link.fromId, m_link.toRegister, m_link.toId)
               : session().file().unlink(*def, m_link.fromId, m_link.toRegister, m_link.toId);
}

} // namespace isms::app
