#include "reports/builders/treatment_plan_report.h"

#include "domain/overdue.h"
#include "domain/risk_flags.h"
#include "domain/treatment_progress.h"
#include "reports/builders/builder_support.h"
#include "reports/domain_text.h"

#include <QCoreApplication>

#include <map>
#include <set>

namespace isms::reports::builders {

namespace {

// The columns an action of either kind (treatment action, corrective action) shows.
struct ActionFields {
    ActionFields(const IsmsData& data, std::string_view registerKey)
        : registerKey(registerKey), title(data, registerKey, "title"), owner(data, registerKey, "owner"),
          due(data, registerKey, "due_date"), status(data, registerKey, "status"),
          completion(data, registerKey, "completion")
    {
    }
    std::string_view registerKey;
    FieldReader title, owner, due, status, completion;
};

using ActionKey = std::pair<std::string_view, RecordId>;

class TreatmentPlanReport {
    Q_DECLARE_TR_FUNCTIONS(isms::reports::TreatmentPlanReport)

public:
    explicit TreatmentPlanReport(const ReportInput& input)
        : m_input(input), m_data(input.data), m_m(input.data.methodology), m_lookup(input.data),
          m_title(m_data, reg::risks, "title"), m_kind(m_data, reg::risks, "kind"),
          m_status(m_data, reg::risks, "status"), m_treatment(m_data, reg::risks, "treatment"),
          m_residualLikelihood(m_data, reg::risks, "residual_likelihood"),
          m_residualImpact(m_data, reg::risks, "residual_impact"),
          m_residualLevel(m_data, reg::risks, "residual_level"),
          m_nonconformity(m_data, reg::actions, "nonconformity"),
          m_treatments(m_data, reg::treatments), m_corrective(m_data, reg::actions),
          m_progress(treatmentProgress(input.data))
    {
        for (const RiskProgress& p : m_progress.risks)
            m_progressOf.emplace(p.riskId, &p);
        // The overdue rule (domain/overdue.h) decides what is late, not this report.
        for (const DueItem& item : dueItems(m_data, input.today).overdue)
            if (item.item.registerKey == reg::treatments || item.item.registerKey == reg::actions)
                m_overdue[{item.item.registerKey == reg::treatments ? reg::treatments : reg::actions,
                           item.item.id}] = item.daysOverdue;
        for (const Record& action : m_data.of(reg::actions))
            m_correctiveOf[m_nonconformity.integer(action)].push_back(action.id);
    }

    ReportDocument build() const
    {
        ReportDocument doc;
        doc.meta = m_input.meta;
        doc.meta.kind = QStringLiteral("treatment");
        doc.meta.title = tr("Risk treatment plan");
        doc.meta.subject = tr("ISO/IEC 27001:2022 clauses 6.1.3 e and f, and 8.3");

        std::vector<const Record*> risks;
        for (const Record* r : sortedByRef(m_data, reg::risks))
            if (m_kind.text(*r) != "opportunity" && m_status.text(*r) != "closed")
                risks.push_back(r);

        Table plan = planTable(risks);
        doc.sections.push_back(progress(risks));
        Section section{tr("Plan"), 1, {}};
        section.blocks.push_back(Paragraph{
            tr("Every open risk with its treatment, the controls chosen to treat it and the actions "
               "that implement them: its treatment actions, and the corrective actions of "
               "nonconformities about it. Closed risks and opportunities are left out."),
            false});
        if (risks.empty())
            section.blocks.push_back(Paragraph{tr("The file has no open risks."), false});
        else
            section.blocks.push_back(std::move(plan));
        doc.sections.push_back(std::move(section));
        return doc;
    }

private:
    // The actions that implement a risk's treatment, treatment actions first, each in ref order.
    std::vector<std::pair<const ActionFields*, const Record*>> actionsOf(const Record& risk) const
    {
        std::vector<std::pair<const ActionFields*, const Record*>> actions;
        for (const Record* a : m_lookup.records(reg::treatments, m_lookup.sources("treatment_risks", risk.id)))
            actions.push_back({&m_treatments, a});
        std::vector<RecordId> corrective;
        for (RecordId nc : m_lookup.sources("nonconformity_risks", risk.id))
            if (const auto it = m_correctiveOf.find(nc); it != m_correctiveOf.end())
                corrective.insert(corrective.end(), it->second.begin(), it->second.end());
        for (const Record* a : m_lookup.records(reg::actions, corrective))
            actions.push_back({&m_corrective, a});
        return actions;
    }

