#pragma once
// The OpenDocument Text format, for Word and LibreOffice users: the report as a QTextDocument
// (OdtDocument) written by QTextDocumentWriter, then re-packed (canonicalOdfPackage) so that the
// same document gives the same bytes.

#include "reports/report_writer.h"

#include <QCoreApplication>

namespace isms::reports {

class OdtWriter final : public ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(isms::reports::OdtWriter)
public:
    QString key() const override;
    QString suffix() const override;
    QString displayName() const override;
    bool deterministic() const override;
    Result<void> write(const ReportDocument& document, const QString& path,
                       const WriteProgress& progress) const override;
};

} // namespace isms::reports
