#include "reports/builders/criteria_report.h"

#include "reports/builders/builder_support.h"

#include <QCoreApplication>

namespace isms::reports::builders {

namespace {

class CriteriaReport {
    Q_DECLARE_TR_FUNCTIONS(isms::reports::CriteriaReport)

public:
    explicit CriteriaReport(const ReportInput& input) : m_input(input), m_m(input.data.methodology) {}

    ReportDocument build() const
    {
        ReportDocument doc;
        doc.meta = m_input.meta;
        doc.meta.kind = QStringLiteral("criteria");
        doc.meta.title = tr("Risk assessment criteria");
        doc.meta.subject = tr("ISO/IEC 27001:2022 clause 6.1.2");

        Section intro{tr("Method"), 1, {}};
        intro.blocks.push_back(Paragraph{
            tr("Each risk is assessed by its likelihood and its impact on the scales below. The "
               "risk matrix gives the score of each pair, and the score's band its level. The same "
               "criteria apply to every assessment, so repeated assessments give consistent, valid "
               "and comparable results."),
            false});
        KeyValues facts;
        facts.items.push_back({tr("Likelihood levels"), Cell::number(static_cast<double>(m_m.likelihood.size()))});
        facts.items.push_back({tr("Impact levels"), Cell::number(static_cast<double>(m_m.impact.size()))});
        facts.items.push_back({tr("Review interval"),
                               Cell(tr("%n month(s)", nullptr, m_m.reviewIntervalMonths))});
        intro.blocks.push_back(std::move(facts));
        doc.sections.push_back(std::move(intro));

        doc.sections.push_back(scale(tr("Likelihood scale"), m_m.likelihood));
        doc.sections.push_back(scale(tr("Impact scale"), m_m.impact));
        doc.sections.push_back(matrix());
        doc.sections.push_back(bands());
        doc.sections.push_back(acceptance());
        return doc;
    }

private:
    Section scale(const QString& name, const std::vector<ScaleLevel>& levels) const
    {
        Table t;
        t.name = name;
        t.columns = {Column{tr("Level"), 6, false}, Column{tr("Label"), 20, false},
                     Column{tr("Description"), 60, true}};
        for (std::size_t n = 0; n < levels.size(); ++n)
            t.rows.push_back({Cell::number(static_cast<double>(n + 1)), Cell(qtext(levels[n].label)),
                              textCell(qtext(levels[n].description))});
        return Section{name, 1, {std::move(t)}};
    }

    Section matrix() const
    {
        Section section{tr("Risk matrix"), 1, {}};
        section.blocks.push_back(Paragraph{
            tr("The score of each likelihood (rows) and impact (columns), in the colour of its band."),
            false});
        section.blocks.push_back(Figure(matrixFigure(m_m, tr("Risk matrix"), nullptr)));
        // The same matrix as a table, for the formats that have no figures (CSV, a spreadsheet).
        Table t;
        t.name = tr("Risk matrix");
        t.columns.push_back(Column{tr("Likelihood"), 18, false});
        for (std::size_t i = 0; i < m_m.impact.size(); ++i)
            t.columns.push_back(Column{QStringLiteral("%1 %2").arg(i + 1).arg(qtext(m_m.impact[i].label)), 12, false});
        for (int l = static_cast<int>(m_m.likelihood.size()); l >= 1; --l) {
            std::vector<Cell> row{Cell(QStringLiteral("%1 %2").arg(l).arg(
                qtext(m_m.likelihood[static_cast<std::size_t>(l - 1)].label)))};
            for (int i = 1; i <= static_cast<int>(m_m.impact.size()); ++i)
                row.push_back(scoreCell(m_m, m_m.score(l, i)));
            t.rows.push_back(std::move(row));
        }
        section.blocks.push_back(std::move(t));
        return section;
    }

    Section bands() const
    {
        Table t;
        t.name = tr("Bands");
        t.columns = {Column{tr("Band"), 16, false}, Column{tr("From score"), 10, false},
                     Column{tr("To score"), 10, false}, Column{tr("Colour"), 10, false}};
        int top = 0;
        for (int s : m_m.matrix)
            top = std::max(top, s);
        for (std::size_t b = 0; b < m_m.bands.size(); ++b) {
            const RiskBand& band = m_m.bands[b];
            const int to = b + 1 < m_m.bands.size() ? m_m.bands[b + 1].minScore - 1 : top;
            t.rows.push_back({Cell(LevelCell{band.minScore, qtext(band.label), bandColour(band)}),
                              Cell::number(band.minScore),
                              to >= band.minScore ? Cell::number(to) : Cell(),
                              Cell(qtext(band.colour))});
        }
        Section section{tr("Risk levels"), 1, {}};
        section.blocks.push_back(Paragraph{
            tr("A score belongs to the highest band whose lowest score it reaches."), false});
        section.blocks.push_back(std::move(t));
        return section;
    }

    Section acceptance() const
    {
        Section section{tr("Risk acceptance criteria"), 1, {}};
        KeyValues values;
        values.items.push_back({tr("Highest acceptable residual score"),
                                m_m.acceptableMaxScore > 0 ? Cell(scoreLevel(m_m, m_m.acceptableMaxScore))
                                                           : Cell::number(0)});
        values.items.push_back({tr("Acceptance criteria"), textCell(qtext(m_m.acceptanceCriteria))});
        section.blocks.push_back(std::move(values));
        section.blocks.push_back(Paragraph{
            tr("A residual risk scoring above %1 is accepted only by a named person on a recorded "
               "date; otherwise it is treated further.")
                .arg(m_m.acceptableMaxScore),
            false});
        return section;
    }

    const ReportInput& m_input;
    const Methodology& m_m;
};

} // namespace

ReportDocument buildCriteriaReport(const ReportInput& input)
{
    return CriteriaReport(input).build();
}

ReportKind criteriaKind()
{
    return {"criteria", QT_TRANSLATE_NOOP("isms::reports::ReportKind", "Risk assessment criteria"),
            QT_TRANSLATE_NOOP("isms::reports::ReportKind",
                              "The risk methodology: scales, matrix, bands and acceptance criteria (6.1.2)"),
            buildCriteriaReport};
}

} // namespace isms::reports::builders
