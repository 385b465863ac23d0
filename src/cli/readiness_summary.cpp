#include "cli/readiness_summary.h"

#include "domain/overdue.h"
#include "domain/readiness.h"
#include "domain/risk_flags.h"
#include "domain/soa_rules.h"

namespace isms::cli {

Result<std::string> readinessSummary(const storage::IsmsFile& file)
{
    auto data = file.loadAll();
    if (!data)
        return data.error();
    const Date today = file.clock().today();

    const auto readiness = auditReadiness(*data, today);
    std::string text = "Readiness:\n";
    text += "  checklist:   " + std::to_string(readiness.met) + " of "
        + std::to_string(readiness.requirements) + " requirements met ("
        + std::to_string(readiness.percentMet) + "%)\n";
    text += "  mandatory documented information: " + std::to_string(readiness.mandatoryPresent)
        + " of " + std::to_string(readiness.mandatory.size()) + " present\n";
    for (const auto& item : readiness.mandatory)
        if (item.presence != Presence::Present)
            text += "    " + std::string(item.presence == Presence::Missing ? "missing: " : "partial: ")
                + item.clause + " " + item.title + "\n";

    const auto soa = soaCompleteness(*data);
    const auto inconsistencies = soaInconsistencies(*data);
    text += "  SoA:         " + std::to_string(soa.decided) + " of " + std::to_string(soa.controls)
        + " controls decided, " + std::to_string(soa.justified) + " justified, "
        + std::to_string(inconsistencies.size()) + " inconsistent with the risks\n";

    const auto flags = riskFlags(*data);
    int unaccepted = 0;
    for (const auto& flag : flags)
        unaccepted += flag.kind == RiskFlagKind::AboveThresholdUnaccepted
            || flag.kind == RiskFlagKind::RetainedWithoutAcceptance;
    text += "  risks:       " + std::to_string(flags.size()) + " need attention ("
        + std::to_string(unaccepted) + " above the acceptance criteria without acceptance)\n";

    const auto due = dueItems(*data, today);
    text += "  overdue:     " + std::to_string(due.overdue.size());
    std::string byRegister;
    for (const auto& [key, count] : due.overdueByRegister)
        byRegister += (byRegister.empty() ? "" : ", ") + std::to_string(count) + " " + key;
    if (!byRegister.empty())
        text += " (" + byRegister + ")";
    text += "; due within 30 days: " + std::to_string(due.dueSoon.size()) + "\n";
    text += readiness.ready ? "  Ready for the certification audit.\n"
                            : "  Not yet ready for the certification audit.\n";
    return text;
}

} // namespace isms::cli
