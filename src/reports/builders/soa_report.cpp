#include "reports/builders/soa_report.h"

#include "domain/annex_a.h"
#include "domain/soa_rules.h"
#include "reports/builders/builder_support.h"
#include "reports/domain_text.h"

#include <QCoreApplication>

namespace isms::reports::builders {

namespace {

class SoaReport {
    Q_DECLARE_TR_FUNCTIONS(isms::reports::SoaReport)

public:
    explicit SoaReport(const ReportInput& input)
        : m_input(input), m_data(input.data), m_lookup(input.data),
          m_title(m_data, reg::controls, "title"), m_theme(m_data, reg::controls, "theme"),
          m_applicable(m_data, reg::controls, "applicable"),
          m_justification(m_data, reg::controls, "justification"),
          m_implementation(m_data, reg::controls, "implementation"),
          m_owner(m_data, reg::controls, "owner"), m_description(m_data, reg::controls, "description")
    {
        for (const char* key : {"reason_risk", "reason_legal", "reason_contractual", "reason_business"})
            m_reasons.emplace_back(m_data, reg::controls, key);
    }

    ReportDocument build() const
    {
        ReportDocument doc;
        doc.meta = m_input.meta;
        doc.meta.kind = QStringLiteral("soa");
        doc.meta.title = tr("Statement of Applicability");
        doc.meta.subject = tr("ISO/IEC 27001:2022 clause 6.1.3 d");
        for (Section& section : summary())
            doc.sections.push_back(std::move(section));
        doc.sections.push_back(controls());
        doc.sections.push_back(completeness());
        doc.sections.push_back(consistency());
        return doc;
    }

private:
    std::vector<Section> summary() const
    {
        const SoaSummary counts = soaSummary(m_data);
        const SoaCompleteness state = soaCompleteness(m_data);
        const auto issues = soaInconsistencies(m_data);
        Section section{tr("Summary"), 1, {}};
        section.blocks.push_back(Paragraph{
            tr("Every control of ISO/IEC 27001:2022 Annex A and every control the organisation "
               "added, with the decision to apply it, the reasons for including it or the "
               "justification for excluding it, and how far it is implemented."),
            false});
        KeyValues totals;
        totals.items.push_back({tr("Controls"), Cell::number(counts.controls)});
        totals.items.push_back({tr("Annex A controls"),
                                Cell(tr("%1 of %2").arg(state.annexAControls).arg(kAnnexAControlCount))});
        totals.items.push_back({tr("Controls added by the organisation"),
                                Cell::number(state.controls - state.annexAControls)});
        totals.items.push_back({tr("Decided"), Cell(tr("%1 of %2").arg(state.decided).arg(state.controls))});
        totals.items.push_back({tr("Decided and justified"),
                                Cell(tr("%1 of %2").arg(state.justified).arg(state.controls))});
        totals.items.push_back({tr("Complete"), Cell(state.complete ? tr("Yes") : tr("No"))});
        totals.items.push_back({tr("Inconsistent with the risk treatment"),
                                Cell::number(static_cast<double>(issues.size()))});
        section.blocks.push_back(std::move(totals));

        KeyValues decisions;
        for (const auto& c : counts.byDecision)
            decisions.items.push_back({optionText(m_applicable, c.key, c.label), Cell::number(c.count)});
        KeyValues implementation;
        for (const auto& c : counts.byImplementation)
            implementation.items.push_back({optionText(m_implementation, c.key, c.label), Cell::number(c.count)});
        std::vector<Section> sections;
        sections.push_back(std::move(section));
        sections.push_back(Section{m_applicable.label(), 2, {std::move(decisions)}});
        sections.push_back(Section{m_implementation.label(), 2, {std::move(implementation)}});
        return sections;
    }

    // An option's translated label; "Not set" for controls with the field empty.
    static QString optionText(const FieldReader& field, const std::string& key, const std::string& label)
    {
        if (key.empty())
            return tr("Not set");
        if (field.def())
            if (const EnumOption* option = field.def()->option(key))
                return domainText(option->label);
        return qtext(label);
    }

    Section controls() const
    {
        Table table;
        table.name = tr("Controls");
        table.caption = tr("The controls, in the order of their references.");
        table.columns = {
            Column{tr("Ref"), 8, false},
            m_title.column(30, true),
            m_theme.column(14),
            m_applicable.column(14),
            Column{tr("Reasons for inclusion"), 24, true},
            m_justification.column(36, true),
            m_implementation.column(16),
            m_owner.column(18, true),
            m_description.column(36, true),
            Column{tr("Evidence and linked records"), 26, true},
        };
        for (const Record* control : sortedByRef(m_data, reg::controls)) {
            QStringList reasons;
            for (const auto& reason : m_reasons)
                if (reason.boolean(*control))
                    reasons << reason.label();
            table.rows.push_back({
                Cell(recordCell(reg::controls, *control)),
                textCell(m_title.display(*control)),
                textCell(m_theme.display(*control)),
                textCell(m_applicable.text(*control).empty() ? optionText(m_applicable, "undecided", {})
                                                             : m_applicable.display(*control)),
                textCell(reasons.join(QStringLiteral("; "))),
                textCell(m_justification.display(*control)),
                textCell(m_implementation.display(*control)),
                textCell(m_lookup.personName(m_owner.integer(*control))),
                textCell(m_description.display(*control)),
                textCell(linked(*control)),
            });
        }
        return Section{tr("Controls"), 1, {std::move(table)}};
    }

