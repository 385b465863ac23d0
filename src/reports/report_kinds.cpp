// The registry of report kinds: one line per builder.
#include "reports/report_kind.h"

#include "reports/builders/assessment_compare_report.h"
#include "reports/builders/criteria_report.h"
#include "reports/builders/soa_diff_report.h"
#include "reports/builders/risk_register_report.h"
#include "reports/builders/soa_report.h"
#include "reports/builders/treatment_plan_report.h"
#include "reports/builders/readiness_report.h"

#include <QCoreApplication>

namespace isms::reports {

namespace {
constexpr const char* kContext = "isms::reports::ReportKind";
}

QString ReportKind::translatedTitle() const
{
    return QCoreApplication::translate(kContext, title);
}

QString ReportKind::translatedSummary() const
{
    return QCoreApplication::translate(kContext, summary);
}

const std::vector<ReportKind>& reportKinds()
{
    using namespace builders;
    static const std::vector<ReportKind> kinds{
        {"readiness", QT_TRANSLATE_NOOP("isms::reports::ReportKind", "Audit readiness"),
         QT_TRANSLATE_NOOP("isms::reports::ReportKind",
                           "Clauses 4-10, mandatory documents, SoA, risks and heat maps, overdue items"),
         ::isms::reports::buildReadinessReport},
        soaKind(),
        riskRegisterKind(),
        treatmentPlanKind(),
        criteriaKind(),
        assessmentCompareKind(),
        soaDiffKind(),
    };
    return kinds;
}

const ReportKind* findReportKind(const QString& key)
{
    for (const auto& kind : reportKinds())
        if (QLatin1String(kind.key) == key)
            return &kind;
    return nullptr;
}

} // namespace isms::reports
