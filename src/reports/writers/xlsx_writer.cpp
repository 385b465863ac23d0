#include "reports/writers/xlsx_writer.h"

#include <QByteArray>
#include <QSet>
#include <QTimeZone>

#include <xlsxwriter.h>

#include <map>
#include <memory>
#include <tuple>

namespace isms::reports {

namespace {

constexpr int kMaxSheetName = 31;       // Excel's limit
constexpr int kMaxCellChars = 32767;    // Excel's limit for one cell's text
constexpr int kProgressEvery = 256;     // rows between progress reports and cancel checks
// A document with no history has no date of its own; a fixed one keeps its bytes the same
// (libxlsxwriter takes 0 as "now"). 1980-01-01 is also the earliest time a zip entry can hold.
constexpr time_t kNoHistory = 315532800;

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("isms::reports", text, disambiguation, n);
}

QString validSheetName(QString name)
{
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (QChar& c : name)
        if (forbidden.contains(c) || c.category() == QChar::Other_Control)
            c = QLatin1Char('_');
    name = name.trimmed();
    while (name.startsWith(QLatin1Char('\'')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('\'')))
        name.chop(1);
    if (name.isEmpty())
        name = tr("Table");
    return name.left(kMaxSheetName);
}

// Keeps within 31 characters while adding " (2)", " (3)", ... until the name is free.
QString uniqueSheetName(const QString& wanted, QSet<QString>& taken)
{
    QString name = wanted;
    for (int n = 2; taken.contains(name.toCaseFolded()); ++n) {
        const QString tail = QStringLiteral(" (%1)").arg(n);
        name = wanted.left(kMaxSheetName - tail.size()) + tail;
    }
    taken.insert(name.toCaseFolded());
    return name;
}

QByteArray cellUtf8(const QString& text)
{
    if (text.size() <= kMaxCellChars)
        return text.toUtf8();
    return (text.left(kMaxCellChars - 1) + QChar(0x2026)).toUtf8();
}

lxw_color_t rgb(const QColor& colour)
{
    return static_cast<lxw_color_t>(colour.rgb() & 0xFFFFFF);
}

// Black or white, whichever reads better on the fill (WCAG relative luminance, simplified).
lxw_color_t readableOn(const QColor& fill)
{
    const double luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    return luminance > 0.5 ? 0x000000 : 0xFFFFFF;
}

lxw_datetime excelDate(const QDate& date)
{
    return lxw_datetime{date.year(), date.month(), date.day(), 0, 0, 0};
}

struct WorkbookDeleter {
    void operator()(lxw_workbook* workbook) const { lxw_workbook_free(workbook); }
};
using WorkbookPtr = std::unique_ptr<lxw_workbook, WorkbookDeleter>;

// The formats one workbook uses, made once each (libxlsxwriter keeps every format it is given
// until the workbook closes, so a format per cell would grow the styles without end).
class Formats {
public:
    explicit Formats(lxw_workbook* workbook) : m_workbook(workbook)
    {
        m_title = workbook_add_format(workbook);
        format_set_bold(m_title);
        format_set_font_size(m_title, 16);
        m_heading = workbook_add_format(workbook);
        format_set_bold(m_heading);
        format_set_font_size(m_heading, 12);
        m_key = workbook_add_format(workbook);
        format_set_bold(m_key);
        format_set_align(m_key, LXW_ALIGN_VERTICAL_TOP);
        m_note = workbook_add_format(workbook);
        format_set_italic(m_note);
        format_set_font_color(m_note, 0x595959);
        m_header = workbook_add_format(workbook);
        format_set_bold(m_header);
        format_set_text_wrap(m_header);
        format_set_align(m_header, LXW_ALIGN_VERTICAL_TOP);
        format_set_bottom(m_header, LXW_BORDER_THIN);
        format_set_bg_color(m_header, 0xE7E6E6);
        m_dateTime = workbook_add_format(workbook);
        format_set_num_format(m_dateTime, "yyyy-mm-dd hh:mm");
        format_set_align(m_dateTime, LXW_ALIGN_LEFT);
    }

    lxw_format* title() const { return m_title; }
    lxw_format* heading() const { return m_heading; }
    lxw_format* key() const { return m_key; }
    lxw_format* note() const { return m_note; }
    lxw_format* header() const { return m_header; }
    lxw_format* dateTime() const { return m_dateTime; }

