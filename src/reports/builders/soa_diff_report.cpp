#include "reports/builders/soa_diff_report.h"

#include "reports/builders/builder_support.h"
#include "reports/domain_text.h"

#include <QCoreApplication>
#include <QDateTime>

namespace isms::reports::builders {

namespace {

class SoaDiffReport {
    Q_DECLARE_TR_FUNCTIONS(isms::reports::SoaDiffReport)

public:
    explicit SoaDiffReport(const ReportInput& input)
        : m_input(input), m_applicable(input.data, reg::controls, "applicable"),
          m_justification(input.data, reg::controls, "justification"),
          m_implementation(input.data, reg::controls, "implementation"), m_owner(input.data, reg::controls, "owner"),
          m_title(input.data, reg::controls, "title")
    {
        for (const char* key : {"reason_risk", "reason_legal", "reason_contractual", "reason_business"})
            m_reasons.emplace_back(input.data, reg::controls, key);
    }

    ReportDocument build() const
    {
        ReportDocument doc;
        doc.meta = m_input.meta;
        doc.meta.kind = QStringLiteral("soa-diff");
        doc.meta.title = tr("Statement of Applicability: changes between versions");
        doc.meta.subject = tr("ISO/IEC 27001:2022 clause 6.1.3 d");
        const ComparedVersions* compared = m_input.compared;
        if (!compared || !compared->soaBefore || !compared->soaAfter) {
            doc.sections.push_back(Section{tr("Summary"), 1,
                                           {Paragraph{tr("No two SoA versions were chosen to compare: approve "
                                                         "versions with `ismsctl soa-version`, then compare them."),
                                                      false}}});
            return doc;
        }
        const SoaVersion& before = *compared->soaBefore;
        const SoaVersion& after = *compared->soaAfter;
        const SoaDiff diff = diffSoa(before, after);
        doc.sections.push_back(summary(before, after, diff));
        doc.sections.push_back(changes(before, after, diff));
        return doc;
    }

private:
    QString versionText(const SoaVersion& v) const
    {
        const QDateTime at = QDateTime::fromString(qtext(v.approvedAt), Qt::ISODateWithMs);
        QString text = tr("Version %1, approved by %2 on %3")
                           .arg(v.number)
                           .arg(qtext(v.approvedByName), at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                                                                     : qtext(v.approvedAt));
        if (v.incomplete())
            text += QLatin1Char(' ') + tr("(incomplete: %1 controls undecided)").arg(v.undecided);
        return text;
    }

    Section summary(const SoaVersion& before, const SoaVersion& after, const SoaDiff& diff) const
    {
        Section section{tr("Summary"), 1, {}};
        KeyValues kv;
        kv.items.push_back({tr("Earlier version"), Cell(versionText(before))});
        if (!before.note.empty())
            kv.items.push_back({tr("Its note"), Cell(qtext(before.note))});
        kv.items.push_back({tr("Later version"), Cell(versionText(after))});
        if (!after.note.empty())
            kv.items.push_back({tr("Its note"), Cell(qtext(after.note))});
        kv.items.push_back({tr("Controls in the earlier version"), Cell::number(static_cast<double>(before.controls.size()))});
        kv.items.push_back({tr("Controls in the later version"), Cell::number(static_cast<double>(after.controls.size()))});
        kv.items.push_back({tr("Decisions changed"), Cell::number(diff.count(SoaAspect::Decision))});
        kv.items.push_back({tr("Reasons changed"), Cell::number(diff.count(SoaAspect::Reasons))});
        kv.items.push_back({tr("Justifications changed"), Cell::number(diff.count(SoaAspect::Justification))});
        kv.items.push_back({tr("Implementation status changed"), Cell::number(diff.count(SoaAspect::Implementation))});
        kv.items.push_back({tr("Owners changed"), Cell::number(diff.count(SoaAspect::Owner))});
        kv.items.push_back({tr("Controls added"), Cell::number(diff.added())});
        kv.items.push_back({tr("Controls removed"), Cell::number(diff.removed())});
        kv.items.push_back({tr("Controls unchanged"), Cell::number(diff.unchanged)});
        section.blocks.push_back(std::move(kv));
        return section;
    }

