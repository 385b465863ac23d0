#pragma once
// Links two records, or unlinks them; undo does the opposite.

#include "app/commands/file_command.h"
#include "domain/link.h"

namespace isms::app {

class LinkCommand : public FileCommand {
public:
    enum class Action { Link, Unlink };
    LinkCommand(DocumentSession& session, Action action, Link link, const QString& text);

protected:
    Result<void> applyRedo() override { return apply(m_action); }
    Result<void> applyUndo() override
    {
        return apply(m_action == Action::Link ? Action::Unlink : Action::Link);
    }

private:
    Result<void> apply(Action action);

    Action m_action;
    Link m_link;
};

} // namespace isms::app
