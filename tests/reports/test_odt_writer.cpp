// The ODT writer: the same document gives the same bytes (the zip's clock stamps are replaced
// by the file's last change), and content.xml is well-formed and holds every table's cells.
#include "report_fixture.h"

#include "reports/report_file.h"
#include "reports/writers/odt_writer.h"
#include "reports/writers/odf_package.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace isms;
using namespace isms::reports;
using namespace isms::reports::test;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QString writeOdt(const QTemporaryDir& dir, const ReportDocument& doc, const QString& name)
{
    const QString path = dir.filePath(name);
    const OdtWriter writer;
    const auto written = writeReportFile(doc, writer, path, Overwrite::Refuse);
    INFO(written.error().message);
    REQUIRE(written);
    if (const QString keep = qEnvironmentVariable("ISMS_KEEP_REPORTS"); !keep.isEmpty()) {
        QFile::remove(QDir(keep).filePath(name));
        QFile::copy(path, QDir(keep).filePath(name));
    }
    return path;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("The same document gives the same ODT bytes, stamped with the file's last change",
          "[reports][odt]")
{
    QTemporaryDir dir;
    const auto doc = sampleDocument();
    const QString first = writeOdt(dir, doc, s("first.odt"));
    const QString second = writeOdt(dir, doc, s("second.odt"));
    const QByteArray bytes = readAll(first);
    REQUIRE(bytes.startsWith("PK"));
    CHECK(bytes == readAll(second));

    // Every entry carries the file's last change (2026-11-30 09:15 UTC), not today's date.
    const auto listing = runTool(s("unzip"), {s("-Z"), s("-T"), first});
    if (!listing)
        SKIP("unzip is not installed");
    const QStringList lines = listing->split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    int entries = 0;
    for (const auto& line : lines) {
        if (!line.contains(s(" defN ")) && !line.contains(s(" stor ")))
            continue;
        ++entries;
        INFO(line.toStdString());
        CHECK(line.contains(s("20261130.091500")));
    }
    CHECK(entries >= 4);  // mimetype, manifest, content and the figures
    CHECK(listing->contains(s("mimetype")));
    CHECK(listing->contains(s("content.xml")));
}

TEST_CASE("The ODT's content is well-formed and holds the tables' cells", "[reports][odt]")
{
    QTemporaryDir dir;
    const QString path = writeOdt(dir, sampleDocument(), s("sample.odt"));
    const auto content = runTool(s("unzip"), {s("-p"), path, s("content.xml")});
    const auto manifest = runTool(s("unzip"), {s("-p"), path, s("META-INF/manifest.xml")});
    if (!content || !manifest)
        SKIP("unzip is not installed");
    QXmlStreamReader xml(*content);
    while (!xml.atEnd())
        xml.readNext();
    INFO(xml.errorString().toStdString());
    CHECK_FALSE(xml.hasError());

    CHECK(content->contains(s("Risk register")));
    CHECK(content->contains(s("Muster Maschinenbau GmbH")));
    CHECK(content->contains(s("2026-11-30")));
    CHECK(content->contains(s("Annex A controls and their decision")));
    CHECK(content->contains(s("Likelihood")));   // a header cell
    CHECK(content->contains(s("R-300")));        // the wide table's last record
    CHECK(content->contains(s("20 Critical")));  // a level with its number and label
    CHECK(content->contains(s("2027-01-02")));   // a date cell
    CHECK(content->contains(s("Ömer Yıldız")));
    // The level's colour is there, behind its text.
    CHECK(content->contains(s("fo:background-color=\"#b71c1c\"")));
    // Columns keep their share of the width, in a form word processors read.
    CHECK(content->contains(s("style:rel-column-width=")));
    CHECK_FALSE(content->contains(s("%\"")));
    // Both figures are pictures in the package.
    CHECK(manifest->count(s("Pictures/")) == 2);
}

TEST_CASE("A cancelled ODT leaves nothing", "[reports][odt]")
{
    QTemporaryDir dir;
    WriteProgress progress;
    progress.cancel();
    const OdtWriter writer;
    const auto written = writeReportFile(sampleDocument(), writer, dir.filePath(s("x.odt")),
                                         Overwrite::Refuse, progress);
    REQUIRE_FALSE(written);
    CHECK(isCancelled(written.error()));
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
              .isEmpty());
}

TEST_CASE("Qt's package is re-packed the same whatever order its styles came in",
          "[reports][odt]")
{
    // Qt writes automatic styles in QHash order, seeded anew in every process.
    const QByteArray a = "<x><office:automatic-styles>\n"
                         "<style:style style:name=\"c5\" style:family=\"text\"><p/></style:style>\n"
                         "<style:style style:name=\"T1\" style:family=\"table-cell\"/>\n"
                         "</office:automatic-styles><body/></x>";
    const QByteArray b = "<x><office:automatic-styles>\n"
                         "<style:style style:name=\"T1\" style:family=\"table-cell\"/>\n"
                         "<style:style style:name=\"c5\" style:family=\"text\"><p/></style:style>\n"
                         "</office:automatic-styles><body/></x>";
    const QByteArray sorted = sortAutomaticStyles(a);
    CHECK(sorted == sortAutomaticStyles(b));
    CHECK(sorted.indexOf("\"T1\"") < sorted.indexOf("\"c5\""));
    CHECK(sorted.endsWith("</office:automatic-styles><body/></x>"));
    CHECK(sortAutomaticStyles("<no-styles/>") == "<no-styles/>");
}

TEST_CASE("Only a zip that reads right is re-packed", "[reports][odt]")
{
    const QDateTime when(QDate(2026, 11, 30), QTime(9, 15), Qt::UTC);
    CHECK_FALSE(canonicalOdfPackage("this is no zip archive at all, just some text", when));
    CHECK_FALSE(canonicalOdfPackage(QByteArray(), when));

    QTemporaryDir dir;
    const QByteArray good = readAll(writeOdt(dir, sampleDocument(3), s("small.odt")));
    // An end record whose directory offset points past the data.
    QByteArray broken = good;
    const qsizetype end = broken.lastIndexOf(QByteArray("PK\x05\x06", 4));
    REQUIRE(end > 0);
    broken[end + 16] = char(0xff);
    broken[end + 17] = char(0xff);
    broken[end + 18] = char(0xff);
    broken[end + 19] = char(0x7f);
    CHECK_FALSE(canonicalOdfPackage(broken, when));
    // Re-packing a canonical package changes nothing.
    const auto again = canonicalOdfPackage(good, when);
    REQUIRE(again);
    CHECK(*again == good);
}
