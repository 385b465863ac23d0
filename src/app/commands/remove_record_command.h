#pragma once
// Removes a record with its links; undo restores it exactly (same id, ref, links, and the
// references to it that storage emptied).

#include "app/commands/file_command.h"
#include "storage/isms_file.h"

#include <optional>

namespace isms::app {

class RemoveRecordCommand : public FileCommand {
public:
    RemoveRecordCommand(DocumentSession& session, std::string registerKey, RecordId id,
                        const QString& text);

protected:
    Result<void> applyRedo() override;
    Result<void> applyUndo() override;

private:
    std::string m_registerKey;
    RecordId m_id = 0;
    std::optional<storage::Removed> m_removed;
};

} // namespace isms::app
