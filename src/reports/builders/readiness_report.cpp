#include "reports/builders/readiness_report.h"

#include "reports/domain_text.h"

#include <QCoreApplication>

#include <algorithm>

namespace isms::reports {

namespace {

// lupdate files a free tr() under its namespace: translate in that same context.
QString tr(const char* text)
{
    return QCoreApplication::translate("isms::reports", text);
}

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QDate qdate(const Date& d)
{
    return QDate(d.year, d.month, d.day);
}

// English plurals without a translation file ("1 risk" / "3 risks"); both forms are translated.
// `one` and `many` are marked where they are written (QT_TRANSLATE_NOOP, this context).
QString counted(long long n, const char* one, const char* many)
{
    return n == 1 ? tr(one) : tr(many).arg(n);
}

RecordCell recordCell(const RuleItem& item)
{
    return RecordCell{qs(item.registerKey), item.id, qs(item.ref)};
}

// A reference to a whole register (id 0): shown as the register's title, it opens the register.
RecordCell registerCell(const std::string& registerKey)
{
    const RegisterDef* def = Catalogue::standard().find(registerKey);
    return RecordCell{qs(registerKey), 0, def ? domainText(def->title) : qs(registerKey)};
}

LevelCell levelOf(const Methodology& methodology, int score)
{
    LevelCell level;
    level.number = score;
    if (const RiskBand* band = methodology.band(score)) {
        level.label = domainText(band->label);
        level.colour = QColor(qs(band->colour));
    }
    return level;
}

// A row saying how many more there are than a list shows, in the first column.
void addRemainder(Table& table, std::size_t total)
{
    if (total <= kAgendaItemsPerGroup)
        return;
    std::vector<Cell> row(table.columns.size());
    row[0] = Cell(tr("… and %1 more, in the registers marked in the navigation")
                      .arg(total - kAgendaItemsPerGroup));
    table.rows.push_back(std::move(row));
}

std::size_t shownOf(std::size_t total)
{
    return std::min(total, kAgendaItemsPerGroup);
}

QString dueText(const DueItem& d, bool overdue)
{
    if (!d.due)
        return tr("Never done");
    if (overdue)
        return counted(d.daysOverdue, QT_TRANSLATE_NOOP("isms::reports", "1 day overdue"),
                       QT_TRANSLATE_NOOP("isms::reports", "%1 days overdue"));
    if (d.daysOverdue == 0)
        return tr("Due today");
    return counted(-d.daysOverdue, QT_TRANSLATE_NOOP("isms::reports", "Due tomorrow"),
                   QT_TRANSLATE_NOOP("isms::reports", "Due in %1 days"));
}

Table dueTable(const char* name, const QString& caption, const std::vector<DueItem>& items,
               bool overdue)
{
    Table table;
    table.name = QString::fromLatin1(name);
    table.caption = caption;
    table.columns = {{tr("Ref"), 10}, {tr("Record"), 36, true}, {tr("What"), 40, true},
                     {tr("Due"), 11}, {tr("When"), 16}};
    for (std::size_t i = 0; i < shownOf(items.size()); ++i) {
        const DueItem& d = items[i];
        table.rows.push_back({Cell(recordCell(d.item)), Cell(qs(d.item.title)), Cell(ruleText(d.item)),
                              d.due ? Cell(qdate(*d.due)) : Cell(tr("Never")), Cell(dueText(d, overdue))});
    }
    addRemainder(table, items.size());
    return table;
}

QString presenceText(Presence presence)
{
    switch (presence) {
    case Presence::Present:
        return tr("✔ Present");
    case Presence::Partial:
        return tr("◐ Partial");
    case Presence::Missing:
        return tr("✖ Missing");
    }
    return {};
}

QString joined(const std::vector<std::string>& lines)
{
    QStringList out;
    for (const auto& l : lines)
        out << qs(l);
    return out.join(QStringLiteral("; "));
}

HeatMapFigure heatMap(const QString& title, const Methodology& m, const HeatMap& map)
{
    HeatMapFigure figure;
    figure.title = title;
    figure.rowAxis = tr("Likelihood");
    figure.columnAxis = tr("Impact");
    const int rows = static_cast<int>(m.likelihood.size());
    const int columns = static_cast<int>(m.impact.size());
    for (int i = 1; i <= columns; ++i)
        figure.columnLabels << domainText(m.impact[static_cast<std::size_t>(i - 1)].label);
    for (int l = rows; l >= 1; --l) {  // the highest likelihood on top
        figure.rowLabels << domainText(m.likelihood[static_cast<std::size_t>(l - 1)].label);
        std::vector<LevelCell> levels;
        std::vector<int> counts;
        for (int i = 1; i <= columns; ++i) {
            levels.push_back(levelOf(m, m.score(l, i)));
            counts.push_back(map.count(l, i));
        }
        figure.levels.push_back(std::move(levels));
        figure.counts.push_back(std::move(counts));
    }
    return figure;
}

Section summarySection(const DashboardSummary& s)
{
    Section section{tr("Audit readiness"), 1, {}};
    const AuditReadiness& r = s.readiness;
    KeyValues kv;
    kv.items.emplace_back(tr("Date"), Cell(qdate(s.today)));
    kv.items.emplace_back(tr("Verdict"), Cell(r.ready ? tr("Ready for the certification audit.")
                                                       : tr("Not yet ready for the certification audit.")));
    kv.items.emplace_back(tr("Requirements met"),
                          Cell(tr("%1 of %2 (%3%)").arg(r.met).arg(r.requirements).arg(r.percentMet)));
    kv.items.emplace_back(tr("Mandatory documented information"),
                          Cell(tr("%1 of %2 present").arg(r.mandatoryPresent).arg(r.mandatory.size())));
    kv.items.emplace_back(tr("Overdue"), Cell::number(static_cast<double>(s.due.overdue.size())));
    kv.items.emplace_back(tr("Due in the next %1 days").arg(kDueSoonDays),
                          Cell::number(static_cast<double>(s.due.dueSoon.size())));
    section.blocks.emplace_back(std::move(kv));
    return section;
}

Section attentionSection(const DashboardSummary& s)
{
    Section section{tr("Needs attention"), 1, {}};
    section.blocks.emplace_back(
        dueTable(readiness::kOverdue, tr("Overdue (%1)").arg(s.due.overdue.size()), s.due.overdue, true));
    section.blocks.emplace_back(dueTable(
        readiness::kDueSoon,
        tr("Due in the next %1 days (%2)").arg(kDueSoonDays).arg(s.due.dueSoon.size()),
        s.due.dueSoon, false));
    // Treated but never re-assessed: the treatment's effect is unknown (6.1.3, 8.3).
    const auto& stale = s.treatment.notReassessed;
    Table table;
    table.name = QString::fromLatin1(readiness::kNotReassessed);
    table.caption = tr("Treated but not re-assessed (%1)").arg(stale.size());
    table.columns = {{tr("Ref"), 10}, {tr("Risk"), 36, true}, {tr("What"), 56, true}};
    for (std::size_t i = 0; i < shownOf(stale.size()); ++i)
        table.rows.push_back({Cell(recordCell(stale[i])), Cell(qs(stale[i].title)), Cell(ruleText(stale[i]))});
    addRemainder(table, stale.size());
    section.blocks.emplace_back(std::move(table));
    return section;
}

Section riskSection(const DashboardSummary& s)
{
    Section section{tr("Risk heat map"), 1, {}};
    const auto& maps = s.heatMaps;
    section.blocks.emplace_back(Figure(heatMap(
        tr("Inherent · %1").arg(counted(maps.inherent.assessed(), QT_TRANSLATE_NOOP("isms::reports", "1 risk"),
                                             QT_TRANSLATE_NOOP("isms::reports", "%1 risks"))), s.methodology,
        maps.inherent)));
    section.blocks.emplace_back(Figure(heatMap(
        tr("Residual · %1").arg(counted(maps.residual.assessed(), QT_TRANSLATE_NOOP("isms::reports", "1 risk"),
                                             QT_TRANSLATE_NOOP("isms::reports", "%1 risks"))), s.methodology,
        maps.residual)));

    int unaccepted = 0;
    for (const auto& f : s.riskFlags)
        unaccepted += f.kind == RiskFlagKind::AboveThresholdUnaccepted
            || f.kind == RiskFlagKind::RetainedWithoutAcceptance;
    KeyValues kv;
    kv.items.emplace_back(tr("Open risks"), Cell::number(s.openRisks));
    kv.items.emplace_back(tr("Not assessed yet"), Cell::number(maps.inherent.unassessed));
    kv.items.emplace_back(tr("Without a residual assessment"),
                          Cell::number(std::max(0, maps.residual.unassessed - maps.inherent.unassessed)));
    kv.items.emplace_back(
        tr("Above the acceptance level %1 without acceptance").arg(s.methodology.acceptableMaxScore),
        Cell::number(unaccepted));
    const ApprovalCounts& a = s.approvals;
    // The owners' approvals (6.1.3 f) and the treatment plan's progress (8.3).
    kv.items.emplace_back(tr("Approved by their owner"), Cell::number(a.approved));
    kv.items.emplace_back(tr("Needs re-approval"), Cell::number(a.needsReapproval));
    kv.items.emplace_back(tr("Approval expired"), Cell::number(a.expired));
    kv.items.emplace_back(tr("Not approved"), Cell::number(a.notApproved));
    kv.items.emplace_back(tr("Treatment actions done"), Cell(tr("%1 of %2 (%3% complete)")
                                                                 .arg(s.treatment.done)
                                                                 .arg(s.treatment.actions)
                                                                 .arg(s.treatment.percent)));
    kv.items.emplace_back(tr("Treated but not re-assessed"),
                          Cell::number(static_cast<double>(s.treatment.notReassessed.size())));
    kv.items.emplace_back(tr("Register"), Cell(registerCell(std::string(reg::risks))));
    section.blocks.emplace_back(std::move(kv));

    Table flags;
    flags.name = QString::fromLatin1(readiness::kRiskFlags);
    flags.caption = tr("Risks needing attention (%1)").arg(s.riskFlags.size());
    flags.columns = {{tr("Ref"), 10}, {tr("Risk"), 36, true}, {tr("What"), 48, true}, {tr("Level"), 12}};
    for (std::size_t i = 0; i < shownOf(s.riskFlags.size()); ++i) {
        const RiskFlag& f = s.riskFlags[i];
        flags.rows.push_back({Cell(recordCell(f.item)), Cell(qs(f.item.title)), Cell(ruleText(f.item)),
                              f.score > 0 ? Cell(levelOf(s.methodology, f.score)) : Cell()});
    }
    addRemainder(flags, s.riskFlags.size());
    section.blocks.emplace_back(std::move(flags));
    return section;
}

Section clauseSection(const DashboardSummary& s)
{
    Section section{tr("Audit readiness by clause"), 1, {}};
    BarChartFigure chart;
    chart.title = tr("Requirements met per clause");
    chart.valueAxis = tr("% met");
    chart.maximum = 100;
    Table clauses;
    clauses.name = QString::fromLatin1(readiness::kClauses);
    clauses.columns = {{tr("Clause"), 7}, {tr("Title"), 36, true}, {tr("Met"), 6},
                       {tr("Requirements"), 12}, {tr("% met"), 7}, {tr("Gaps"), 6}};
    Table gaps;
    gaps.name = QString::fromLatin1(readiness::kGaps);
    gaps.caption = tr("Gaps");
    gaps.columns = {{tr("Clause"), 7}, {tr("Ref"), 10}, {tr("Requirement"), 36, true},
                    {tr("Gap"), 48, true}};
    std::size_t gapCount = 0;
    for (const auto& c : s.readiness.clauses) {
        chart.bars.emplace_back(tr("%1 %2").arg(qs(c.clause), domainText(c.title)), c.percentMet);
        clauses.rows.push_back({Cell(qs(c.clause)), Cell(domainText(c.title)), Cell::number(c.met),
                                Cell::number(c.requirements), Cell::number(c.percentMet, 0, QStringLiteral("%")),
                                Cell::number(static_cast<double>(c.gaps.size()))});
        for (const auto& g : c.gaps) {
            if (gapCount++ >= kAgendaItemsPerGroup)
                continue;
            gaps.rows.push_back({Cell(qs(c.clause)),
                                 g.registerKey.empty() ? Cell(qs(g.ref)) : Cell(recordCell(g)),
                                 Cell(qs(g.title)), Cell(ruleText(g))});
        }
    }
    addRemainder(gaps, gapCount);
    section.blocks.emplace_back(Figure(std::move(chart)));
    section.blocks.emplace_back(std::move(clauses));
    if (!gaps.rows.empty())
        section.blocks.emplace_back(std::move(gaps));
    return section;
}

Section mandatorySection(const DashboardSummary& s)
{
    Section section{tr("Mandatory documented information"), 1, {}};
    Table table;
    table.name = QString::fromLatin1(readiness::kMandatory);
    table.columns = {{tr("Status"), 11}, {tr("Clause"), 7}, {tr("Information"), 32, true},
                     {tr("Found, or still to do"), 48, true}, {tr("Kept in"), 20}};
    for (const auto& m : s.readiness.mandatory)
        table.rows.push_back({Cell(presenceText(m.presence)), Cell(qs(m.clause)), Cell(domainText(m.title)),
                              Cell(m.evidence.empty() ? joined(m.missing) : joined(m.evidence)),
                              Cell(registerCell(m.registerKey))});
    section.blocks.emplace_back(std::move(table));
    return section;
}

Section soaSection(const DashboardSummary& s)
{
    Section section{tr("Statement of Applicability"), 1, {}};
    const auto& soa = s.soa;
    const auto& complete = s.soaCompleteness;
    KeyValues kv;
    kv.items.emplace_back(tr("Decisions"), Cell(tr("%1 applicable · %2 not applicable · %3 not decided")
                                                    .arg(soa.decision("yes"))
                                                    .arg(soa.decision("no"))
                                                    .arg(soa.decision("undecided"))));
    QStringList impl;
    for (const auto& c : soa.byImplementation)
        impl << tr("%1 %2").arg(c.count).arg(domainText(c.label).toLower());
    kv.items.emplace_back(tr("Implementation"), Cell(impl.join(QStringLiteral(" · "))));
    kv.items.emplace_back(tr("Decided and justified"),
                          Cell(tr("%1 of %2 controls").arg(complete.justified).arg(complete.controls)));
    kv.items.emplace_back(
        tr("State"),
        Cell(complete.complete
                 ? tr("✔ Complete: every control has a decision and a justification.")
                 : counted(static_cast<long long>(complete.missing.size()),
                           QT_TRANSLATE_NOOP("isms::reports",
                                             "Not complete: 1 control still needs a decision or a justification."),
                           QT_TRANSLATE_NOOP("isms::reports",
                                             "Not complete: %1 controls still need a decision or a justification."))));
    kv.items.emplace_back(tr("Register"), Cell(registerCell(std::string(reg::controls))));
    section.blocks.emplace_back(std::move(kv));

    Table issues;
    issues.name = QString::fromLatin1(readiness::kSoaIssues);
    issues.caption = tr("Inconsistencies with risk treatment (%1)").arg(s.soaInconsistencies.size());
    issues.columns = {{tr("Control"), 10}, {tr("Inconsistency"), 60, true}};
    for (std::size_t i = 0; i < shownOf(s.soaInconsistencies.size()); ++i) {
        const auto& issue = s.soaInconsistencies[i];
        issues.rows.push_back({Cell(recordCell(issue.item)), Cell(ruleText(issue.item))});
    }
    addRemainder(issues, s.soaInconsistencies.size());
    section.blocks.emplace_back(std::move(issues));
    return section;
}

} // namespace

ReportDocument readinessReport(const DashboardSummary& summary, ReportMeta meta)
{
    ReportDocument doc;
    doc.meta = std::move(meta);
    doc.meta.kind = QStringLiteral("readiness");
    if (doc.meta.title.isEmpty())
        doc.meta.title = tr("Audit readiness");
    if (doc.meta.organisation.isEmpty())
        doc.meta.organisation = qs(summary.organisation);
    if (doc.meta.subject.isEmpty())
        doc.meta.subject = tr("ISO/IEC 27001:2022 clauses 4 to 10 and Annex A");
    doc.sections.push_back(summarySection(summary));
    doc.sections.push_back(attentionSection(summary));
    doc.sections.push_back(riskSection(summary));
    doc.sections.push_back(soaSection(summary));
    doc.sections.push_back(clauseSection(summary));
    doc.sections.push_back(mandatorySection(summary));
    return doc;
}

ReportDocument buildReadinessReport(const ReportInput& input)
{
    return readinessReport(summarise(input.data, input.today), input.meta);
}

} // namespace isms::reports
