// The registry of output formats: one line per writer.
#include "reports/report_writer.h"

#include "reports/writers/csv_writer.h"
#include "reports/writers/xlsx_writer.h"

namespace isms::reports {

const std::vector<const ReportWriter*>& reportWriters()
{
    static const XlsxWriter xlsx;
    static const CsvWriter csv;
    static const std::vector<const ReportWriter*> writers{
        &xlsx,
        &csv,
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
