#include "report_fixture.h"

#include <QProcess>
#include <QStandardPaths>

namespace isms::reports::test {

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

LevelCell sampleLevel(int score)
{
    if (score >= 16)
        return {score, s("Critical"), QColor(0xb7, 0x1c, 0x1c)};
    if (score >= 10)
        return {score, s("High"), QColor(0xef, 0x6c, 0x00)};
    if (score >= 5)
        return {score, s("Medium"), QColor(0xfb, 0xc0, 0x2d)};
    return {score, s("Low"), QColor(0x2e, 0x7d, 0x32)};
}

ReportDocument sampleDocument(int wideRows)
{
    ReportDocument doc;
    doc.meta.kind = s("risks");
    doc.meta.title = s("Risk register");
    doc.meta.organisation = s("Muster Maschinenbau GmbH");
    doc.meta.subject = s("ISO/IEC 27001:2022 clause 6.1.2");
    doc.meta.lastChange = QDateTime(QDate(2026, 11, 30), QTime(9, 15), Qt::UTC);
    doc.meta.lastChangeBy = s("Jana Kraus");
    doc.meta.sourceFile = s("muster.isms");
    doc.meta.generator = s("ISMS Desk 0.1.0");

    Section summary{s("Summary"), 1, {}};
    summary.blocks.push_back(Paragraph{s(
        "This register lists every information security risk of the organisation, its owner, "
        "its inherent and residual level and how it is treated. Levels are scored as "
        "likelihood times impact on a five by five scale.")});
    KeyValues facts;
    facts.items.emplace_back(s("Organisation"), Cell(s("Muster Maschinenbau GmbH")));
    facts.items.emplace_back(s("Risks"), Cell::number(wideRows));
    facts.items.emplace_back(s("Highest residual level"), Cell(sampleLevel(20)));
    facts.items.emplace_back(s("Last review"), Cell(QDate(2026, 10, 1)));
    facts.items.emplace_back(s("Risk owner of the ISMS"),
                             Cell(RecordCell{s("people"), 3, s("P-003")}));
    summary.blocks.push_back(facts);
    summary.blocks.push_back(Paragraph{s("Generated from muster.isms."), true});
    doc.sections.push_back(summary);

    Section controls{s("Controls in scope"), 2, {}};
    Table narrow;
    narrow.name = s("Controls");
    narrow.caption = s("Annex A controls and their decision");
    narrow.columns = {{s("Ref"), 8}, {s("Control"), 40, true}, {s("Applicable"), 10},
                      {s("Level"), 12}};
    for (int i = 1; i <= 40; ++i)
        narrow.rows.push_back({Cell(RecordCell{s("controls"), i, s("A.5.%1").arg(i)}),
                               Cell(s("Control number %1 with a title long enough to wrap over "
                                      "two lines in its column").arg(i)),
                               Cell(i % 7 == 0 ? s("No") : s("Yes")),
                               Cell(sampleLevel(1 + (i * 3) % 25))});
    controls.blocks.push_back(narrow);
    doc.sections.push_back(controls);

    Section risks{s("Risk register"), 1, {}};
    Table wide;
    wide.name = s("Risks");
    wide.caption = s("All risks");
    wide.columns = {{s("Ref"), 7},         {s("Risk"), 36, true},  {s("Owner"), 14},
                    {s("Likelihood"), 9},  {s("Impact"), 9},       {s("Inherent"), 12},
                    {s("Treatment"), 14},  {s("Residual"), 12},    {s("Due"), 11},
                    {s("Score"), 6}};
    const QStringList owners{s("Jana Kraus"), s("Ömer Yıldız"), s("Lars Petersen")};
    for (int i = 1; i <= wideRows; ++i) {
        const int l = 1 + i % 5, m = 1 + (i / 5) % 5;
        wide.rows.push_back(
            {Cell(RecordCell{s("risks"), i, s("R-%1").arg(i, 3, 10, QLatin1Char('0'))}),
             Cell(i % 10 == 0 ? s("Loss of customer data through a misdirected e-mail with an "
                                  "attachment, found by the customer")
                              : s("Ransomware on file server %1").arg(i)),
             Cell(owners[i % owners.size()]), Cell::number(l), Cell::number(m),
             Cell(sampleLevel(l * m)), Cell(i % 3 == 0 ? s("Accept") : s("Reduce")),
             Cell(sampleLevel(std::max(1, l * m / 2))), Cell(QDate(2027, 1, 1).addDays(i)),
             Cell::number(l * m * 1.5, 1)});
    }
    risks.blocks.push_back(wide);
    doc.sections.push_back(risks);

    Section heat{s("Heat map"), 2, {}};
    HeatMapFigure map;
    map.title = s("Inherent risk");
    map.rowAxis = s("Likelihood");
    map.columnAxis = s("Impact");
    map.rowLabels = {s("Almost certain"), s("Likely"), s("Possible"), s("Unlikely"), s("Rare")};
    map.columnLabels = {s("Negligible"), s("Minor"), s("Moderate"), s("Major"), s("Severe")};
    for (int r = 0; r < 5; ++r) {
        map.levels.emplace_back();
        map.counts.emplace_back();
        for (int c = 0; c < 5; ++c) {
            map.levels.back().push_back(sampleLevel((5 - r) * (c + 1)));
            map.counts.back().push_back((r * 7 + c * 3) % 11);
        }
    }
    heat.blocks.push_back(Figure(map));
    heat.blocks.push_back(Paragraph{s("Each cell shows the number of risks and its level."),
                                    true});
    doc.sections.push_back(heat);

    Section readiness{s("Readiness"), 1, {}};
    BarChartFigure bars;
    bars.title = s("Requirements met per clause");
    bars.valueAxis = s("% met");
    for (int clause = 4; clause <= 10; ++clause)
        bars.bars.emplace_back(s("Clause %1").arg(clause), (clause * 37) % 101);
    bars.bars.emplace_back(s("Annex A controls"), 62.5);
    readiness.blocks.push_back(Figure(bars));
    doc.sections.push_back(readiness);
    return doc;
}

std::optional<QString> runTool(const QString& program, const QStringList& arguments)
{
    if (QStandardPaths::findExecutable(program).isEmpty())
        return std::nullopt;
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace isms::reports::test
