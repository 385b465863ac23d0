#pragma once
// The record that Add creates: empty, except that every required field gets a starting value the
// user then edits in place ("New risk", the first option, today), because storage rightly refuses
// a record without them.

#include "domain/record.h"
#include "domain/result.h"

namespace isms::app {

class DocumentSession;

// Fails (with what to do) when a required reference has nothing to point at yet.
Result<Record> newRecordDraft(DocumentSession& session, const RegisterDef& def);

} // namespace isms::app