    QString optionLabel(const FieldReader& field, const std::string& key) const
    {
        if (key.empty())
            return tr("Not set");
        if (field.def())
            if (const EnumOption* option = field.def()->option(key))
                return domainText(option->label);
        return qtext(key);
    }

    QString reasonsText(const SoaReasons& r) const
    {
        QStringList parts;
        const bool flags[] = {r.risk, r.legal, r.contractual, r.business};
        for (std::size_t i = 0; i < m_reasons.size(); ++i)
            if (flags[i])
                parts << m_reasons[i].label();
        return parts.isEmpty() ? tr("None") : parts.join(QStringLiteral("; "));
    }

    QString aspectName(SoaAspect aspect) const
    {
        switch (aspect) {
        case SoaAspect::Decision:
            return m_applicable.label();
        case SoaAspect::Reasons:
            return tr("Reasons for inclusion");
        case SoaAspect::Justification:
            return m_justification.label();
        case SoaAspect::Implementation:
            return m_implementation.label();
        case SoaAspect::Owner:
            return m_owner.label();
        case SoaAspect::Title:
            return m_title.label();
        }
        return {};
    }

    QString aspectValue(SoaAspect aspect, const SoaVersionEntry& e) const
    {
        switch (aspect) {
        case SoaAspect::Decision:
            return optionLabel(m_applicable, e.applicable);
        case SoaAspect::Reasons:
            return reasonsText(e.reasons);
        case SoaAspect::Justification:
            return qtext(e.justification);
        case SoaAspect::Implementation:
            return optionLabel(m_implementation, e.implementation);
        case SoaAspect::Owner:
            return qtext(e.ownerName);
        case SoaAspect::Title:
            return tr("%1 %2").arg(qtext(e.ref), qtext(e.title));
        }
        return {};
    }

    Section changes(const SoaVersion& before, const SoaVersion& after, const SoaDiff& diff) const
    {
        Section section{tr("Changes"), 1, {}};
        if (diff.changes.empty()) {
            section.blocks.push_back(Paragraph{tr("Nothing changed between the two versions."), false});
            return section;
        }
        Table table;
        table.name = tr("Changes");
        table.caption = tr("Each change of a control from version %1 to version %2.").arg(before.number).arg(after.number);
        table.columns = {Column{tr("Ref"), 8, false}, Column{tr("Control"), 28, true}, Column{tr("What changed"), 18, true},
                         Column{tr("Version %1").arg(before.number), 30, true},
                         Column{tr("Version %1").arg(after.number), 30, true}};
        for (const SoaControlChange& change : diff.changes) {
            const SoaVersionEntry& shown = change.after ? *change.after : *change.before;
            const Cell ref(RecordCell{QStringLiteral("controls"), change.controlId, qtext(change.ref)});
            if (!change.before) {
                table.rows.push_back({ref, textCell(qtext(shown.title)), Cell(tr("Added")), Cell(),
                                      Cell(optionLabel(m_applicable, shown.applicable))});
                continue;
            }
            if (!change.after) {
                table.rows.push_back({ref, textCell(qtext(shown.title)), Cell(tr("Removed")),
                                      Cell(optionLabel(m_applicable, shown.applicable)), Cell()});
                continue;
            }
            for (SoaAspect aspect : change.changed)
                table.rows.push_back({ref, textCell(qtext(shown.title)), Cell(aspectName(aspect)),
                                      textCell(aspectValue(aspect, *change.before)),
                                      textCell(aspectValue(aspect, *change.after))});
        }
        section.blocks.push_back(std::move(table));
        return section;
    }

    const ReportInput& m_input;
    FieldReader m_applicable, m_justification, m_implementation, m_owner, m_title;
    std::vector<FieldReader> m_reasons;
};

} // namespace

ReportDocument buildSoaDiffReport(const ReportInput& input)
{
    return SoaDiffReport(input).build();
}

ReportKind soaDiffKind()
{
    return {"soa-diff", QT_TRANSLATE_NOOP("isms::reports::ReportKind", "SoA changes between versions"),
            QT_TRANSLATE_NOOP("isms::reports::ReportKind",
                              "Two approved SoA versions: decisions, reasons, justifications, status changed (6.1.3 d)"),
            buildSoaDiffReport, ReportKind::Compares::SoaVersions};
}

} // namespace isms::reports::builders
