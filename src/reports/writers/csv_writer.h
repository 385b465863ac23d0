#pragma once
// The report's tables as CSV, for a spreadsheet or a script. Only tables: paragraphs, key-value
// blocks and figures have no place in rows and columns (the XLSX writer keeps them on its
// Summary sheet). Each cell is its plain text (cellText()), defused as the register CSV export
// defuses it (content/csv_formula.h), quoted and ended with CRLF as content::csvLine() writes
// RFC 4180, UTF-8 without a byte order mark, like the register export.
//
// One table gives a plain CSV: a header row of column titles, then the rows, so it opens and
// imports as it is. Several tables give each one preceded by a line holding its name alone,
// with a blank line between tables: a spreadsheet shows them one under the other, and a script
// splits the file at the blank lines. A blank line never occurs inside a table: a row of one
// empty cell is written as "" (a quoted empty cell), which reads back as the same empty cell.

#include "reports/report_writer.h"

#include <QCoreApplication>

#include <string>

namespace isms::reports {

class CsvWriter final : public ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(isms::reports::CsvWriter)

public:
    QString key() const override { return QStringLiteral("csv"); }
    QString suffix() const override { return QStringLiteral("csv"); }
    QString displayName() const override { return tr("CSV table"); }
    bool deterministic() const override { return true; }

    Result<void> write(const ReportDocument& document, const QString& path,
                       const WriteProgress& progress) const override;
};

// The bytes CsvWriter writes, or cancelledError() once progress is cancelled.
Result<std::string> csvReportText(const ReportDocument& document, const WriteProgress& progress);

} // namespace isms::reports