    // Plain text: the top-aligned base, wrapped or not.
    lxw_format* text(bool wrap)
    {
        lxw_format*& f = m_text[wrap];
        if (!f)
            f = base(wrap);
        return f;
    }
    lxw_format* date(bool wrap)
    {
        lxw_format*& f = m_date[wrap];
        if (!f) {
            f = base(wrap);
            format_set_num_format(f, "yyyy-mm-dd");
            format_set_align(f, LXW_ALIGN_LEFT);
        }
        return f;
    }
    lxw_format* number(const NumberCell& n, bool wrap)
    {
        lxw_format*& f = m_number[{n.decimals, n.suffix, wrap}];
        if (!f) {
            f = base(wrap);
            QString pattern = QStringLiteral("0");
            if (n.decimals > 0)
                pattern += QLatin1Char('.') + QString(qMin(n.decimals, 15), QLatin1Char('0'));
            if (!n.suffix.isEmpty()) {
                QString literal = n.suffix;
                literal.remove(QLatin1Char('"'));
                pattern += QLatin1Char('"') + literal + QLatin1Char('"');
            }
            format_set_num_format(f, pattern.toUtf8().constData());
        }
        return f;
    }
    lxw_format* level(const QColor& colour, bool wrap)
    {
        if (!colour.isValid())
            return text(wrap);
        lxw_format*& f = m_level[{colour.rgb() & 0xFFFFFF, wrap}];
        if (!f) {
            f = base(wrap);
            format_set_bg_color(f, rgb(colour));
            format_set_font_color(f, readableOn(colour));
        }
        return f;
    }

private:
    lxw_format* base(bool wrap)
    {
        lxw_format* f = workbook_add_format(m_workbook);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        if (wrap)
            format_set_text_wrap(f);
        return f;
    }

    lxw_workbook* m_workbook;
    lxw_format *m_title, *m_heading, *m_key, *m_note, *m_header, *m_dateTime;
    lxw_format* m_text[2] = {nullptr, nullptr};
    lxw_format* m_date[2] = {nullptr, nullptr};
    std::map<std::tuple<int, QString, bool>, lxw_format*> m_number;
    std::map<std::pair<QRgb, bool>, lxw_format*> m_level;
};

// Writes one typed cell: text always as a string (never a formula, whatever it starts with),
// a date as an Excel date, a number as a number, a level as its number and label on its fill.
lxw_error writeCell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const Cell& cell,
                    bool wrap, Formats& formats)
{
    if (const auto* date = std::get_if<QDate>(&cell.value)) {
        if (date->isValid() && date->year() >= 1900 && date->year() <= 9999) {
            lxw_datetime dt = excelDate(*date);
            return worksheet_write_datetime(sheet, row, col, &dt, formats.date(wrap));
        }
    } else if (const auto* number = std::get_if<NumberCell>(&cell.value)) {
        return worksheet_write_number(sheet, row, col, number->value, formats.number(*number, wrap));
    } else if (const auto* level = std::get_if<LevelCell>(&cell.value)) {
        return worksheet_write_string(sheet, row, col, cellUtf8(cellText(cell)).constData(),
                                      formats.level(level->colour, wrap));
    } else if (cell.empty()) {
        return LXW_NO_ERROR;
    }
    const QByteArray text = cellUtf8(cellText(cell));
    if (text.isEmpty())
        return LXW_NO_ERROR;
    return worksheet_write_string(sheet, row, col, text.constData(), formats.text(wrap));
}

// Summary-sheet layout: column A holds headings, keys and paragraphs (long text runs on over
// the empty columns to its right), column B the values.
constexpr double kSummaryKeyWidth = 28;
constexpr double kSummaryValueWidth = 60;

class SummaryWriter {
public:
    SummaryWriter(lxw_worksheet* sheet, Formats& formats) : m_sheet(sheet), m_formats(formats) {}

    lxw_error text(const QString& value, lxw_format* format, lxw_col_t col = 0)
    {
        const QByteArray utf8 = cellUtf8(value);
        const lxw_error error = utf8.isEmpty()
            ? LXW_NO_ERROR
            : worksheet_write_string(m_sheet, m_row, col, utf8.constData(), format);
        ++m_row;
        return error;
    }
    lxw_error keyValue(const QString& key, const Cell& value)
    {
        lxw_error error = worksheet_write_string(m_sheet, m_row, 0, cellUtf8(key).constData(),
                                                 m_formats.key());
        if (!error)
            error = writeCell(m_sheet, m_row, 1, value, true, m_formats);
        ++m_row;
        return error;
    }
    lxw_error keyDateTime(const QString& key, const QDateTime& when)
    {
        const QDateTime utc = when.toUTC();
        lxw_datetime dt{utc.date().year(), utc.date().month(), utc.date().day(),
                        utc.time().hour(), utc.time().minute(), double(utc.time().second())};
        lxw_error error = worksheet_write_string(m_sheet, m_row, 0, cellUtf8(key).constData(),
                                                 m_formats.key());
        if (!error)
            error = worksheet_write_datetime(m_sheet, m_row, 1, &dt, m_formats.dateTime());
        ++m_row;
        return error;
    }
    // A row of cells from column `first` on.
    lxw_error cells(const std::vector<Cell>& row, lxw_col_t first = 0)
    {
        lxw_error error = LXW_NO_ERROR;
        for (std::size_t n = 0; n < row.size() && !error; ++n)
            error = writeCell(m_sheet, m_row, first + lxw_col_t(n), row[n], false, m_formats);
        ++m_row;
        return error;
    }
    void skip() { ++m_row; }

private:
    lxw_worksheet* m_sheet;
    Formats& m_formats;
    lxw_row_t m_row = 0;
};