    // "Documented in: DOC-001; Treats risk: R-002, R-007": what shows the control at work.
    QString linked(const Record& control) const
    {
        QStringList parts;
        const auto add = [&](std::string_view linkKey, bool fromControl, std::string_view otherRegister) {
            const auto& ids = fromControl ? m_lookup.targets(linkKey, control.id)
                                          : m_lookup.sources(linkKey, control.id);
            const QString refs = m_lookup.refs(otherRegister, ids);
            if (!refs.isEmpty())
                parts << tr("%1: %2").arg(linkLabel(m_data, linkKey, fromControl), refs);
        };
        add("control_documents", true, reg::documents);
        add("risk_controls", false, reg::risks);
        add("treatment_controls", false, reg::treatments);
        add("requirement_controls", false, reg::requirements);
        return parts.join(QStringLiteral("; "));
    }

    Section completeness() const
    {
        const SoaCompleteness state = soaCompleteness(m_data);
        Section section{tr("Completeness"), 1, {}};
        if (state.missing.empty()) {
            section.blocks.push_back(Paragraph{
                tr("Every control is decided, every applicable control has a reason for its "
                   "inclusion and every excluded control a justification."),
                false});
            return section;
        }
        Table table;
        table.name = tr("Completeness");
        table.caption = tr("What the Statement of Applicability still needs.");
        table.columns = {Column{tr("Ref"), 8, false}, m_title.column(30, true),
                         Column{tr("What is missing"), 60, true}};
        for (const RuleItem& item : state.missing) {
            if (item.id == 0) {
                table.rows.push_back(
                    {Cell(), Cell(tr("Annex A controls")),
                     Cell(tr("The SoA lists %1 of the %2 Annex A controls: every Annex A control "
                             "needs a decision, even when excluded.")
                              .arg(state.annexAControls)
                              .arg(kAnnexAControlCount))});
                continue;
            }
            const Record* control = m_lookup.record(reg::controls, item.id);
            if (!control)
                continue;
            table.rows.push_back({Cell(recordCell(reg::controls, *control)),
                                  textCell(m_title.display(*control)), Cell(gap(*control))});
        }
        section.blocks.push_back(std::move(table));
        return section;
    }

    // Why the rule (domain/soa_rules.h) found the control incomplete, in the reader's language.
    QString gap(const Record& control) const
    {
        const std::string decision = m_applicable.text(control);
        if (decision == "yes")
            return tr("Applicable, but no reason for its inclusion: tick risk treatment, legal, "
                      "contractual or business.");
        if (decision == "no")
            return tr("Excluded without a justification: say why it is not applicable.");
        return tr("No decision yet: mark it applicable or not, and justify the decision.");
    }

    Section consistency() const
    {
        const auto issues = soaInconsistencies(m_data);
        Section section{tr("Consistency with the risk treatment"), 1, {}};
        if (issues.empty()) {
            section.blocks.push_back(Paragraph{
                tr("No excluded control treats a risk or is implemented by a treatment action, and "
                   "every control chosen to treat a risk has risk treatment among its reasons."),
                false});
            return section;
        }
        Table table;
        table.name = tr("Inconsistencies");
        table.caption = tr("Decisions that contradict the risk treatment.");
        table.columns = {Column{tr("Ref"), 8, false}, m_title.column(30, true),
                         Column{tr("Inconsistency"), 60, true}};
        for (const SoaInconsistency& issue : issues) {
            const Record* control = m_lookup.record(reg::controls, issue.item.id);
            if (!control)
                continue;
            QStringList refs;
            for (const auto& ref : issue.relatedRefs)
                refs << qtext(ref);
            table.rows.push_back({Cell(recordCell(reg::controls, *control)),
                                  textCell(m_title.display(*control)),
                                  Cell(inconsistency(issue.kind, refs.join(QStringLiteral(", "))))});
        }
        section.blocks.push_back(std::move(table));
        return section;
    }

    static QString inconsistency(SoaIssueKind kind, const QString& refs)
    {
        switch (kind) {
        case SoaIssueKind::ExcludedButTreatsRisk:
            return tr("Excluded, but chosen to treat %1: include the control or unlink it from the "
                      "risk.").arg(refs);
        case SoaIssueKind::ExcludedButImplemented:
            return tr("Excluded, but implemented by treatment action %1: include the control or "
                      "unlink the action.").arg(refs);
        case SoaIssueKind::TreatsRiskWithoutRiskReason:
            return tr("Chosen to treat %1, but risk treatment is not among its reasons: add it as "
                      "a reason.").arg(refs);
        }
        return refs;
    }

    const ReportInput& m_input;
    const IsmsData& m_data;
    Lookup m_lookup;
    FieldReader m_title, m_theme, m_applicable, m_justification, m_implementation, m_owner,
        m_description;
    std::vector<FieldReader> m_reasons;
};

} // namespace

ReportDocument buildSoaReport(const ReportInput& input)
{
    return SoaReport(input).build();
}

ReportKind soaKind()
{
    return {"soa", QT_TRANSLATE_NOOP("isms::reports::ReportKind", "Statement of Applicability"),
            QT_TRANSLATE_NOOP("isms::reports::ReportKind",
                              "Every Annex A and custom control: applicable or not, why, how far implemented (6.1.3 d)"),
            buildSoaReport};
}

} // namespace isms::reports::builders
