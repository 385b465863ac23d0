#pragma once
// The report kind a place in the window exports and prints: the dashboard its readiness, the
// Statement of Applicability register the SoA, and so on; empty where a page has no report.
// The one place this is decided until pages say it themselves (Page::reportKind()); then this
// function goes and the export controller asks the current page.

#include "app/window/navigation_history.h"

#include <QString>

namespace isms::app {

QString reportKindForLocation(const Location& location);

} // namespace isms::app
