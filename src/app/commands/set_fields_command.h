#pragma once
// Changes some fields of one record. Consecutive edits of the same field of the same record merge
// into one step, so typing into a field and tabbing through does not fill the undo history.

#include "app/commands/file_command.h"
#include "domain/value.h"

#include <map>
#include <string>

namespace isms::app {

class SetFieldsCommand : public FileCommand {
public:
    using FieldValues = std::map<std::string, Value>;

    // `before` holds the current value of every field in `after`.
    SetFieldsCommand(DocumentSession& session, std::string registerKey, RecordId id,
                     FieldValues before, FieldValues after, const QString& text);
    // Reads the current values from the file; the caller gives only the new ones.
    static SetFieldsCommand* create(DocumentSession& session, const std::string& registerKey,
                                    RecordId id, FieldValues after, const QString& text = {});

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

protected:
    Result<void> applyRedo() override { return write(m_after); }
    Result<void> applyUndo() override { return write(m_before); }

private:
    Result<void> write(const FieldValues& values);

    std::string m_registerKey;
    RecordId m_id = 0;
    FieldValues m_before;
    FieldValues m_after;
};

} // namespace isms::app
