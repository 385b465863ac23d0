#include "reports/builders/risk_register_report.h"

#include "domain/approval_status.h"
#include "domain/risk_flags.h"
#include "reports/domain_text.h"
#include "reports/builders/builder_support.h"

#include <QCoreApplication>

namespace isms::reports::builders {

namespace {

class RiskRegisterReport {
    Q_DECLARE_TR_FUNCTIONS(isms::reports::RiskRegisterReport)

public:
    explicit RiskRegisterReport(const ReportInput& input)
        : m_input(input), m_data(input.data), m_m(input.data.methodology), m_lookup(input.data),
          m_title(m_data, reg::risks, "title"), m_kind(m_data, reg::risks, "kind"),
          m_owner(m_data, reg::risks, "owner"),
          m_inherentLikelihood(m_data, reg::risks, "inherent_likelihood"),
          m_inherentImpact(m_data, reg::risks, "inherent_impact"),
          m_inherentLevel(m_data, reg::risks, "inherent_level"),
          m_treatment(m_data, reg::risks, "treatment"),
          m_residualLikelihood(m_data, reg::risks, "residual_likelihood"),
          m_residualImpact(m_data, reg::risks, "residual_impact"),
          m_residualLevel(m_data, reg::risks, "residual_level"),
          m_acceptedBy(m_data, reg::risks, "accepted_by"),
          m_acceptedOn(m_data, reg::risks, "accepted_on"), m_status(m_data, reg::risks, "status"),
          m_approvals(input.data)
    {
    }

    ReportDocument build() const
    {
        ReportDocument doc;
        doc.meta = m_input.meta;
        doc.meta.kind = QStringLiteral("risks");
        doc.meta.title = tr("Risk register");
        doc.meta.subject = tr("ISO/IEC 27001:2022 clauses 6.1.2 and 8.2");

        std::vector<const Record*> risks, opportunities;
        for (const Record* r : sortedByRef(m_data, reg::risks))
            (m_kind.text(*r) == "opportunity" ? opportunities : risks).push_back(r);

        doc.sections.push_back(summary(risks.size(), opportunities.size()));
        Section riskSection{tr("Risks"), 1, {}};
        if (risks.empty())
            riskSection.blocks.push_back(Paragraph{tr("The file has no risks yet."), false});
        else
            riskSection.blocks.push_back(table(tr("Risks"), risks, true));
        doc.sections.push_back(std::move(riskSection));

        Section opportunitySection{tr("Opportunities"), 1, {}};
        if (opportunities.empty())
            opportunitySection.blocks.push_back(Paragraph{tr("The file has no opportunities."), false});
        else
            opportunitySection.blocks.push_back(table(tr("Opportunities"), opportunities, false));
        doc.sections.push_back(std::move(opportunitySection));
        return doc;
    }

private:
    Section summary(std::size_t risks, std::size_t opportunities) const
    {
        Section section{tr("Summary"), 1, {}};
        section.blocks.push_back(Paragraph{
            tr("Levels are the file's risk methodology applied to each likelihood and impact: the "
               "score and its band. Residual scores above %1 need an explicit acceptance.")
                .arg(m_m.acceptableMaxScore),
            false});
        KeyValues totals;
        totals.items.push_back({tr("Risks"), Cell::number(static_cast<double>(risks))});
        totals.items.push_back({tr("Opportunities"), Cell::number(static_cast<double>(opportunities))});
        const ResidualBands bands = residualBands(m_data);
        totals.items.push_back({tr("Open risks"), Cell::number(bands.open)});
        for (std::size_t b = 0; b < m_m.bands.size() && b < bands.perBand.size(); ++b)
            totals.items.push_back({tr("Open risks left at %1").arg(qtext(m_m.bands[b].label)),
                                    Cell::number(bands.perBand[b])});
        totals.items.push_back({tr("Open risks not assessed"), Cell::number(bands.unassessed)});
        int needAcceptance = 0;
        for (const RiskFlag& flag : riskFlags(m_data))
            needAcceptance += flag.kind == RiskFlagKind::AboveThresholdUnaccepted
                || flag.kind == RiskFlagKind::RetainedWithoutAcceptance;
        totals.items.push_back({tr("Above the acceptance criteria without acceptance"),
                                Cell::number(needAcceptance)});
        const ApprovalCounts approvals = approvalCounts(m_data, m_input.today);
        totals.items.push_back({tr("Open risks approved by their owner"), Cell::number(approvals.approved)});
        totals.items.push_back({tr("Open risks needing re-approval"), Cell::number(approvals.needsReapproval)});
        totals.items.push_back({tr("Open risks whose approval expired"), Cell::number(approvals.expired)});
        totals.items.push_back({tr("Open risks not approved"), Cell::number(approvals.notApproved)});
        section.blocks.push_back(std::move(totals));

        const RiskHeatMaps maps = riskHeatMaps(m_data);
        section.blocks.push_back(Figure(matrixFigure(m_m, m_inherentLevel.label(), &maps.inherent)));
        section.blocks.push_back(Figure(matrixFigure(m_m, m_residualLevel.label(), &maps.residual)));
        section.blocks.push_back(Paragraph{
            tr("The heat maps count open risks; closed risks and opportunities are left out."), true});
        return section;
    }