    Table planTable(const std::vector<const Record*>& risks) const
    {
        Table t;
        t.name = tr("Plan");
        t.columns = {
            Column{tr("Risk"), 8, false},
            m_title.column(28, true),
            m_treatment.column(10),
            Column{linkLabel(m_data, "risk_controls", true), 18, true},
            m_residualLevel.column(12),
            Column{tr("Progress"), 14, true},
            Column{tr("Ref"), 8, false},
            m_treatments.title.column(28, true),
            m_treatments.owner.column(16, true),
            m_treatments.due.column(10),
            m_treatments.status.column(12),
            m_treatments.completion.column(8),
            Column{tr("Overdue"), 14, false},
        };
        for (const Record* risk : risks) {
            const int residual = m_m.score(static_cast<int>(m_residualLikelihood.integer(*risk)),
                                           static_cast<int>(m_residualImpact.integer(*risk)));
            const std::vector<Cell> riskCells{
                Cell(recordCell(reg::risks, *risk)),
                textCell(m_title.display(*risk)),
                textCell(m_treatment.display(*risk)),
                textCell(m_lookup.refs(reg::controls, m_lookup.targets("risk_controls", risk->id))),
                scoreCell(m_m, residual),
                Cell(progressText(risk->id)),
            };
            const auto actions = actionsOf(*risk);
            if (actions.empty()) {
                auto row = riskCells;
                row.insert(row.end(), {Cell(), Cell(tr("No treatment action")), Cell(), Cell(),
                                       Cell(), Cell(), Cell()});
                t.rows.push_back(std::move(row));
                continue;
            }
            for (const auto& [fields, action] : actions) {
                auto row = riskCells;
                row.push_back(Cell(recordCell(fields->registerKey, *action)));
                row.push_back(textCell(fields->title.display(*action)));
                row.push_back(textCell(m_lookup.personName(fields->owner.integer(*action))));
                row.push_back(dateCell(fields->due.date(*action)));
                row.push_back(textCell(fields->status.display(*action)));
                // Filled in place: a conditional expression of Cells trips GCC 12's
                // -Wmaybe-uninitialized on the variant inside.
                row.resize(row.size() + 2);
                if (fields->completion.def() && !isEmpty(fields->completion.value(*action)))
                    row[row.size() - 2] = Cell::number(static_cast<double>(fields->completion.integer(*action)), 0,
                                                       QStringLiteral("%"));
                if (const auto late = m_overdue.find({fields->registerKey, action->id}); late != m_overdue.end())
                    row.back() = Cell(tr("%n day(s) overdue", nullptr, static_cast<int>(late->second)));
                t.rows.push_back(std::move(row));
            }
        }
        return t;
    }

    // "2 of 3 done (67%)", and a warning when all are done but the risk was never re-assessed.
    QString progressText(RecordId riskId) const
    {
        const auto it = m_progressOf.find(riskId);
        if (it == m_progressOf.end() || it->second->actions == 0)
            return {};
        const RiskProgress& p = *it->second;
        QString text = tr("%1 of %2 done (%3%)").arg(p.done).arg(p.actions).arg(p.percent);
        if (p.notReassessed)
            text += QStringLiteral(" \u2014 ") + tr("residual not re-assessed since");
        return text;
    }

