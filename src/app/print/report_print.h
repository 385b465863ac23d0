#pragma once
// File › Print… and Print Preview…: a ReportDocument laid out on a printer (or any paged device).
// Until the PDF writer offers its painter for any QPagedPaintDevice, the window prints through a
// QTextDocument built here: headings, paragraphs, key-value lists, tables with a header row that
// repeats on each page, levels as their number and label on their colour, heat maps as coloured
// grids and bar charts as rows of values.

#include "reports/report_document.h"

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace isms::app {

// The document as rich text, with its header facts (organisation, last change) under the title.
std::unique_ptr<QTextDocument> reportTextDocument(const reports::ReportDocument& document);

// Lays `document` out on `device` (a QPrinter from the print or preview dialog).
void printReport(const reports::ReportDocument& document, QPagedPaintDevice& device);

} // namespace isms::app
