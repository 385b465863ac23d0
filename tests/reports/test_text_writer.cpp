// The plain-text writer: what a terminal shows, within its width, and the same every time.
#include "demo_fixture.h"

#include "reports/report_writer.h"
#include "reports/writers/text_layout.h"
#include "reports/writers/text_writer.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace isms;
using namespace isms::reports;

namespace {

QStringList linesOf(const QString& text)
{
    return text.split(QLatin1Char('\n'));
}

int widest(const QString& text)
{
    int w = 0;
    for (const QString& line : linesOf(text))
        w = std::max(w, text::displayWidth(line));
    return w;
}

ReportDocument oneSection(std::vector<Block> blocks)
{
    ReportDocument doc;
    doc.meta.title = QStringLiteral("Test report");
    doc.meta.organisation = QStringLiteral("Org");
    doc.sections.push_back(Section{QStringLiteral("Part"), 1, std::move(blocks)});
    return doc;
}

QString render(const ReportDocument& doc, int width = TextWriter::kDefaultWidth)
{
    auto text = TextWriter(width).render(doc);
    REQUIRE(text);
    return *text;
}

} // namespace

TEST_CASE("The text writer is registered as text with the txt suffix", "[reports][text]")
{
    const ReportWriter* writer = findReportWriter(QStringLiteral("text"));
    REQUIRE(writer);
    CHECK(writer == findReportWriter(QStringLiteral("txt")));
    CHECK(writer->suffix() == QStringLiteral("txt"));
    CHECK(writer->deterministic());
    CHECK_FALSE(writer->displayName().isEmpty());
}

TEST_CASE("Widths count what a terminal shows", "[reports][text]")
{
    CHECK(text::displayWidth(QStringLiteral("abc")) == 3);
    CHECK(text::displayWidth(QString::fromUtf8("Gr\u00fc\u00dfe")) == 5);
    CHECK(text::displayWidth(QString::fromUtf8("e\u0301")) == 1);        // combining accent
    CHECK(text::displayWidth(QString::fromUtf8("\u65e5\u672c")) == 4);   // wide
    CHECK(text::displayWidth(QString::fromUtf8("\U0001F512")) == 2);     // emoji, a surrogate pair
    CHECK(text::fit(QStringLiteral("abcdefghij"), 5) == QString::fromUtf8("abcd\u2026"));
    CHECK(text::fit(QStringLiteral("abc"), 5) == QStringLiteral("abc"));
    CHECK(text::wrap(QStringLiteral("one two three four"), 9)
          == QStringList({QStringLiteral("one two"), QStringLiteral("three"), QStringLiteral("four")}));
    CHECK(text::wrap(QStringLiteral("abcdefghij"), 4)
          == QStringList({QStringLiteral("abcd"), QStringLiteral("efgh"), QStringLiteral("ij")}));
    CHECK(text::wrap(QString(), 4) == QStringList({QString()}));
}

TEST_CASE("Headings are underlined and key-value blocks aligned", "[reports][text]")
{
    KeyValues kv;
    kv.items.push_back({QStringLiteral("Short"), Cell::number(3)});
    kv.items.push_back({QStringLiteral("A longer key"), Cell(QDate(2026, 1, 2))});
    const QString out = render(oneSection({kv}));
    const QStringList lines = linesOf(out);
    CHECK(lines.at(0) == QStringLiteral("Test report"));
    CHECK(lines.at(1) == QStringLiteral("==========="));
    const auto part = lines.indexOf(QStringLiteral("Part"));
    REQUIRE(part > 0);
    CHECK(lines.at(part + 1) == QStringLiteral("----"));
    CHECK(lines.contains(QStringLiteral("Short:         3")));
    CHECK(lines.contains(QStringLiteral("A longer key:  2026-01-02")));
    CHECK(out.endsWith(QLatin1Char('\n')));
}

TEST_CASE("Tables are aligned columns under a header rule, long text wrapped or cut", "[reports][text]")
{
    Table table;
    table.name = QStringLiteral("T");
    table.columns = {{QStringLiteral("Ref"), 6, false}, {QStringLiteral("Title"), 20, false},
                     {QStringLiteral("Notes"), 30, true}};
    table.rows.push_back({Cell(RecordCell{QStringLiteral("risks"), 1, QStringLiteral("R-1")}),
                          Cell(QString(150, QLatin1Char('x'))),
                          Cell(QStringLiteral("word ").repeated(40).trimmed())});
    table.rows.push_back({Cell(RecordCell{QStringLiteral("risks"), 2, QStringLiteral("R-2")}),
                          Cell(QStringLiteral("Short")), Cell()});
    const QString out = render(oneSection({table}), 80);
    CHECK(widest(out) <= 80);
    const QStringList lines = linesOf(out);
    const auto header = lines.indexOf(QRegularExpression(QStringLiteral("^Ref +Title +Notes$")));
    REQUIRE(header >= 0);
    CHECK(lines.at(header + 1).startsWith(QStringLiteral("---  ")));
    CHECK(out.contains(QString::fromUtf8("\u2026")));            // the long title cut short
    CHECK(lines.filter(QStringLiteral("word")).size() > 2);       // the notes wrapped
    const auto second = lines.indexOf(QRegularExpression(QStringLiteral("^R-2 +Short$")));
    CHECK(second > header);
    CHECK(lines.contains(QStringLiteral("Rows: 2")));
}

