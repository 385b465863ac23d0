// The XLSX writer, checked in the workbook's own XML: unzip -p reads one part of the file.
#include "report_samples.h"
#include "reports/report_writer.h"
#include "reports/writers/xlsx_writer.h"

#include <catch2/catch_test_macros.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace isms::reports;
using namespace isms::reports::sheet_test;

namespace {

QByteArray part(const QString& xlsx, const QString& name)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, name});
    REQUIRE(unzip.waitForFinished(30000));
    return unzip.readAllStandardOutput();
}

bool haveUnzip()
{
    return !QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty();
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("XLSX is a registered format", "[reports][xlsx]")
{
    const ReportWriter* writer = findReportWriter(QStringLiteral("xlsx"));
    REQUIRE(writer);
    CHECK(writer->suffix() == QStringLiteral("xlsx"));
    CHECK(writer->deterministic());
}

TEST_CASE("Sheet names are valid for Excel and unique", "[reports][xlsx]")
{
    ReportDocument doc;
    Section s{QStringLiteral("S"), 1, {}};
    Table a;
    a.name = QStringLiteral("Risks: register [2026]");
    Table b;
    b.name = QStringLiteral("An extremely long table name that goes past the limit");
    Table c = b;
    Table d;
    d.name = QStringLiteral("summary");  // clashes with the Summary sheet, ignoring case
    Table e;
    e.name = QStringLiteral("'/'");
    for (const auto& t : {a, b, c, d, e})
        s.blocks.push_back(t);
    doc.sections.push_back(s);

    const QStringList names = xlsxSheetNames(doc);
    REQUIRE(names.size() == 6);
    CHECK(names[0] == QStringLiteral("Summary"));
    CHECK(names[1] == QStringLiteral("Risks_ register _2026_"));
    CHECK(names[2] == QStringLiteral("An extremely long table name th"));
    CHECK(names[3] == QStringLiteral("An extremely long table nam (2)"));
    CHECK(names[4] == QStringLiteral("summary (2)"));
    CHECK(names[5] == QStringLiteral("_"));
    for (const auto& name : names) {
        CHECK(name.size() <= 31);
        CHECK_FALSE(name.contains(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]"))));
    }
}

TEST_CASE("An XLSX workbook has a summary, a sheet per table, and the file's properties", "[reports][xlsx]")
{
    if (!haveUnzip())
        SKIP("unzip is not installed");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.xlsx"));
    const ReportDocument doc = sampleDocument();
    REQUIRE(findReportWriter(QStringLiteral("xlsx"))->write(doc, path, {}).ok());

    const QByteArray workbook = part(path, QStringLiteral("xl/workbook.xml"));
    CHECK(workbook.contains(R"(<sheet name="Summary" sheetId="1")"));
    CHECK(workbook.contains(R"(<sheet name="Risks_ register _2026_" sheetId="2")"));

    const QByteArray summary = part(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    CHECK(summary.contains("Risk register"));
    CHECK(summary.contains("Example Ltd"));
    CHECK(summary.contains("Every risk of the file."));
    CHECK(summary.contains("Bob"));

    const QByteArray sheet = part(path, QStringLiteral("xl/worksheets/sheet2.xml"));
    // The header row is frozen and filtered over the whole table.
    CHECK(sheet.contains(R"(<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>)"));
    CHECK(sheet.contains(R"(<autoFilter ref="A1:E4"/>)"));
    // Widths from the columns (8 characters + 1 of padding).
    CHECK(sheet.contains(R"(<col min="1" max="1" width="9.7109375" customWidth="1"/>)"));
    // 2026-03-04 is Excel day 46085, a number with a style, not text.
    const QRegularExpression date(QStringLiteral(R"x(<c r="D2" s="(\d+)"><v>46085</v></c>)x"));
    const auto match = date.match(QString::fromUtf8(sheet));
    REQUIRE(match.hasMatch());
    const QByteArray styles = part(path, QStringLiteral("xl/styles.xml"));
    CHECK(styles.contains(R"(formatCode="yyyy-mm-dd")"));
    // A number is a number.
    CHECK(sheet.contains(R"(<v>-5</v>)"));
    // The hostile title stays text (an inline string), never a formula.
    CHECK_FALSE(sheet.contains("<f>"));
    CHECK(sheet.contains(R"(<t>=HYPERLINK("http://evil.example","Click")</t>)"));
    // The level is its number and label on the band's fill, in a readable white.
    CHECK(sheet.contains("12 High"));
    CHECK(styles.contains(R"(<fgColor rgb="FFC00000"/>)"));
    CHECK(styles.contains(R"(<color rgb="FFFFFFFF"/>)"));

    const QByteArray core = part(path, QStringLiteral("docProps/core.xml"));
    CHECK(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-05-06T07:08:09Z</dcterms:created>"));
    CHECK(core.contains("<dc:title>Risk register</dc:title>"));
    CHECK(core.contains("<dc:creator>Example Ltd</dc:creator>"));
    CHECK(part(path, QStringLiteral("docProps/app.xml")).contains("<Company>Example Ltd</Company>"));
}

TEST_CASE("The same document gives the same XLSX bytes", "[reports][xlsx]")
{
    QTemporaryDir dir;
    const auto* writer = findReportWriter(QStringLiteral("xlsx"));
    ReportDocument doc = sampleDocument(500);
    REQUIRE(writer->write(doc, dir.filePath(QStringLiteral("a.xlsx")), {}).ok());
    REQUIRE(writer->write(doc, dir.filePath(QStringLiteral("b.xlsx")), {}).ok());
    CHECK(fileBytes(dir.filePath(QStringLiteral("a.xlsx"))) == fileBytes(dir.filePath(QStringLiteral("b.xlsx"))));

    // A file with no history still gives fixed bytes, and a different change date other bytes.
    doc.meta.lastChange = {};
    REQUIRE(writer->write(doc, dir.filePath(QStringLiteral("c.xlsx")), {}).ok());
    REQUIRE(writer->write(doc, dir.filePath(QStringLiteral("d.xlsx")), {}).ok());
    CHECK(fileBytes(dir.filePath(QStringLiteral("c.xlsx"))) == fileBytes(dir.filePath(QStringLiteral("d.xlsx"))));
    CHECK(fileBytes(dir.filePath(QStringLiteral("a.xlsx"))) != fileBytes(dir.filePath(QStringLiteral("c.xlsx"))));
}

TEST_CASE("An XLSX write reports progress and stops when cancelled", "[reports][xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.xlsx"));
    int last = 0;
    WriteProgress* self = nullptr;
    WriteProgress progress([&](int done, int total) {
        CHECK(total == 2000);
        CHECK(done > last);
        last = done;
        if (done >= 1000)
            self->cancel();
    });
    self = &progress;
    const auto result = findReportWriter(QStringLiteral("xlsx"))->write(sampleDocument(2000), path, progress);
    REQUIRE_FALSE(result.ok());
    CHECK(isCancelled(result.error()));
    CHECK(last < 2000);
    CHECK_FALSE(QFile::exists(path));

    WriteProgress quiet;
    REQUIRE(findReportWriter(QStringLiteral("xlsx"))->write(sampleDocument(2000), path, quiet).ok());
}

TEST_CASE("An XLSX that cannot be written says so", "[reports][xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/r.xlsx"));
    const auto result = findReportWriter(QStringLiteral("xlsx"))->write(sampleDocument(), path, {});
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == isms::ErrorCode::Io);
    CHECK(QString::fromStdString(result.error().message).contains(QStringLiteral("could not be written")));
    CHECK(QString::fromStdString(result.error().message).contains(path));
}
