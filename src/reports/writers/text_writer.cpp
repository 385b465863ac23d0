#include "reports/writers/text_writer.h"

#include "reports/writers/text_layout.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cmath>

namespace isms::reports {

namespace {

using namespace text;

constexpr int kGap = 2;            // spaces between table columns
constexpr int kMinColumn = 10;     // narrower than this, a table is shown record by record
constexpr int kMaxKeyWidth = 40;   // key-value keys wrap beyond this
constexpr int kMaxBarWidth = 50;

class Layout {
    Q_DECLARE_TR_FUNCTIONS(isms::reports::TextWriter)

public:
    Layout(int width, const WriteProgress& progress, int totalRows)
        : m_width(width), m_progress(progress), m_totalRows(totalRows)
    {
    }

    bool cancelled() const { return m_progress.cancelled(); }
    QString result() const { return m_lines.join(QLatin1Char('\n')) + QLatin1Char('\n'); }

    void header(const ReportMeta& meta)
    {
        underlined(clean(meta.title, true), QLatin1Char('='));
        std::vector<std::pair<QString, Cell>> items;
        const auto add = [&](const QString& key, const QString& value) {
            if (!value.isEmpty())
                items.push_back({key, Cell(value)});
        };
        add(tr("Organisation"), meta.organisation);
        add(tr("Subject"), meta.subject);
        add(tr("Source file"), meta.sourceFile);
        if (meta.lastChange.isValid()) {
            const QString at = meta.lastChange.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
            add(tr("Last change"), meta.lastChangeBy.isEmpty() ? at : tr("%1 by %2").arg(at, meta.lastChangeBy));
        } else {
            add(tr("Last change"), tr("none recorded"));
        }
        add(tr("Made with"), meta.generator);
        keyValues(KeyValues{std::move(items)});
    }

    void section(const Section& section)
    {
        blank();
        underlined(clean(section.heading, true), section.level <= 1 ? QLatin1Char('-') : QLatin1Char('~'));
        for (const Block& block : section.blocks) {
            if (cancelled())
                return;
            blank();
            std::visit([this](const auto& b) { this->block(b); }, block);
        }
    }

private:
    void blank()
    {
        if (!m_lines.isEmpty() && !m_lines.last().isEmpty())
            m_lines << QString();
    }

    void line(QString text)
    {
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        m_lines << text;
    }

    void underlined(const QString& heading, QChar rule)
    {
        int longest = 0;
        for (const QString& l : wrap(heading, m_width)) {
            line(l);
            longest = std::max(longest, displayWidth(l));
        }
        m_lines << QString(std::max(longest, 1), rule);
    }

    void paragraphLines(const QString& text, int indent)
    {
        const QString margin(indent, QLatin1Char(' '));
        for (const QString& l : wrap(clean(text, false), m_width - indent))
            line(margin + l);
    }

    void block(const Paragraph& p) { paragraphLines(p.text, p.note ? 2 : 0); }

    void block(const KeyValues& kv) { keyValues(kv); }

    void keyValues(const KeyValues& kv, bool skipEmpty = false)
    {
        int keyWidth = 0;
        for (const auto& [key, value] : kv.items)
            keyWidth = std::max(keyWidth, displayWidth(clean(key, true)) + 1);
        keyWidth = std::min(keyWidth, kMaxKeyWidth);
        const int valueWidth = std::max(m_width - keyWidth - kGap, 20);
        for (const auto& [key, value] : kv.items) {
            if (skipEmpty && value.empty())
                continue;
            const QStringList keys = wrap(clean(key, true) + QLatin1Char(':'), keyWidth);
            const QStringList values = wrap(clean(cellText(value), false), valueWidth);
            const auto rows = std::max(keys.size(), values.size());
            for (qsizetype n = 0; n < rows; ++n)
                line(padded(keys.value(n), keyWidth + kGap) + values.value(n));
        }
    }

    void block(const Table& table)
    {
        if (!table.caption.isEmpty()) {
            paragraphLines(table.caption, 0);
            blank();
        }
        const auto columns = table.columns.size();
        std::vector<QString> headers;
        for (const auto& c : table.columns)
            headers.push_back(clean(c.title, true));
        // Every cell's text once: a column's width depends on all of them.
        std::vector<std::vector<QString>> cells;
        cells.reserve(table.rows.size());
        for (const auto& row : table.rows) {
            std::vector<QString> texts;
            for (std::size_t c = 0; c < columns; ++c)
                texts.push_back(c < row.size() ? clean(cellText(row[c]), !table.columns[c].wrap) : QString());
            cells.push_back(std::move(texts));
        }
        const int available = m_width - kGap * static_cast<int>(columns > 0 ? columns - 1 : 0);
        std::vector<int> natural(columns, 1), minimum(columns, 1);
        for (std::size_t c = 0; c < columns; ++c) {
            natural[c] = std::max(1, displayWidth(headers[c]));
            for (const auto& row : cells)
                for (const QString& l : row[c].split(QLatin1Char('\n')))
                    natural[c] = std::max(natural[c], displayWidth(l));
            natural[c] = std::min(natural[c], available);
            minimum[c] = std::min(natural[c], kMinColumn);
        }
        int sumMinimum = 0;
        for (int m : minimum)
            sumMinimum += m;
        if (sumMinimum > available) {
            records(headers, cells);
        } else {
            columnsLayout(table, headers, cells, shrunk(table, natural, minimum, available));
        }
        blank();
        line(tr("Rows: %1").arg(table.rows.size()));
    }

