#include "app/commands/set_methodology_command.h"

#include "app/session/document_session.h"
#include "storage/isms_file.h"

#include <QCoreApplication>

namespace isms::app {

SetMethodologyCommand::SetMethodologyCommand(DocumentSession& session, Methodology before,
                                             Methodology after, const QString& text)
    : FileCommand(session, text), m_before(std::move(before)), m_after(std::move(after))
{
}

Result<SetMethodologyCommand*> SetMethodologyCommand::create(DocumentSession& session,
                                                             Methodology after)
{
    auto before = session.file().methodology();
    if (!before)
        return before.error();
    return new SetMethodologyCommand(
        session, std::move(before.value()), std::move(after),
        QCoreApplication::translate("SetMethodologyCommand", "Change the risk methodology"));
}

Result<void> SetMethodologyCommand::applyRedo()
{
    return session().file().setMethodology(m_after);
}

Result<void> SetMethodologyCommand::applyUndo()
{
    return session().file().setMethodology(m_before);
}

} // namespace isms::app
