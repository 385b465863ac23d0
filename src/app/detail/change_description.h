#pragma once
// One change-log entry in words: "Owner: J. Smith → A. Jones". The log stores the changed fields
// as JSON objects (before, after); this reads them against the register's fields.

#include "storage/isms_file.h"

#include <QString>
#include <QStringList>

namespace isms::app {

class DocumentSession;

// One line per changed field, "Label: before → after"; for inserts and removals the action.
QStringList describeChange(DocumentSession& session, const storage::ChangeEntry& entry);
// "Created", "Changed", "Linked"...
QString actionName(const std::string& action);

} // namespace isms::app
