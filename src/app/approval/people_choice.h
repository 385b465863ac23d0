#pragma once
// The people register as a combo box's items ("Name (P-001)", the record id as item data), for
// the dialogs that ask who approved or performed something. Shared so every such picker reads
// the same way and sorts by name.

#include "domain/value.h"

class QComboBox;

namespace isms::app {

class DocumentSession;

// Appends one item per person, sorted by name; returns how many were added.
int addPeople(QComboBox& combo, DocumentSession& session);
// The person chosen, 0 for none (no item, or an item without a person such as "nobody named").
RecordId chosenPerson(const QComboBox& combo);

} // namespace isms::app