TEST_CASE("A table too wide for the line is shown record by record", "[reports][text]")
{
    Table table;
    table.name = QStringLiteral("Wide");
    for (int c = 0; c < 12; ++c)
        table.columns.push_back({QStringLiteral("Column %1").arg(c), 12, true});
    std::vector<Cell> row;
    for (int c = 0; c < 12; ++c)
        row.push_back(c == 5 ? Cell() : Cell(QStringLiteral("value number %1").arg(c)));
    table.rows.push_back(row);
    table.rows.push_back(row);
    const QString out = render(oneSection({table}));
    CHECK(widest(out) <= TextWriter::kDefaultWidth);
    const QStringList lines = linesOf(out);
    CHECK(lines.filter(QRegularExpression(QStringLiteral("^Column 0: +value number 0$"))).size() == 2);
    CHECK(lines.filter(QStringLiteral("Column 5")).isEmpty());  // empty cells are left out
}

TEST_CASE("The heat map is a grid of numbers and a bar chart bars of text", "[reports][text]")
{
    HeatMapFigure map;
    map.title = QStringLiteral("Inherent");
    map.rowAxis = QStringLiteral("Likelihood");
    map.columnAxis = QStringLiteral("Impact");
    map.rowLabels = {QStringLiteral("2 High"), QStringLiteral("1 Low")};
    map.columnLabels = {QStringLiteral("1 Minor"), QStringLiteral("2 Major")};
    map.levels = {{LevelCell{2, {}, {}}, LevelCell{4, {}, {}}}, {LevelCell{1, {}, {}}, LevelCell{2, {}, {}}}};
    map.counts = {{0, 3}, {1, 0}};
    BarChartFigure chart;
    chart.title = QStringLiteral("Done");
    chart.maximum = 10;
    chart.bars = {{QStringLiteral("Planned"), 5}, {QStringLiteral("Done"), 10}};
    const QString out = render(oneSection({Figure(map), Figure(chart)}));
    const QStringList lines = linesOf(out);
    CHECK(lines.filter(QRegularExpression(QStringLiteral("^2 High +2 +4 \\(3\\)$"))).size() == 1);
    CHECK(lines.filter(QRegularExpression(QStringLiteral("^1 Low +1 \\(1\\) +2$"))).size() == 1);
    const QString full(50, QChar(0x2588)), half(25, QChar(0x2588));
    CHECK(lines.filter(QRegularExpression(QStringLiteral("^Done +") + full + QStringLiteral(" +10$"))).size() == 1);
    CHECK(lines.filter(QRegularExpression(QStringLiteral("^Planned +") + half + QStringLiteral(" +5$"))).size() == 1);
}

TEST_CASE("Text from the file reaches the text report defused", "[reports][text]")
{
    Table table;
    table.name = QStringLiteral("T");
    table.columns = {{QStringLiteral("Title"), 20, false}};
    table.rows.push_back({Cell(QString::fromUtf8("evil\x1b]0;owned\x07 \u202etxt"))});
    const QString out = render(oneSection({table}));
    CHECK_FALSE(out.contains(QChar(0x1b)));
    CHECK_FALSE(out.contains(QChar(0x202e)));
    CHECK(out.contains(QStringLiteral("\\x1b")));
    CHECK(out.contains(QStringLiteral("\\u202e")));
}

TEST_CASE("Every demo report fits the line, and writing it twice gives the same bytes", "[reports][text]")
{
    isms::test::DemoReports demo;
    QTemporaryDir dir;
    const ReportWriter* writer = findReportWriter(QStringLiteral("text"));
    REQUIRE(writer);
    for (const auto& kind : reportKinds()) {
        INFO(kind.key);
        const auto doc = demo.build(kind.key);
        for (int width : {TextWriter::kMinWidth, 80, TextWriter::kDefaultWidth}) {
            const QString text = render(doc, width);
            QString tooWide;
            for (const QString& line : linesOf(text))
                if (text::displayWidth(line) > width)
                    tooWide += line + QLatin1Char('\n');
            INFO(tooWide.toStdString());
            CHECK(widest(text) <= width);
        }
        const QString a = dir.filePath(QStringLiteral("%1-a.txt").arg(QLatin1String(kind.key)));
        const QString b = dir.filePath(QStringLiteral("%1-b.txt").arg(QLatin1String(kind.key)));
        REQUIRE(writer->write(doc, a, {}));
        REQUIRE(writer->write(doc, b, {}));
        QFile fa(a), fb(b);
        REQUIRE(fa.open(QIODevice::ReadOnly));
        REQUIRE(fb.open(QIODevice::ReadOnly));
        const QByteArray bytes = fa.readAll();
        CHECK(bytes == fb.readAll());
        CHECK(bytes == render(doc).toUtf8());
        // The writer never replaces: writeReportFile hands it a fresh path.
        CHECK_FALSE(writer->write(doc, a, {}));
    }
}

TEST_CASE("A cancelled text report writes nothing", "[reports][text]")
{
    isms::test::DemoReports demo;
    const auto doc = demo.build("soa");
    WriteProgress progress;
    progress.cancel();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("soa.txt"));
    const auto written = findReportWriter(QStringLiteral("text"))->write(doc, path, progress);
    REQUIRE_FALSE(written);
    CHECK(isCancelled(written.error()));
    CHECK_FALSE(QFile::exists(path));
}