lxw_error writeFigure(SummaryWriter& out, const Figure& figure, Formats& formats)
{
    if (const auto* map = std::get_if<HeatMapFigure>(&figure)) {
        lxw_error error = out.text(map->title, formats.key());
        std::vector<Cell> header{Cell(map->rowAxis + QStringLiteral(" \\ ") + map->columnAxis)};
        for (const auto& label : map->columnLabels)
            header.emplace_back(label);
        if (!error)
            error = out.cells(header);
        for (std::size_t r = 0; r < map->levels.size() && !error; ++r) {
            std::vector<Cell> row{Cell(r < std::size_t(map->rowLabels.size()) ? map->rowLabels[int(r)] : QString())};
            for (std::size_t c = 0; c < map->levels[r].size(); ++c) {
                LevelCell level = map->levels[r][c];
                const int count = r < map->counts.size() && c < map->counts[r].size() ? map->counts[r][c] : 0;
                // The cell shows the band's number and how many risks sit in it.
                level.label = tr("%n risk(s)", nullptr, count);
                row.emplace_back(std::move(level));
            }
            error = out.cells(row);
        }
        return error;
    }
    const auto& chart = std::get<BarChartFigure>(figure);
    lxw_error error = out.text(chart.title, formats.key());
    for (std::size_t n = 0; n < chart.bars.size() && !error; ++n)
        error = out.keyValue(chart.bars[n].first,
                             Cell::number(chart.bars[n].second, 0, chart.valueAxis.startsWith(QLatin1Char('%')) ? QStringLiteral("%") : QString()));
    return error;
}

lxw_error writeSummary(lxw_worksheet* sheet, const ReportDocument& document,
                       const QStringList& sheetNames, Formats& formats)
{
    worksheet_set_column(sheet, 0, 0, kSummaryKeyWidth, nullptr);
    worksheet_set_column(sheet, 1, 1, kSummaryValueWidth, nullptr);
    SummaryWriter out(sheet, formats);
    const ReportMeta& meta = document.meta;
    lxw_error error = out.text(meta.title, formats.title());
    auto fact = [&](const QString& key, const QString& value) {
        if (!error && !value.isEmpty())
            error = out.keyValue(key, Cell(value));
    };
    fact(tr("Organisation"), meta.organisation);
    fact(tr("Subject"), meta.subject);
    fact(tr("Source file"), meta.sourceFile);
    if (!error && meta.lastChange.isValid())
        error = out.keyDateTime(tr("Last change (UTC)"), meta.lastChange);
    fact(tr("Changed by"), meta.lastChangeBy);
    fact(tr("Generated by"), meta.generator);

    int table = 0;
    for (const auto& section : document.sections) {
        if (error)
            break;
        out.skip();
        error = out.text(section.heading, formats.heading());
        for (const auto& block : section.blocks) {
            if (error)
                break;
            if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
                error = out.text(paragraph->text, paragraph->note ? formats.note() : formats.text(false));
            } else if (const auto* pairs = std::get_if<KeyValues>(&block)) {
                for (const auto& [key, value] : pairs->items)
                    if (!error)
                        error = out.keyValue(key, value);
            } else if (const auto* t = std::get_if<Table>(&block)) {
                const QString where = sheetNames.value(++table);
                const QString name = t->caption.isEmpty() ? t->name : t->caption;
                error = out.text(tr("%1: %n row(s) on the sheet \"%2\"", nullptr, int(t->rows.size()))
                                     .arg(name, where),
                                 formats.note());
            } else {
                error = writeFigure(out, std::get<Figure>(block), formats);
            }
        }
    }
    return error;
}

