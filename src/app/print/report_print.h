#pragma once
// File › Print… and Print Preview…: a ReportDocument on a printer (or any paged device), through
// the same layout as the PDF writer (reports::paintReport), on the paper the printer is set to.

#include "domain/result.h"
#include "reports/report_document.h"

class QPagedPaintDevice;

namespace isms::app {

Result<void> printReport(const reports::ReportDocument& document, QPagedPaintDevice& device);

} // namespace isms::app
