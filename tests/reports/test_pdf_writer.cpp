// The PDF writer, read back with poppler's tools: what a reader sees (pdftotext) and how the
// pages are shaped (pdfinfo). The tools are SKIPped only when they are not installed.
#include "report_fixture.h"

#include "reports/report_file.h"
#include "reports/writers/pdf_writer.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace isms;
using namespace isms::reports;
using namespace isms::reports::test;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// A developer who wants to look at the pages sets ISMS_KEEP_REPORTS to a folder.
void keep(const QString& path)
{
    const QString folder = qEnvironmentVariable("ISMS_KEEP_REPORTS");
    if (folder.isEmpty())
        return;
    const QString copy = QDir(folder).filePath(QFileInfo(path).fileName());
    QFile::remove(copy);
    QFile::copy(path, copy);
}

QString writePdf(const QTemporaryDir& dir, const ReportDocument& doc, const QString& name)
{
    const QString path = dir.filePath(name);
    const PdfWriter writer;
    const auto written = writeReportFile(doc, writer, path, Overwrite::Refuse);
    INFO(written.error().message);
    REQUIRE(written);
    keep(path);
    return path;
}

// pdfinfo's "Page    3 size: 841.89 x 595.28 pts (A4)" lines, as (width, height) per page.
std::vector<std::pair<double, double>> pageSizes(const QString& info)
{
    std::vector<std::pair<double, double>> sizes;
    static const QRegularExpression line(
        QStringLiteral(R"(Page\s+\d+\s+size:\s+([\d.]+)\s+x\s+([\d.]+))"));
    for (auto it = line.globalMatch(info); it.hasNext();) {
        const auto m = it.next();
        sizes.emplace_back(m.captured(1).toDouble(), m.captured(2).toDouble());
    }
    return sizes;
}

int pageCount(const QString& info)
{
    static const QRegularExpression pages(QStringLiteral(R"(Pages:\s+(\d+))"));
    const auto m = pages.match(info);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace

TEST_CASE("The PDF has a running header, numbered pages and repeated table headers",
          "[reports][pdf]")
{
    QTemporaryDir dir;
    const QString path = writePdf(dir, sampleDocument(), s("sample.pdf"));

    const auto info = runTool(s("pdfinfo"), {path});
    const auto text = runTool(s("pdftotext"), {path, s("-")});
    if (!info || !text)
        SKIP("poppler-utils (pdfinfo, pdftotext) are not installed");
    const int n = pageCount(*info);
    REQUIRE(n >= 4);
    CHECK(info->contains(s("Title:           Risk register")));
    CHECK(info->contains(s("Creator:         ISMS Desk 0.1.0")));

    QStringList pages = text->split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.back().trimmed().isEmpty())
        pages.removeLast();
    REQUIRE(pages.size() == n);
    for (int i = 0; i < n; ++i) {
        INFO("page " << i + 1);
        const QString& page = pages[i];
        CHECK(page.contains(s("Muster Maschinenbau GmbH")));
        CHECK(page.contains(s("Risk register")));
        // The file's last change, not the day the report was made.
        CHECK(page.contains(s("Last change: 2026-11-30")));
        CHECK(page.contains(s("Page %1 of %2").arg(i + 1).arg(n)));
    }
    // Page 2 continues the controls table under its caption and header row.
    CHECK(pages[1].contains(s("Annex A controls and their decision (continued)")));
    CHECK(pages[1].contains(s("Applicable")));
    // A level always shows its number with its label, in tables and key-value lists alike.
    CHECK(pages[0].contains(s("20 Critical")));
    // Every page the risk table continues on repeats its header row.
    int continued = 0;
    for (const auto& page : pages) {
        if (!page.contains(s("All risks (continued)")))
            continue;
        ++continued;
        CHECK(page.contains(s("Likelihood")));
        CHECK(page.contains(s("Residual")));
    }
    CHECK(continued >= 2);
    CHECK(text->contains(s("R-300")));
    CHECK(text->contains(s("Almost certain")));   // the heat map's axis
    CHECK(text->contains(s("Clause 10")));        // the bar chart's labels

    // The wide table's pages are landscape, the others portrait.
    const auto sizeInfo = runTool(s("pdfinfo"), {s("-f"), s("1"), s("-l"), QString::number(n), path});
    REQUIRE(sizeInfo);
    const auto sizes = pageSizes(*sizeInfo);
    REQUIRE(int(sizes.size()) == n);
    for (int i = 0; i < n; ++i) {
        INFO("page " << i + 1);
        const bool wide = pages[i].contains(s("All risks"));
        const bool landscape = sizes[size_t(i)].first > sizes[size_t(i)].second;
        CHECK(wide == landscape);
    }
}

TEST_CASE("The same document gives a PDF with the same text", "[reports][pdf]")
{
    QTemporaryDir dir;
    const auto doc = sampleDocument(120);
    const QString first = writePdf(dir, doc, s("first.pdf"));
    const QString second = writePdf(dir, doc, s("second.pdf"));
    const auto a = runTool(s("pdftotext"), {first, s("-")});
    const auto b = runTool(s("pdftotext"), {second, s("-")});
    if (!a || !b)
        SKIP("pdftotext is not installed");
    CHECK(!a->isEmpty());
    CHECK(*a == *b);
}

TEST_CASE("The PDF's paper follows the locale", "[reports][pdf]")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QTemporaryDir dir;
    ReportDocument doc = sampleDocument(5);
    const QString path = writePdf(dir, doc, s("letter.pdf"));
    QLocale::setDefault(before);
    const auto info = runTool(s("pdfinfo"), {path});
    if (!info)
        SKIP("pdfinfo is not installed");
    CHECK(info->contains(s("612 x 792 pts (letter)")));
}

TEST_CASE("A cancelled PDF stops and leaves nothing", "[reports][pdf]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(s("cancelled.pdf"));
    WriteProgress* self = nullptr;
    int steps = 0;
    WriteProgress progress([&](int, int) {
        if (++steps == 2)
            self->cancel();
    });
    self = &progress;
    const PdfWriter writer;
    const auto written =
        writeReportFile(sampleDocument(2000), writer, path, Overwrite::Refuse, progress);
    REQUIRE_FALSE(written);
    CHECK(isCancelled(written.error()));
    CHECK(steps == 2);  // it stopped at the first check after the cancel
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
              .isEmpty());
}

TEST_CASE("A document with nothing in it still makes a valid PDF", "[reports][pdf]")
{
    QTemporaryDir dir;
    ReportDocument doc;
    doc.meta.title = s("Empty");
    Table empty;
    empty.name = s("None");
    empty.caption = s("Nothing yet");
    empty.columns = {{s("Ref"), 8}, {s("Title"), 30}};
    doc.sections.push_back({s("Only a heading"), 1, {empty}});
    const QString path = writePdf(dir, doc, s("empty.pdf"));
    const auto text = runTool(s("pdftotext"), {path, s("-")});
    if (!text)
        SKIP("pdftotext is not installed");
    CHECK(text->contains(s("Only a heading")));
    CHECK(text->contains(s("No entries.")));
    CHECK(text->contains(s("No recorded change")));
    CHECK(text->contains(s("Page 1 of 1")));
}