    Section progress(const std::vector<const Record*>& risks) const
    {
        Section section{tr("Progress"), 1, {}};
        int withoutAction = 0;
        std::set<ActionKey> seen;
        std::map<std::string, int> byStatus;
        int overdue = 0;
        for (const Record* risk : risks) {
            const auto actions = actionsOf(*risk);
            withoutAction += actions.empty();
            for (const auto& [fields, action] : actions) {
                if (!seen.insert({fields->registerKey, action->id}).second)
                    continue;
                ++byStatus[fields->status.text(*action)];
                overdue += m_overdue.count({fields->registerKey, action->id}) > 0;
            }
        }
        const int total = static_cast<int>(seen.size());
        KeyValues values;
        values.items.push_back({tr("Open risks in the plan"), Cell::number(static_cast<double>(risks.size()))});
        values.items.push_back({tr("Risks with no treatment action"), Cell::number(withoutAction)});
        values.items.push_back({tr("Actions"), Cell::number(total)});
        const int done = byStatus["done"];
        const int cancelled = byStatus["cancelled"];
        const int counted = total - cancelled;
        values.items.push_back({tr("Done"), Cell(tr("%1 of %2").arg(done).arg(counted))});
        values.items.push_back({tr("Overdue"), Cell::number(overdue)});
        values.items.push_back({tr("Treatment actions complete"),
                                Cell::number(static_cast<double>(m_progress.percent), 0, QStringLiteral("%"))});
        values.items.push_back({tr("Risks with every treatment action done"), Cell::number(m_progress.risksAllDone)});
        values.items.push_back({tr("Treated but not re-assessed"),
                                Cell::number(static_cast<double>(m_progress.notReassessed.size()))});
        section.blocks.push_back(std::move(values));

        BarChartFigure chart;
        chart.title = tr("Actions by status");
        chart.valueAxis = tr("actions");
        chart.maximum = total;
        const FieldDef* status = m_treatments.status.def();
        if (status)
            for (const auto& option : status->options)
                chart.bars.push_back({domainText(option.label), byStatus[option.key]});
        if (const auto unset = byStatus.find(std::string()); unset != byStatus.end())
            chart.bars.push_back({tr("Not set"), unset->second});
        if (total > 0)
            section.blocks.push_back(Figure(std::move(chart)));
        section.blocks.push_back(Paragraph{
            tr("Cancelled actions are not counted as to be done. An action is overdue when its "
               "due date has passed and it is neither done nor cancelled. Completion is the mean "
               "over a risk's treatment actions (a done action counts 100%)."),
            true});
        if (!m_progress.notReassessed.empty()) {
            Table stale;
            stale.name = tr("Treated but not re-assessed");
            stale.caption = tr("Every treatment action done, residual level not assessed since (%1)")
                                .arg(m_progress.notReassessed.size());
            stale.columns = {Column{tr("Risk"), 8, false}, m_title.column(30, true), Column{tr("What"), 50, true}};
            for (const RuleItem& item : m_progress.notReassessed)
                if (const Record* risk = m_lookup.record(reg::risks, item.id))
                    stale.rows.push_back({Cell(recordCell(reg::risks, *risk)), textCell(m_title.display(*risk)),
                                          Cell(domainMessage(item.what))});
            section.blocks.push_back(std::move(stale));
        }
        return section;
    }

    const ReportInput& m_input;
    const IsmsData& m_data;
    const Methodology& m_m;
    Lookup m_lookup;
    FieldReader m_title, m_kind, m_status, m_treatment, m_residualLikelihood, m_residualImpact,
        m_residualLevel, m_nonconformity;
    ActionFields m_treatments, m_corrective;
    std::map<ActionKey, long long> m_overdue;
    std::map<RecordId, std::vector<RecordId>> m_correctiveOf;
    TreatmentProgress m_progress;
    std::map<RecordId, const RiskProgress*> m_progressOf;
};

} // namespace

ReportDocument buildTreatmentPlanReport(const ReportInput& input)
{
    return TreatmentPlanReport(input).build();
}

ReportKind treatmentPlanKind()
{
    return {"treatment", QT_TRANSLATE_NOOP("isms::reports::ReportKind", "Risk treatment plan"),
            QT_TRANSLATE_NOOP("isms::reports::ReportKind",
                              "Per open risk its treatment, controls and actions with owners, due dates and progress (6.1.3 e, f; 8.3)"),
            buildTreatmentPlanReport};
}

} // namespace isms::reports::builders
