#include "reports/builders/assessment_compare_report.h"

#include "domain/assessment_compare.h"
#include "reports/builders/builder_support.h"
#include "reports/domain_text.h"

#include <QCoreApplication>

namespace isms::reports::builders {

namespace {

class AssessmentCompareReport {
    Q_DECLARE_TR_FUNCTIONS(isms::reports::AssessmentCompareReport)

public:
    explicit AssessmentCompareReport(const ReportInput& input) : m_input(input), m_trigger(input.data, reg::assessments, "trigger") {}

    ReportDocument build() const
    {
        ReportDocument doc;
        doc.meta = m_input.meta;
        doc.meta.kind = QStringLiteral("assessment-compare");
        doc.meta.title = tr("Risk assessment comparison");
        doc.meta.subject = tr("ISO/IEC 27001:2022 clause 8.2");
        const ComparedVersions* compared = m_input.compared;
        if (!compared || !compared->runBefore || !compared->runAfter) {
            doc.sections.push_back(Section{tr("Summary"), 1,
                                           {Paragraph{tr("No two assessment runs were chosen to compare: record "
                                                         "runs with `ismsctl assess`, then compare them."),
                                                      false}}});
            return doc;
        }
        const AssessmentRun& before = *compared->runBefore;
        const AssessmentRun& after = *compared->runAfter;
        const RunComparison c = compareRuns(before, after);
        doc.sections.push_back(summary(before, after, c));
        if (!c.sameMethod)
            doc.sections.push_back(methods(before, after));
        doc.sections.push_back(moves(tr("Risen"), tr("Risks whose level rose."), c.rose, before, after));
        doc.sections.push_back(moves(tr("Fallen"), tr("Risks whose level fell."), c.fell, before, after));
        doc.sections.push_back(moves(tr("Appeared"), tr("Risks in the later run only."), c.appeared, before, after));
        doc.sections.push_back(moves(tr("Closed"), tr("Risks of the earlier run no longer in the register."), c.closed,
                                     before, after));
        return doc;
    }

private:
    QString runName(const AssessmentRun& run) const
    {
        const QString date = run.date ? qtext(run.date->toIso()) : QString();
        return date.isEmpty() ? qtext(run.ref) : tr("%1 of %2").arg(qtext(run.ref), date);
    }

    QString triggerText(const AssessmentRun& run) const
    {
        if (m_trigger.def())
            if (const EnumOption* option = m_trigger.def()->option(run.trigger))
                return domainText(option->label);
        return qtext(run.trigger);
    }

    static QString methodText(const Methodology& m)
    {
        return tr("%1 x %2 levels, %3 bands, residual scores above %4 need acceptance")
            .arg(m.likelihood.size())
            .arg(m.impact.size())
            .arg(m.bands.size())
            .arg(m.acceptableMaxScore);
    }

    Section summary(const AssessmentRun& before, const AssessmentRun& after, const RunComparison& c) const
    {
        Section section{tr("Summary"), 1, {}};
        section.blocks.push_back(Paragraph{
            tr("Each run is read with the risk methodology kept with it. A risk rose or fell when its level "
               "(the residual level once assessed, the inherent level before) moved to another band of its "
               "run's method; within the same band, by its score when both runs used the same method."),
            false});
        KeyValues kv;
        kv.items.push_back({tr("Earlier run"), Cell(tr("%1: %2 (%3)").arg(runName(before), qtext(before.title), triggerText(before)))});
        kv.items.push_back({tr("Later run"), Cell(tr("%1: %2 (%3)").arg(runName(after), qtext(after.title), triggerText(after)))});
        if (!before.note.empty())
            kv.items.push_back({tr("Note of the earlier run"), Cell(qtext(before.note))});
        if (!after.note.empty())
            kv.items.push_back({tr("Note of the later run"), Cell(qtext(after.note))});
        kv.items.push_back({tr("Methodology"), Cell(c.sameMethod ? tr("The same in both runs")
                                                                 : tr("Changed between the runs (see below)"))});
        kv.items.push_back({tr("Risks in the earlier run"), Cell::number(static_cast<double>(before.risks.size()))});
        kv.items.push_back({tr("Risks in the later run"), Cell::number(static_cast<double>(after.risks.size()))});
        kv.items.push_back({tr("Risen"), Cell::number(static_cast<double>(c.rose.size()))});
        kv.items.push_back({tr("Fallen"), Cell::number(static_cast<double>(c.fell.size()))});
        kv.items.push_back({tr("Appeared"), Cell::number(static_cast<double>(c.appeared.size()))});
        kv.items.push_back({tr("Closed"), Cell::number(static_cast<double>(c.closed.size()))});
        kv.items.push_back({tr("Unchanged"), Cell::number(c.unchanged)});
        section.blocks.push_back(std::move(kv));
        return section;
    }

