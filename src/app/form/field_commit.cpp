#include "app/form/field_commit.h"

#include "app/commands/set_fields_command.h"
#include "app/form/field_editor.h"
#include "app/session/document_session.h"
#include "storage/isms_file.h"

#include <QUndoStack>

namespace isms::app {

bool commitFieldEdit(DocumentSession& session, const std::string& registerKey, RecordId id,
                     const FieldDef& field, const FieldEditor& editor)
{
    if (session.isReadOnly() || field.computed || id == 0)
        return false;
    const RegisterDef& def = session.catalogue().get(registerKey);
    auto record = session.file().get(def, id);
    if (record && record->get(def, field.key) == editor.value())
        return false;
    session.undoStack()->push(
        SetFieldsCommand::create(session, registerKey, id, {{field.key, editor.value()}}));
    return true;
}

} // namespace isms::app
