#pragma once
// Writing one finished field edit, the same way from every form: nothing for a read-only file,
// a computed field or an unchanged value; otherwise one SetFieldsCommand on the undo stack
// (which merges with the previous edit of the same field, and reports a refused write).

#include "domain/value.h"

#include <string>

namespace isms {
struct FieldDef;
}

namespace isms::app {

class DocumentSession;
class FieldEditor;

// True when a command was pushed: the form should then show the file again, because a refused
// write leaves the file as it was and the form must show that, not what was typed.
bool commitFieldEdit(DocumentSession& session, const std::string& registerKey, RecordId id,
                     const FieldDef& field, const FieldEditor& editor);

} // namespace isms::app
