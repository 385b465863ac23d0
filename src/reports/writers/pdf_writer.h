#pragma once
// The PDF format: QPdfWriter pages laid out by PdfLayout, on the locale's paper, with a running
// header (organisation, report title, the file's last change) and a "Page N of M" footer.

#include "reports/report_writer.h"

#include <QCoreApplication>

namespace isms::reports {

class PdfWriter final : public ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(isms::reports::PdfWriter)
public:
    QString key() const override;
    QString suffix() const override;
    QString displayName() const override;
    bool deterministic() const override;
    Result<void> write(const ReportDocument& document, const QString& path,
                       const WriteProgress& progress) const override;
};

} // namespace isms::reports
