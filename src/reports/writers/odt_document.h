#pragma once
// The ODT writer's middle step: a ReportDocument as a QTextDocument (headings, paragraphs,
// tables with a header row, level cells in their colour with number and label, figures as
// images), which QTextDocumentWriter then writes as OpenDocument Text.

#include "domain/result.h"
#include "reports/report_document.h"
#include "reports/report_writer.h"

#include <QCoreApplication>
#include <QTextDocument>

#include <memory>

namespace isms::reports {

class OdtDocument {
    Q_DECLARE_TR_FUNCTIONS(isms::reports::OdtDocument)
public:
    // cancelledError() once progress.cancelled(); progress counts table rows of `total`.
    static Result<std::unique_ptr<QTextDocument>> build(const ReportDocument& document,
                                                        const WriteProgress& progress,
                                                        int total);
};

} // namespace isms::reports
