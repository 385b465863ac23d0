#pragma once
// The report as an Excel workbook (libxlsxwriter): a "Summary" sheet with the title, the facts
// of the header and every paragraph, key-value block and figure, then a sheet per table with a
// frozen header row, an autofilter, the columns' widths and wrapping, real dates and numbers,
// and level cells filled with their band's colour beside their number and label.
//
// The same document gives the same bytes: the workbook's creation date (docProps/core.xml and
// every zip entry's time) is the file's last change, never the clock.

#include "reports/report_writer.h"

#include <QCoreApplication>

namespace isms::reports {

class XlsxWriter final : public ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(isms::reports::XlsxWriter)

public:
    QString key() const override { return QStringLiteral("xlsx"); }
    QString suffix() const override { return QStringLiteral("xlsx"); }
    QString displayName() const override { return tr("Excel workbook"); }
    bool deterministic() const override { return true; }

    Result<void> write(const ReportDocument& document, const QString& path,
                       const WriteProgress& progress) const override;
};

// The sheet names the writer gives a document: "Summary", then one per table in document order,
// each made valid for Excel (at most 31 characters, none of []:*?/\, not starting or ending with
// an apostrophe, unique ignoring case). Exposed for the tests.
QStringList xlsxSheetNames(const ReportDocument& document);

} // namespace isms::reports
