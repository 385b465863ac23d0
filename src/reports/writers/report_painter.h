#pragma once
// A ReportDocument painted on any paged device: the PDF writer's QPdfWriter and the window's
// QPrinter (File › Print…, Print Preview…) share one layout, so a printed SoA and an exported
// one have the same pages, headers and "Page N of M".

#include "domain/result.h"
#include "reports/report_document.h"
#include "reports/report_writer.h"

#include <QPageSize>

class QPagedPaintDevice;

namespace isms::reports {

// Paginates `document` on `pageSize` pages (portrait, and landscape for wide tables) at the
// device's `resolution` in dots per inch, then paints every page. Fails only when the device
// cannot be painted on, or with cancelledError() once `progress` is cancelled.
Result<void> paintReport(const ReportDocument& document, QPagedPaintDevice& device,
                         const QPageSize& pageSize, int resolution,
                         const WriteProgress& progress = {});

} // namespace isms::reports
