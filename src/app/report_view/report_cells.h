#pragma once
// How the window shows a report's cell: like cellText(), but a date in the user's locale (the
// writers use ISO 8601 so that files compare; a screen is read by a person).

#include "reports/report_document.h"

#include <QString>

namespace isms::app {

QString displayText(const reports::Cell& cell);

// The record a cell refers to, or nullptr.
const reports::RecordCell* recordOf(const reports::Cell& cell);

} // namespace isms::app