    // Column widths that fit the line: wrapped columns give up width first (their text wraps),
    // then the others (their text is cut short), the widest first each time.
    static std::vector<int> shrunk(const Table& table, std::vector<int> widths,
                                   const std::vector<int>& minimum, int available)
    {
        int total = 0;
        for (int w : widths)
            total += w;
        for (bool wrapping : {true, false}) {
            while (total > available) {
                int widest = -1;
                for (std::size_t c = 0; c < widths.size(); ++c)
                    if (table.columns[c].wrap == wrapping && widths[c] > minimum[c]
                        && (widest < 0 || widths[c] > widths[static_cast<std::size_t>(widest)]))
                        widest = static_cast<int>(c);
                if (widest < 0)
                    break;
                --widths[static_cast<std::size_t>(widest)];
                --total;
            }
        }
        return widths;
    }

    void columnsLayout(const Table& table, const std::vector<QString>& headers,
                       const std::vector<std::vector<QString>>& cells, const std::vector<int>& widths)
    {
        const auto printRow = [&](const std::vector<QStringList>& parts) {
            qsizetype height = 1;
            for (const auto& p : parts)
                height = std::max(height, p.size());
            for (qsizetype n = 0; n < height; ++n) {
                QString text;
                for (std::size_t c = 0; c < parts.size(); ++c) {
                    if (c > 0)
                        text += QString(kGap, QLatin1Char(' '));
                    text += padded(parts[c].value(n), widths[c]);
                }
                line(text);
            }
        };
        std::vector<QStringList> head;
        QString rule;
        for (std::size_t c = 0; c < headers.size(); ++c) {
            head.push_back(wrap(headers[c], widths[c]));
            if (c > 0)
                rule += QString(kGap, QLatin1Char(' '));
            rule += QString(widths[c], QLatin1Char('-'));
        }
        printRow(head);
        line(rule);
        for (const auto& row : cells) {
            if (!step())
                return;
            std::vector<QStringList> parts;
            for (std::size_t c = 0; c < row.size(); ++c)
                parts.push_back(table.columns[c].wrap ? wrap(row[c], widths[c])
                                                      : QStringList{fit(row[c], widths[c])});
            printRow(parts);
        }
    }

    // One key-value block per row, for tables too wide for the line; empty cells are left out.
    void records(const std::vector<QString>& headers, const std::vector<std::vector<QString>>& cells)
    {
        bool first = true;
        for (const auto& row : cells) {
            if (!step())
                return;
            if (!first)
                blank();
            first = false;
            KeyValues kv;
            for (std::size_t c = 0; c < row.size(); ++c)
                kv.items.push_back({headers[c], row[c].isEmpty() ? Cell() : Cell(row[c])});
            keyValues(kv, true);
        }
    }

    bool step()
    {
        if (cancelled())
            return false;
        if (++m_rowsDone % 200 == 0)
            m_progress.step(m_rowsDone, m_totalRows);
        return true;
    }

    void block(const Figure& figure)
    {
        std::visit([this](const auto& f) { this->figure(f); }, figure);
    }

