// bench_reports [ROWS]: a risk register of ROWS risks (default 10,000) by 12 columns, with level
// cells, written as XLSX through the report writer against raw libxlsxwriter writing the same
// cells with the same formats and options in the same run (the yardstick: no document model, the
// text already UTF-8), then as PDF through findReportWriter("pdf") if that writer is registered.
// Each write runs in a child process of its own, so each peak resident memory (VmHWM) is its own;
// an idle child (document built, nothing written) gives the footprint they share.

#include "reports/report_writer.h"

#include <QDate>
#include <QDir>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include "child_measure.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

using namespace isms::reports;

using isms::bench::inChild;
using isms::bench::Measured;
using isms::bench::vmHwmKiB;

namespace {


const QColor kBands[] = {QColor(0x2E, 0x7D, 0x32), QColor(0xF9, 0xA8, 0x25), QColor(0xEF, 0x6C, 0x00),
                         QColor(0xC6, 0x28, 0x28)};
const char* kBandLabels[] = {"Low", "Medium", "High", "Very high"};

LevelCell level(int score)
{
    const int band = score <= 4 ? 0 : score <= 9 ? 1 : score <= 16 ? 2 : 3;
    return LevelCell{score, QString::fromLatin1(kBandLabels[band]), kBands[band]};
}

// Twelve columns shaped like the risk register: ref, title, threat, vulnerability, owner,
// inherent L, I and level, treatment, residual level, review date, status.
ReportDocument riskRegister(int rows)
{
    Table t;
    t.name = QStringLiteral("Risk register");
    t.columns = {{QStringLiteral("Ref"), 8},        {QStringLiteral("Title"), 40, true},
                 {QStringLiteral("Threat"), 24, true}, {QStringLiteral("Vulnerability"), 24, true},
                 {QStringLiteral("Owner"), 16},     {QStringLiteral("Likelihood"), 10},
                 {QStringLiteral("Impact"), 8},     {QStringLiteral("Inherent level"), 14},
                 {QStringLiteral("Treatment"), 12}, {QStringLiteral("Residual level"), 14},
                 {QStringLiteral("Review"), 12},    {QStringLiteral("Status"), 10}};
    t.rows.reserve(std::size_t(rows));
    for (int n = 1; n <= rows; ++n) {
        const int l = 1 + n % 5, i = 1 + (n / 5) % 5;
        t.rows.push_back({Cell(RecordCell{QStringLiteral("risks"), n, QStringLiteral("R-%1").arg(n, 5, 10, QLatin1Char('0'))}),
                          Cell(QStringLiteral("Loss of customer data through risk scenario %1").arg(n)),
                          Cell(QStringLiteral("Ransomware on the file server")),
                          Cell(QStringLiteral("Unpatched systems, weak backups")),
                          Cell(QStringLiteral("Owner %1").arg(n % 37)),
                          Cell::number(l), Cell::number(i), Cell(level(l * i)),
                          Cell(QStringLiteral("reduce")), Cell(level(std::max(1, l * i / 2))),
                          Cell(QDate(2026, 1, 1).addDays(n % 365)), Cell(QStringLiteral("open"))});
    }
    ReportDocument doc;
    doc.meta.title = QStringLiteral("Risk register");
    doc.meta.organisation = QStringLiteral("Bench Ltd");
    doc.meta.lastChange = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
    doc.sections.push_back({QStringLiteral("Risks"), 1, {Paragraph{QStringLiteral("All risks.")}, std::move(t)}});
    return doc;
}

// The same cells as plain values, prepared before the clock starts: what a hand-written export
// straight from memory would hold.
struct RawCell {
    enum Kind { Text, Number, Date, Level } kind = Text;
    std::string text;
    double number = 0;
    lxw_datetime date{};
    unsigned fill = 0;
};

std::vector<std::vector<RawCell>> rawCells(const Table& table)
{
    std::vector<std::vector<RawCell>> out;
    for (const auto& row : table.rows) {
        std::vector<RawCell> cells;
        for (const auto& cell : row) {
            RawCell raw;
            if (const auto* n = std::get_if<NumberCell>(&cell.value)) {
                raw.kind = RawCell::Number;
                raw.number = n->value;
            } else if (const auto* d = std::get_if<QDate>(&cell.value)) {
                raw.kind = RawCell::Date;
                raw.date = {d->year(), d->month(), d->day(), 0, 0, 0};
            } else if (const auto* l = std::get_if<LevelCell>(&cell.value)) {
                raw.kind = RawCell::Level;
                raw.fill = l->colour.rgb() & 0xFFFFFF;
                raw.text = cellText(cell).toStdString();
            } else {
                raw.text = cellText(cell).toStdString();
            }
            cells.push_back(std::move(raw));
        }
        out.push_back(std::move(cells));
    }
    return out;
}

bool writeRaw(const Table& table, const std::vector<std::vector<RawCell>>& rows,
              const std::string& path, bool constantMemory)
{
    lxw_workbook_options options{};
    options.constant_memory = constantMemory;
    lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
    lxw_doc_properties properties{};
    properties.created = 1764590400;
    workbook_set_properties(wb, &properties);
    workbook_add_worksheet(wb, "Summary");
    lxw_worksheet* ws = workbook_add_worksheet(wb, "Risk register");
    lxw_format* header = workbook_add_format(wb);
    format_set_bold(header);
    lxw_format* wrap = workbook_add_format(wb);
    format_set_text_wrap(wrap);
    lxw_format* date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy-mm-dd");
    std::map<unsigned, lxw_format*> fills;
    for (lxw_col_t c = 0; c < table.columns.size(); ++c) {
        worksheet_set_column(ws, c, c, table.columns[c].widthChars + 1, nullptr);
        worksheet_write_string(ws, 0, c, table.columns[c].title.toUtf8().constData(), header);
    }
    worksheet_freeze_panes(ws, 1, 0);
    worksheet_autofilter(ws, 0, 0, lxw_row_t(rows.size()), lxw_col_t(table.columns.size() - 1));
    for (std::size_t r = 0; r < rows.size(); ++r) {
        for (std::size_t c = 0; c < rows[r].size(); ++c) {
            const RawCell& cell = rows[r][c];
            const auto row = lxw_row_t(r + 1);
            const auto col = lxw_col_t(c);
            switch (cell.kind) {
            case RawCell::Number: worksheet_write_number(ws, row, col, cell.number, nullptr); break;
            case RawCell::Date: worksheet_write_datetime(ws, row, col, const_cast<lxw_datetime*>(&cell.date), date); break;
            case RawCell::Level: {
                lxw_format*& f = fills[cell.fill];
                if (!f) {
                    f = workbook_add_format(wb);
                    format_set_bg_color(f, cell.fill);
                }
                worksheet_write_string(ws, row, col, cell.text.c_str(), f);
                break;
            }
            case RawCell::Text:
                worksheet_write_string(ws, row, col, cell.text.c_str(), table.columns[c].wrap ? wrap : nullptr);
                break;
            }
        }
    }
    return workbook_close(wb) == LXW_NO_ERROR;
}

bool writeWith(const ReportWriter& writer, const ReportDocument& doc, const QString& path)
{
    QFile::remove(path);
    const auto result = writer.write(doc, path, {});
    if (!result.ok())
        std::fprintf(stderr, "bench_reports: %s\n", result.error().message.c_str());
    return result.ok();
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int rows = argc > 1 ? std::atoi(argv[1]) : 10000;
    QTemporaryDir dir;
    const ReportDocument doc = riskRegister(rows);
    const Table& table = *doc.tables().front();
    const auto raw = rawCells(table);
    const std::string rawPath = QDir(dir.path()).filePath(QStringLiteral("raw.xlsx")).toStdString();
    const QString ourPath = QDir(dir.path()).filePath(QStringLiteral("ours.xlsx"));
    const QString pdfPath = QDir(dir.path()).filePath(QStringLiteral("ours.pdf"));
    const ReportWriter* xlsx = findReportWriter(QStringLiteral("xlsx"));
    const ReportWriter* pdf = findReportWriter(QStringLiteral("pdf"));
    if (!xlsx) {
        std::fprintf(stderr, "bench_reports: no xlsx writer is registered\n");
        return 1;
    }

    // Alternate the two sides and keep each one's best time: the machine is shared and noisy.
    constexpr int kRuns = 5;
    const Measured idle = inChild("bench_reports", [] { return true; });
    Measured ours{0, 1e9}, rawConstant{0, 1e9}, rawInMemory{0, 1e9};
    auto best = [](Measured& into, const Measured& m) {
        into.seconds = std::min(into.seconds, m.seconds);
        into.hwmKiB = std::max(into.hwmKiB, m.hwmKiB);
    };
    for (int run = 0; run < kRuns; ++run) {
        best(rawConstant, inChild("bench_reports", [&] { return writeRaw(table, raw, rawPath, true); }));
        best(ours, inChild("bench_reports", [&] { return writeWith(*xlsx, doc, ourPath); }));
        best(rawInMemory, inChild("bench_reports", [&] { return writeRaw(table, raw, rawPath, false); }));
    }

    auto line = [&](const char* what, const Measured& m) {
        std::printf("%-48s %8.3f s %9.1f MiB %9.1f MiB\n", what, m.seconds, m.hwmKiB / 1024.0,
                    (m.hwmKiB - idle.hwmKiB) / 1024.0);
    };
    std::printf("A risk register of %d rows x %zu columns (best of %d, peak resident memory VmHWM of a child)\n",
                rows, table.columns.size(), kRuns);
    std::printf("%-48s %10s %13s %13s\n", "", "time", "peak", "over idle");
    line("idle (document built, nothing written)", idle);
    line("raw libxlsxwriter, constant_memory", rawConstant);
    line("raw libxlsxwriter, in memory", rawInMemory);
    line("XLSX writer (findReportWriter(\"xlsx\"))", ours);
    std::printf("XLSX writer / raw libxlsxwriter (same options): %.2fx (target <= 1.5x)\n",
                ours.seconds / rawConstant.seconds);

    if (!pdf) {
        std::printf("PDF: no \"pdf\" writer is registered yet; skipped\n");
        return 0;
    }
    const Measured pdfRun = inChild("bench_reports", [&] { return writeWith(*pdf, doc, pdfPath); });
    line("PDF writer (findReportWriter(\"pdf\"))", pdfRun);
    std::printf("PDF: %.2f s (target <= 5 s)\n", pdfRun.seconds);
    return 0;
}
