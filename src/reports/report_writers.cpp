// The registry of output formats: one line per writer.
#include "reports/report_writer.h"

#include "reports/writers/csv_writer.h"
#include "reports/writers/odt_writer.h"
#include "reports/writers/pdf_writer.h"
#include "reports/writers/text_writer.h"
#include "reports/writers/xlsx_writer.h"

namespace isms::reports {

const std::vector<const ReportWriter*>& reportWriters()
{
    static const PdfWriter pdf;
    static const XlsxWriter xlsx;
    static const OdtWriter odt;
    static const CsvWriter csv;
    static const TextWriter text;
    static const std::vector<const ReportWriter*> writers{
        &pdf,
        &xlsx,
        &odt,
        &csv,
        &text,
    };
    return writers;
}

const ReportWriter* findReportWriter(const QString& keyOrSuffix)
{
    const QString wanted = keyOrSuffix.toLower();
    for (const auto* writer : reportWriters())
        if (writer->key() == wanted || writer->suffix() == wanted)
            return writer;
    return nullptr;
}

} // namespace isms::reports