    void figure(const HeatMapFigure& map)
    {
        if (!map.title.isEmpty())
            line(clean(map.title, true));
        const bool counted = !map.counts.empty();
        const auto cellOf = [&](std::size_t r, std::size_t c) {
            QString text;
            if (r < map.levels.size() && c < map.levels[r].size())
                text = QString::number(map.levels[r][c].number);
            if (counted && r < map.counts.size() && c < map.counts[r].size() && map.counts[r][c] > 0)
                text += QStringLiteral(" (%1)").arg(map.counts[r][c]);
            return text;
        };
        int rowLabelWidth = 0;
        for (const QString& label : map.rowLabels)
            rowLabelWidth = std::max(rowLabelWidth, displayWidth(clean(label, true)));
        rowLabelWidth = std::min(rowLabelWidth, 24);
        const auto columns = static_cast<std::size_t>(map.columnLabels.size());
        int cellWidth = 1;
        for (std::size_t c = 0; c < columns; ++c)
            cellWidth = std::max(cellWidth, static_cast<int>(QString::number(c + 1).size()));
        for (std::size_t r = 0; r < static_cast<std::size_t>(map.rowLabels.size()); ++r)
            for (std::size_t c = 0; c < columns; ++c)
                cellWidth = std::max(cellWidth, displayWidth(cellOf(r, c)));

        QString head = padded(QString(), rowLabelWidth);
        for (std::size_t c = 0; c < columns; ++c)
            head += QString(kGap, QLatin1Char(' ')) + padded(QString::number(c + 1), cellWidth);
        line(head);
        for (std::size_t r = 0; r < static_cast<std::size_t>(map.rowLabels.size()); ++r) {
            QString text = padded(fit(clean(map.rowLabels[static_cast<qsizetype>(r)], true), rowLabelWidth),
                                  rowLabelWidth);
            for (std::size_t c = 0; c < columns; ++c)
                text += QString(kGap, QLatin1Char(' ')) + padded(cellOf(r, c), cellWidth);
            line(text);
        }
        QStringList legend;
        for (std::size_t c = 0; c < columns; ++c) {
            const QString label = clean(map.columnLabels[static_cast<qsizetype>(c)], true);
            const QString number = QString::number(c + 1);
            legend << (label.startsWith(number + QLatin1Char(' ')) ? label : number + QLatin1Char(' ') + label);
        }
        blank();
        paragraphLines(tr("Rows: %1. Columns: %2: %3.")
                           .arg(map.rowAxis, map.columnAxis, legend.join(QStringLiteral(", "))),
                       2);
        paragraphLines(counted ? tr("Each cell shows its score and, in brackets, how many risks are in it.")
                               : tr("Each cell shows its score."),
                       2);
    }

    void figure(const BarChartFigure& chart)
    {
        line(chart.valueAxis.isEmpty() ? clean(chart.title, true)
                                       : tr("%1 (%2)").arg(clean(chart.title, true), clean(chart.valueAxis, true)));
        double maximum = chart.maximum;
        for (const auto& bar : chart.bars)
            maximum = std::max(maximum, bar.second);
        int labelWidth = 0;
        for (const auto& bar : chart.bars)
            labelWidth = std::max(labelWidth, displayWidth(clean(bar.first, true)));
        labelWidth = std::min(labelWidth, 28);
        const auto valueText = [](double v) {
            return v == std::floor(v) ? QString::number(static_cast<long long>(v)) : QString::number(v, 'f', 1);
        };
        int valueWidth = 1;
        for (const auto& bar : chart.bars)
            valueWidth = std::max(valueWidth, static_cast<int>(valueText(bar.second).size()));
        const int barWidth = std::clamp(m_width - labelWidth - valueWidth - 2 * kGap, 10, kMaxBarWidth);
        for (const auto& [label, value] : chart.bars) {
            const int length = maximum > 0 ? static_cast<int>(std::lround(std::max(0.0, value) / maximum * barWidth)) : 0;
            line(padded(fit(clean(label, true), labelWidth), labelWidth) + QString(kGap, QLatin1Char(' '))
                 + padded(QString(length, QChar(0x2588)), barWidth) + QString(kGap, QLatin1Char(' '))
                 + QString(valueWidth - static_cast<int>(valueText(value).size()), QLatin1Char(' '))
                 + valueText(value));
        }
    }

    int m_width;
    const WriteProgress& m_progress;
    int m_totalRows;
    int m_rowsDone = 0;
    QStringList m_lines;
};

} // namespace

TextWriter::TextWriter(int lineWidth) : m_width(std::clamp(lineWidth, kMinWidth, kMaxWidth)) {}

QString TextWriter::key() const
{
    return QStringLiteral("text");
}

QString TextWriter::suffix() const
{
    return QStringLiteral("txt");
}

QString TextWriter::displayName() const
{
    return QCoreApplication::translate("isms::reports::TextWriter", "Plain text");
}

Result<QString> TextWriter::render(const ReportDocument& document, const WriteProgress& progress) const
{
    int rows = 0;
    for (const Table* table : document.tables())
        rows += static_cast<int>(table->rows.size());
    Layout layout(m_width, progress, rows);
    layout.header(document.meta);
    for (const Section& section : document.sections) {
        layout.section(section);
        if (layout.cancelled())
            return cancelledError();
    }
    progress.step(rows, rows);
    return layout.result();
}

Result<void> TextWriter::write(const ReportDocument& document, const QString& path,
                               const WriteProgress& progress) const
{
    auto text = render(document, progress);
    if (!text)
        return text.error();
    QFile file(path);
    const QByteArray bytes = text->toUtf8();
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || file.write(bytes) != bytes.size()
        || !file.flush()) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("isms::reports::TextWriter",
                                                     "Could not write %1: %2. Check that the folder "
                                                     "exists, is writable and has space.")
                             .arg(path, file.errorString())
                             .toStdString());
    }
    file.close();
    return {};
}

} // namespace isms::reports