    Table table(const QString& name, const std::vector<const Record*>& records, bool withAcceptance) const
    {
        Table t;
        t.name = name;
        t.columns = {
            Column{tr("Ref"), 8, false},
            m_title.column(30, true),
            Column{linkLabel(m_data, "risk_assets", true), 16, true},
            m_owner.column(16, true),
            m_inherentLikelihood.column(14, true),
            m_inherentImpact.column(14, true),
            m_inherentLevel.column(12),
            m_treatment.column(10),
            Column{linkLabel(m_data, "risk_controls", true), 18, true},
            m_residualLevel.column(12),
            m_status.column(12),
        };
        if (withAcceptance) {
            t.columns.push_back(Column{tr("Acceptance"), 30, true});
            t.columns.push_back(Column{tr("Approval"), 24, true});
        }
        t.rows.reserve(records.size());
        for (const Record* risk : records) {
            const int inherent = m_m.score(static_cast<int>(m_inherentLikelihood.integer(*risk)),
                                           static_cast<int>(m_inherentImpact.integer(*risk)));
            const int residual = m_m.score(static_cast<int>(m_residualLikelihood.integer(*risk)),
                                           static_cast<int>(m_residualImpact.integer(*risk)));
            std::vector<Cell> row{
                Cell(recordCell(reg::risks, *risk)),
                textCell(m_title.display(*risk)),
                textCell(m_lookup.refs(reg::assets, m_lookup.targets("risk_assets", risk->id))),
                textCell(m_lookup.personName(m_owner.integer(*risk))),
                scaleCell(m_m.likelihood, m_inherentLikelihood.integer(*risk)),
                scaleCell(m_m.impact, m_inherentImpact.integer(*risk)),
                scoreCell(m_m, inherent),
                textCell(m_treatment.display(*risk)),
                textCell(m_lookup.refs(reg::controls, m_lookup.targets("risk_controls", risk->id))),
                scoreCell(m_m, residual),
                textCell(m_status.display(*risk)),
            };
            if (withAcceptance) {
                row.push_back(Cell(acceptance(*risk)));
                row.push_back(Cell(approval(*risk)));
            }
            t.rows.push_back(std::move(row));
        }
        return t;
    }

    // Who accepted the residual risk, or whether it needs accepting (the rule of risk_flags.h:
    // the residual score, or the inherent one while the risk has no residual assessment).
    QString acceptance(const Record& risk) const
    {
        const QString by = m_lookup.personName(m_acceptedBy.integer(risk));
        const auto on = m_acceptedOn.date(risk);
        if (!by.isEmpty() && on)
            return tr("Accepted by %1 on %2").arg(by, qtext(on->toIso()));
        const int score = effectiveResidualScore(m_data, risk);
        if (score <= 0)
            return tr("Not assessed");
        if (score <= m_m.acceptableMaxScore)
            return tr("Within the acceptance criteria (%1, at most %2)").arg(score).arg(m_m.acceptableMaxScore);
        if (!by.isEmpty())
            return tr("Needs acceptance: %1 is above %2; accepted by %3 but with no date")
                .arg(score).arg(m_m.acceptableMaxScore).arg(by);
        if (on)
            return tr("Needs acceptance: %1 is above %2; accepted on %3 but not by whom")
                .arg(score).arg(m_m.acceptableMaxScore).arg(qtext(on->toIso()));
        return tr("Needs acceptance: %1 is above %2").arg(score).arg(m_m.acceptableMaxScore);
    }

    // The approval status (approval_status.h), with who approved and when while it holds.
    QString approval(const Record& risk) const
    {
        const ApprovalStatus status = m_approvals.status(risk, m_input.today);
        const QString label = domainText(approvalStatusLabel(status));
        const RiskApproval* latest = m_approvals.latest(risk.id);
        if (!latest)
            return label;
        const QString by = qtext(latest->approver);
        const QString on = qtext(latest->approvedAt.substr(0, 10));
        if (status == ApprovalStatus::Approved && latest->expiresOn)
            return tr("%1 by %2 on %3, until %4").arg(label, by, on, qtext(latest->expiresOn->toIso()));
        return tr("%1 (by %2 on %3)").arg(label, by, on);
    }

    const ReportInput& m_input;
    const IsmsData& m_data;
    const Methodology& m_m;
    Lookup m_lookup;
    FieldReader m_title, m_kind, m_owner, m_inherentLikelihood, m_inherentImpact, m_inherentLevel,
        m_treatment, m_residualLikelihood, m_residualImpact, m_residualLevel, m_acceptedBy,
        m_acceptedOn, m_status;
    ApprovalIndex m_approvals;
};

} // namespace

ReportDocument buildRiskRegisterReport(const ReportInput& input)
{
    return RiskRegisterReport(input).build();
}

ReportKind riskRegisterKind()
{
    return {"risks", QT_TRANSLATE_NOOP("isms::reports::ReportKind", "Risk register"),
            QT_TRANSLATE_NOOP("isms::reports::ReportKind",
                              "Every risk with its levels, treatment and acceptance; opportunities apart (6.1.2, 8.2)"),
            buildRiskRegisterReport};
}

} // namespace isms::reports::builders