lxw_error writeTable(lxw_worksheet* sheet, const Table& table, Formats& formats,
                     const WriteProgress& progress, int& done, int total, bool& cancelled)
{
    const auto columns = lxw_col_t(table.columns.size());
    for (lxw_col_t c = 0; c < columns; ++c) {
        const Column& column = table.columns[c];
        worksheet_set_column(sheet, c, c, qMax(1, column.widthChars) + 1, nullptr);
        worksheet_write_string(sheet, 0, c, cellUtf8(column.title).constData(), formats.header());
    }
    worksheet_freeze_panes(sheet, 1, 0);
    if (columns > 0)
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(table.rows.size()), columns - 1);

    std::vector<bool> wrap(columns);
    for (lxw_col_t c = 0; c < columns; ++c)
        wrap[c] = table.columns[c].wrap;
    lxw_row_t row = 1;
    for (const auto& cells : table.rows) {
        const auto count = qMin(lxw_col_t(cells.size()), columns);
        for (lxw_col_t c = 0; c < count; ++c)
            if (const lxw_error error = writeCell(sheet, row, c, cells[c], wrap[c], formats))
                return error;
        ++row;
        if (++done % kProgressEvery == 0) {
            progress.step(done, total);
            if (progress.cancelled()) {
                cancelled = true;
                return LXW_NO_ERROR;
            }
        }
    }
    return LXW_NO_ERROR;
}

Error writeError(const QString& path, const QString& why)
{
    return Error{ErrorCode::Io,
                 tr("The workbook %1 could not be written: %2. Check that the folder exists and "
                    "is writable and that the disk has space, then export again.")
                     .arg(path, why)
                     .toStdString()};
}

Error writeError(const QString& path, lxw_error error)
{
    return writeError(path, QString::fromUtf8(lxw_strerror(error)));
}

} // namespace

QStringList xlsxSheetNames(const ReportDocument& document)
{
    QSet<QString> taken;
    QStringList names{uniqueSheetName(validSheetName(tr("Summary")), taken)};
    for (const Table* table : document.tables())
        names << uniqueSheetName(validSheetName(table->name), taken);
    return names;
}

Result<void> XlsxWriter::write(const ReportDocument& document, const QString& path,
                               const WriteProgress& progress) const
{
    const auto tables = document.tables();
    int total = 0;
    for (const Table* table : tables) {
        if (table->rows.size() + 1 > LXW_ROW_MAX || table->columns.size() > LXW_COL_MAX)
            return Error{ErrorCode::Invalid,
                         tr("The table \"%1\" has more rows or columns than a workbook sheet can "
                            "hold (%2 rows, %3 columns). Export it as CSV instead.")
                             .arg(table->name)
                             .arg(LXW_ROW_MAX)
                             .arg(LXW_COL_MAX)
                             .toStdString()};
        total += int(table->rows.size());
    }

    // constant_memory streams each row to a temporary file once the next one starts, so a big
    // register costs little memory, and its inline strings need no shared-string table (see
    // docs/benchmarks.md for the figures). Rows are written strictly in order, as it requires.
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    const QByteArray file = path.toUtf8();
    WorkbookPtr workbook(workbook_new_opt(file.constData(), &options));
    if (!workbook)
        return writeError(path, tr("the workbook could not be started (no memory or no "
                                   "temporary folder)"));

    const ReportMeta& meta = document.meta;
    const QByteArray title = meta.title.toUtf8(), subject = meta.subject.toUtf8(),
                     organisation = meta.organisation.toUtf8(), generator = meta.generator.toUtf8();
    lxw_doc_properties properties{};
    properties.title = const_cast<char*>(title.constData());
    properties.subject = const_cast<char*>(subject.constData());
    properties.author = const_cast<char*>(organisation.constData());
    properties.company = const_cast<char*>(organisation.constData());
    properties.comments = const_cast<char*>(generator.constData());
    properties.created = meta.lastChange.isValid()
        ? qMax<time_t>(kNoHistory, time_t(meta.lastChange.toSecsSinceEpoch()))
        : kNoHistory;
    if (const lxw_error error = workbook_set_properties(workbook.get(), &properties))
        return writeError(path, error);

    Formats formats(workbook.get());
    const QStringList names = xlsxSheetNames(document);
    lxw_worksheet* summary = workbook_add_worksheet(workbook.get(), names.front().toUtf8().constData());
    if (!summary)
        return writeError(path, tr("the summary sheet could not be added"));
    if (const lxw_error error = writeSummary(summary, document, names, formats))
        return writeError(path, error);

    int done = 0;
    for (std::size_t n = 0; n < tables.size(); ++n) {
        lxw_worksheet* sheet = workbook_add_worksheet(workbook.get(), names[int(n) + 1].toUtf8().constData());
        if (!sheet)
            return writeError(path, tr("the sheet \"%1\" could not be added").arg(names[int(n) + 1]));
        bool cancelled = false;
        if (const lxw_error error = writeTable(sheet, *tables[n], formats, progress, done, total, cancelled))
            return writeError(path, error);
        if (cancelled)
            return cancelledError();  // the workbook is freed unwritten: nothing reaches `path`
    }
    progress.step(total, total);
    if (progress.cancelled())
        return cancelledError();

    // workbook_close writes the file and frees the workbook, whatever it returns.
    if (const lxw_error error = workbook_close(workbook.release()))
        return writeError(path, error);
    return {};
}

} // namespace isms::reports
