// The CSV writer: one table is a plain CSV, several are separated by their names and a blank line.
#include "report_samples.h"
#include "content/csv.h"
#include "reports/report_writer.h"
#include "reports/writers/csv_writer.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace isms::reports;
using namespace isms::reports::sheet_test;

TEST_CASE("One table is a plain CSV with a header row, its formulas defused", "[reports][csv]")
{
    const auto text = csvReportText(sampleDocument(2), {});
    REQUIRE(text.ok());
    CHECK(*text
          == "Ref,Title,Level,Review,Score\r\n"
             "R-001,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",12 High,2026-03-04,-5\r\n"
             "R-002,\"Risk 1, with a comma\",12 High,2026-03-05,-4\r\n");
    // It reads back with the register import's reader to the defused cells.
    const auto rows = isms::content::readCsv(*text);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 3);
    CHECK(rows->at(1).cells[1] == "'=HYPERLINK(\"http://evil.example\",\"Click\")");
}

TEST_CASE("Several tables each follow their name, separated by a blank line", "[reports][csv]")
{
    ReportDocument doc;
    Table a;
    a.name = QStringLiteral("First");
    a.columns = {{QStringLiteral("Only"), 8}};
    a.rows = {{Cell(QStringLiteral("x"))}, {Cell()}};  // an empty one-cell row is not a blank line
    Table b;
    b.name = QStringLiteral("@Second");
    b.columns = {{QStringLiteral("A"), 8}, {QStringLiteral("B"), 8}};
    b.rows = {{Cell::number(1.5, 1, QStringLiteral("%")), Cell(QStringLiteral("+1 call"))}};
    doc.sections.push_back({QStringLiteral("S"), 1, {Paragraph{QStringLiteral("ignored")}, a, b}});
    const auto text = csvReportText(doc, {});
    REQUIRE(text.ok());
    CHECK(*text == "First\r\nOnly\r\nx\r\n\"\"\r\n\r\n'@Second\r\nA,B\r\n1.5%,'+1 call\r\n");
}

TEST_CASE("The same document gives the same CSV bytes, written all at once", "[reports][csv]")
{
    const ReportWriter* writer = findReportWriter(QStringLiteral("csv"));
    REQUIRE(writer);
    CHECK(writer->deterministic());
    QTemporaryDir dir;
    const auto doc = sampleDocument(1000);
    REQUIRE(writer->write(doc, dir.filePath(QStringLiteral("a.csv")), {}).ok());
    REQUIRE(writer->write(doc, dir.filePath(QStringLiteral("b.csv")), {}).ok());
    QFile a(dir.filePath(QStringLiteral("a.csv"))), b(dir.filePath(QStringLiteral("b.csv")));
    REQUIRE(a.open(QIODevice::ReadOnly));
    REQUIRE(b.open(QIODevice::ReadOnly));
    const QByteArray bytes = a.readAll();
    CHECK(bytes == b.readAll());
    CHECK(bytes.toStdString() == csvReportText(doc, {}).value());
}

TEST_CASE("A CSV write stops when cancelled and reports a folder it cannot write", "[reports][csv]")
{
    WriteProgress progress([&](int, int) {});
    progress.cancel();
    const auto cancelled = csvReportText(sampleDocument(2000), progress);
    REQUIRE_FALSE(cancelled.ok());
    CHECK(isCancelled(cancelled.error()));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/r.csv"));
    const auto failed = findReportWriter(QStringLiteral("csv"))->write(sampleDocument(), path, {});
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().code == isms::ErrorCode::Io);
    CHECK(QString::fromStdString(failed.error().message).contains(path));
}
