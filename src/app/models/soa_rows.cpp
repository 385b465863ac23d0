#include "app/models/soa_rows.h"

#include "app/session/value_convert.h"
#include "domain/catalogue.h"
#include "domain/ref_order.h"
#include "reports/domain_text.h"

#include <QCoreApplication>

#include <algorithm>

namespace isms::app {

namespace {

// lupdate files the tr() of free functions under their namespace, so the context is that too.
QString tr(const char* text)
{
    return QCoreApplication::translate("isms::app", text);
}

SoaProblemKind kindOf(SoaIssueKind kind)
{
    switch (kind) {
    case SoaIssueKind::ExcludedButTreatsRisk: return SoaProblemKind::ExcludedButTreatsRisk;
    case SoaIssueKind::ExcludedButImplemented: return SoaProblemKind::ExcludedButImplemented;
    case SoaIssueKind::TreatsRiskWithoutRiskReason: return SoaProblemKind::TreatsRiskWithoutRiskReason;
    }
    return SoaProblemKind::ExcludedButTreatsRisk;
}

// Which of soaCompleteness's findings an item is: the rule has one per decision (undecided,
// applicable without a reason, excluded without a justification).
SoaProblemKind completenessKind(const std::string& decision)
{
    if (decision == "yes")
        return SoaProblemKind::NoReason;
    if (decision == "no")
        return SoaProblemKind::NoJustification;
    return SoaProblemKind::Undecided;
}

QString joinedRefs(const QStringList& refs)
{
    // A few refs read; a long list is in the tooltip.
    constexpr int kShown = 3;
    if (refs.size() <= kShown)
        return refs.join(QStringLiteral(", "));
    return refs.mid(0, kShown).join(QStringLiteral(", ")) + QStringLiteral(", \u2026");
}

} // namespace

SoaRows soaRows(const IsmsData& data)
{
    SoaRows rows;
    const RegisterDef& def = data.def(reg::controls);
    const auto reasons = soaReasons(data);
    for (const Record& control : data.of(reg::controls)) {
        SoaRow row;
        if (const auto found = reasons.find(control.id); found != reasons.end())
            row.reasons = found->second;
        row.ticked = {control.boolean(def, "reason_risk"), control.boolean(def, "reason_legal"),
                      control.boolean(def, "reason_contractual"), control.boolean(def, "reason_business")};
        rows.controls.insert(control.id, std::move(row));
    }
    const SoaCompleteness completeness = soaCompleteness(data);
    for (const RuleItem& item : completeness.missing) {
        if (item.id == 0) {
            rows.annexAGap = reports::ruleText(item);
            continue;
        }
        const Record* control = data.find(reg::controls, item.id);
        auto row = rows.controls.find(item.id);
        if (!control || row == rows.controls.end())
            continue;
        row->problems.push_back({completenessKind(control->text(def, "applicable")), reports::ruleText(item), {}});
    }
    for (const SoaInconsistency& issue : soaInconsistencies(data)) {
        auto row = rows.controls.find(issue.item.id);
        if (row == rows.controls.end())
            continue;
        QStringList related;
        for (const auto& ref : issue.relatedRefs)
            related << qs(ref);
        row->problems.push_back({kindOf(issue.kind), reports::ruleText(issue.item), related});
    }
    return rows;
}

std::vector<RecordId> SoaRows::withProblem(SoaProblemKind kind) const
{
    std::vector<RecordId> ids;
    for (auto it = controls.cbegin(); it != controls.cend(); ++it)
        if (std::any_of(it->problems.begin(), it->problems.end(),
                        [kind](const SoaProblem& p) { return p.kind == kind; }))
            ids.push_back(it.key());
    std::sort(ids.begin(), ids.end());
    return ids;
}

QStringList SoaRows::relatedTo(SoaProblemKind kind) const
{
    QStringList refs;
    for (const SoaRow& row : controls)
        for (const SoaProblem& p : row.problems)
            if (p.kind == kind)
                refs << p.related;
    refs.removeDuplicates();
    std::sort(refs.begin(), refs.end(), [](const QString& a, const QString& b) { return refLess(ss(a), ss(b)); });
    return refs;
}

int SoaRows::problemCount() const
{
    return static_cast<int>(std::count_if(controls.cbegin(), controls.cend(),
                                          [](const SoaRow& row) { return !row.problems.empty(); }));
}

QString soaReasonWords(const SoaReasons& reasons)
{
    QStringList words;
    if (reasons.risk)
        words << tr("Risk");
    if (reasons.legal)
        words << tr("Legal");
    if (reasons.contractual)
        words << tr("Contractual");
    if (reasons.business)
        words << tr("Business");
    return words.join(QStringLiteral(", "));
}

QString soaReasonsToolTip(const SoaRow& row)
{
    QStringList lines;
    const auto line = [&](bool has, bool ticked, const char* name, const char* derived) {
        if (!has)
            return;
        const QString how = ticked ? tr("ticked") : tr(derived);
        lines << tr(name) + QStringLiteral(": ") + how;
    };
    line(row.reasons.risk, row.ticked.risk, QT_TRANSLATE_NOOP("isms::app", "Risk treatment"),
         QT_TRANSLATE_NOOP("isms::app", "follows from the risks it treats"));
    line(row.reasons.legal, row.ticked.legal, QT_TRANSLATE_NOOP("isms::app", "Legal or regulatory"),
         QT_TRANSLATE_NOOP("isms::app", "follows from a legal or regulatory requirement it addresses"));
    line(row.reasons.contractual, row.ticked.contractual, QT_TRANSLATE_NOOP("isms::app", "Contractual"),
         QT_TRANSLATE_NOOP("isms::app", "follows from a contractual requirement it addresses"));
    line(row.reasons.business, row.ticked.business, QT_TRANSLATE_NOOP("isms::app", "Business requirement"),
         QT_TRANSLATE_NOOP("isms::app", "ticked"));
    if (lines.isEmpty())
        return tr("No reason for inclusion: none is ticked and none follows from a risk or a requirement.");
    return lines.join(QLatin1Char('\n'));
}

QString soaProblemShortText(const SoaProblem& problem)
{
    const QString refs = joinedRefs(problem.related);
    switch (problem.kind) {
    case SoaProblemKind::Undecided: return tr("Undecided");
    case SoaProblemKind::NoReason: return tr("No reason");
    case SoaProblemKind::NoJustification: return tr("Not justified");
    case SoaProblemKind::ExcludedButTreatsRisk: return tr("Excluded, treats %1").arg(refs);
    case SoaProblemKind::ExcludedButImplemented: return tr("Excluded, implemented by %1").arg(refs);
    case SoaProblemKind::TreatsRiskWithoutRiskReason: return tr("Risk not ticked (%1)").arg(refs);
    }
    return {};
}

} // namespace isms::app
