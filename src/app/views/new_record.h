#pragma once
// The record that Add creates: empty, except what storage cannot do without and what the register
// says a new record starts with. Required text gets "New risk", required scales their first level,
// dates marked "defaults to today" (and required dates) today. Nothing else is assumed: a new
// finding has no type until one is chosen. A required reference (a corrective action's
// nonconformity) comes from the record the user came from, or the caller's chooser asks the user.

#include "domain/record.h"
#include "domain/result.h"

#include <functional>
#include <optional>
#include <string>

namespace isms::app {

class DocumentSession;

// Where the user asked for a new record: the record they came from (any register; the
// nonconformity whose corrective actions they opened) and the record of the new one's own
// register they were on (another action of the same nonconformity). Either may be empty.
struct DraftOrigin {
    std::string registerKey;
    RecordId id = 0;
    RecordId sibling = 0;
};

// Asks which record of `target` a required reference of the new record points at; nullopt when
// the user declines. Without one (and without an origin that answers) the first record is taken.
using ReferenceChooser =
    std::function<std::optional<RecordId>(const RegisterDef& def, const FieldDef& field,
                                          const RegisterDef& target)>;

// Fails (with what to do) when a required reference has nothing to point at yet, or the user
// chose nothing.
Result<Record> newRecordDraft(DocumentSession& session, const RegisterDef& def,
                              const DraftOrigin& origin = {}, ReferenceChooser choose = {});

} // namespace isms::app
