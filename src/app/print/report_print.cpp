#include "app/print/report_print.h"

#include "reports/writers/report_painter.h"

#include <QPagedPaintDevice>

namespace isms::app {

Result<void> printReport(const reports::ReportDocument& document, QPagedPaintDevice& device)
{
    // The printer's own paper (the print dialog may have changed it), at its own resolution.
    return reports::paintReport(document, device, device.pageLayout().pageSize(),
                                device.logicalDpiY());
}

} // namespace isms::app
