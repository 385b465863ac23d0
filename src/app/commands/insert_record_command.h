#pragma once
// Adds a record (Add, Duplicate). Undo removes it; redo puts back exactly what undo removed, with
// the same id and ref, so later commands that name the record stay valid.

#include "app/commands/file_command.h"
#include "domain/record.h"
#include "storage/isms_file.h"

#include <optional>

namespace isms::app {

class InsertRecordCommand : public FileCommand {
public:
    InsertRecordCommand(DocumentSession& session, std::string registerKey, Record record,
                        const QString& text);

    // The stored record's id after the first redo (0 when it failed).
    RecordId insertedId() const { return m_record.id; }

protected:
    Result<void> applyRedo() override;
    Result<void> applyUndo() override;

private:
    std::string m_registerKey;
    Record m_record;
    std::optional<storage::Removed> m_removed;
};

} // namespace isms::app