    Section methods(const AssessmentRun& before, const AssessmentRun& after) const
    {
        Section section{tr("Methodology of each run"), 1, {}};
        KeyValues kv;
        kv.items.push_back({qtext(before.ref), Cell(methodText(before.methodology))});
        kv.items.push_back({qtext(after.ref), Cell(methodText(after.methodology))});
        section.blocks.push_back(std::move(kv));
        auto bands = [](const Methodology& m) {
            QStringList parts;
            for (const auto& band : m.bands)
                parts << tr("%1 from %2").arg(qtext(band.label)).arg(band.minScore);
            return parts.join(QStringLiteral(", "));
        };
        KeyValues b;
        b.items.push_back({tr("Bands of %1").arg(qtext(before.ref)), Cell(bands(before.methodology))});
        b.items.push_back({tr("Bands of %1").arg(qtext(after.ref)), Cell(bands(after.methodology))});
        section.blocks.push_back(std::move(b));
        return section;
    }

    Section moves(const QString& heading, const QString& caption, const std::vector<RiskMove>& list,
                  const AssessmentRun& before, const AssessmentRun& after) const
    {
        Section section{heading, 1, {}};
        if (list.empty()) {
            section.blocks.push_back(Paragraph{tr("None."), false});
            return section;
        }
        Table table;
        table.name = heading;
        table.caption = caption;
        table.columns = {Column{tr("Ref"), 8, false},
                         Column{tr("Risk"), 30, true},
                         Column{tr("Level at %1").arg(qtext(before.ref)), 14, false},
                         Column{tr("Level at %1").arg(qtext(after.ref)), 14, false},
                         Column{tr("Residual L x I at %1").arg(qtext(before.ref)), 12, false},
                         Column{tr("Residual L x I at %1").arg(qtext(after.ref)), 12, false}};
        auto pair = [](const std::optional<RiskSnapshot>& r) {
            if (!r || r->residualLevel <= 0)
                return Cell();
            return Cell(tr("%1 x %2").arg(r->residualLikelihood).arg(r->residualImpact));
        };
        for (const RiskMove& m : list) {
            table.rows.push_back({Cell(RecordCell{QStringLiteral("risks"), m.riskId, qtext(m.ref)}),
                                  textCell(qtext(m.title)),
                                  m.before ? scoreCell(before.methodology, m.before->currentLevel()) : Cell(),
                                  m.after ? scoreCell(after.methodology, m.after->currentLevel()) : Cell(),
                                  pair(m.before), pair(m.after)});
        }
        section.blocks.push_back(std::move(table));
        return section;
    }

    const ReportInput& m_input;
    FieldReader m_trigger;
};

} // namespace

ReportDocument buildAssessmentCompareReport(const ReportInput& input)
{
    return AssessmentCompareReport(input).build();
}

ReportKind assessmentCompareKind()
{
    return {"assessment-compare", QT_TRANSLATE_NOOP("isms::reports::ReportKind", "Risk assessment comparison"),
            QT_TRANSLATE_NOOP("isms::reports::ReportKind",
                              "Two assessment runs, each with its own method: what rose, fell, appeared, closed (8.2)"),
            buildAssessmentCompareReport, ReportKind::Compares::AssessmentRuns};
}

} // namespace isms::reports::builders
