#include "app/print/report_print.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace isms::app {

namespace {

using namespace isms::reports;

QString tr(const char* text)
{
    return QCoreApplication::translate("isms::app::ReportPrint", text);
}

// Black or white, whichever reads on `background`.
QColor textOn(const QColor& background)
{
    return background.lightnessF() > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

class Layout {
public:
    explicit Layout(QTextDocument& document) : m_cursor(&document) {}

    void title(const ReportMeta& meta)
    {
        QTextBlockFormat block;
        block.setBottomMargin(4);
        m_cursor.setBlockFormat(block);
        m_cursor.insertText(meta.title, heading(1.6));
        QStringList facts;
        if (!meta.organisation.isEmpty())
            facts << meta.organisation;
        if (meta.lastChange.isValid())
            facts << tr("Last change %1").arg(QLocale().toString(meta.lastChange.toLocalTime(),
                                                                  QLocale::ShortFormat));
        if (!meta.sourceFile.isEmpty())
            facts << meta.sourceFile;
        if (!meta.subject.isEmpty())
            facts << meta.subject;
        paragraph(facts.join(QStringLiteral(" \u00b7 ")), true);
    }

    void section(const Section& section)
    {
        if (!section.heading.isEmpty()) {
            newBlock(section.level <= 1 ? 14 : 8);
            m_cursor.insertText(section.heading, heading(section.level <= 1 ? 1.3 : 1.1));
        }
        for (const Block& block : section.blocks)
            std::visit([this](const auto& b) { add(b); }, block);
    }

private:
    QTextCharFormat heading(double scale) const
    {
        QTextCharFormat format;
        format.setFontWeight(QFont::Bold);
        format.setFontPointSize(10 * scale);
        return format;
    }

    void newBlock(int topMargin = 4)
    {
        m_cursor.movePosition(QTextCursor::End);
        QTextBlockFormat block;
        block.setTopMargin(topMargin);
        m_cursor.insertBlock(block, QTextCharFormat());
    }

    void paragraph(const QString& text, bool note)
    {
        newBlock();
        QTextCharFormat format;
        if (note) {
            format.setFontPointSize(8.5);
            format.setForeground(QColor(0x55, 0x55, 0x55));
        }
        m_cursor.insertText(text, format);
    }

    void add(const Paragraph& p) { paragraph(p.text, p.note); }

    void add(const KeyValues& kv)
    {
        if (kv.items.empty())
            return;
        QTextTable* table = insertTable(static_cast<int>(kv.items.size()), 2, 0);
        for (int row = 0; row < static_cast<int>(kv.items.size()); ++row) {
            QTextCharFormat bold;
            bold.setFontWeight(QFont::Bold);
            table->cellAt(row, 0).firstCursorPosition().insertText(kv.items[row].first, bold);
            fill(table->cellAt(row, 1), kv.items[row].second);
        }
    }

    void add(const Table& t)
    {
        if (!t.caption.isEmpty())
            paragraph(t.caption, false);
        const int columns = static_cast<int>(t.columns.size());
        if (columns == 0)
            return;
        QTextTable* table = insertTable(static_cast<int>(t.rows.size()) + 1, columns, 1);
        for (int c = 0; c < columns; ++c)
            headerCell(table->cellAt(0, c), t.columns[c].title);
        for (int r = 0; r < static_cast<int>(t.rows.size()); ++r)
            for (int c = 0; c < columns && c < static_cast<int>(t.rows[r].size()); ++c)
                fill(table->cellAt(r + 1, c), t.rows[r][c]);
    }

    void add(const Figure& figure)
    {
        std::visit([this](const auto& f) { addFigure(f); }, figure);
    }

    void addFigure(const HeatMapFigure& map)
    {
        paragraph(QStringLiteral("%1 (%2 \u00d7 %3)").arg(map.title, map.rowAxis, map.columnAxis),
                  false);
        const int rows = static_cast<int>(map.rowLabels.size());
        const int columns = static_cast<int>(map.columnLabels.size());
        QTextTable* table = insertTable(rows + 1, columns + 1, 1);
        for (int c = 0; c < columns; ++c)
            headerCell(table->cellAt(0, c + 1), map.columnLabels[c]);
        for (int r = 0; r < rows; ++r) {
            headerCell(table->cellAt(r + 1, 0), map.rowLabels[r]);
            for (int c = 0; c < columns; ++c) {
                LevelCell level;
                if (r < static_cast<int>(map.levels.size()) && c < static_cast<int>(map.levels[r].size()))
                    level = map.levels[r][c];
                const int count = r < static_cast<int>(map.counts.size())
                                          && c < static_cast<int>(map.counts[r].size())
                                      ? map.counts[r][c]
                                      : 0;
                // The count of risks, with the band's number and label: never colour alone.
                colouredCell(table->cellAt(r + 1, c + 1),
                             tr("%1 (%2 %3)").arg(count).arg(level.number).arg(level.label),
                             level.colour);
            }
        }
    }

    void addFigure(const BarChartFigure& chart)
    {
        paragraph(chart.title, false);
        QTextTable* table = insertTable(static_cast<int>(chart.bars.size()) + 1, 2, 1);
        headerCell(table->cellAt(0, 0), QString());
        headerCell(table->cellAt(0, 1), chart.valueAxis);
        for (int r = 0; r < static_cast<int>(chart.bars.size()); ++r) {
            table->cellAt(r + 1, 0).firstCursorPosition().insertText(chart.bars[r].first);
            table->cellAt(r + 1, 1).firstCursorPosition().insertText(
                QLocale().toString(chart.bars[r].second, 'f', 0));
        }
    }

    QTextTable* insertTable(int rows, int columns, int headerRows)
    {
        newBlock();
        QTextTableFormat format;
        format.setHeaderRowCount(headerRows);  // repeated at the top of each page
        format.setCellPadding(3);
        format.setCellSpacing(0);
        format.setBorder(0.5);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderCollapse(true);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QTextTable* table = m_cursor.insertTable(rows, columns, format);
        m_cursor.movePosition(QTextCursor::End);
        return table;
    }

    void headerCell(QTextTableCell cell, const QString& text)
    {
        QTextCharFormat background = cell.format();
        background.setBackground(QColor(0xe8, 0xe8, 0xe8));
        cell.setFormat(background);
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        cell.firstCursorPosition().insertText(text, bold);
    }

    void colouredCell(QTextTableCell cell, const QString& text, const QColor& colour)
    {
        QTextCharFormat format;
        if (colour.isValid()) {
            QTextCharFormat background = cell.format();
            background.setBackground(colour);
            cell.setFormat(background);
            format.setForeground(textOn(colour));
        }
        cell.firstCursorPosition().insertText(text, format);
    }

    void fill(QTextTableCell cell, const Cell& value)
    {
        if (const auto* level = std::get_if<LevelCell>(&value.value))
            colouredCell(cell, cellText(value), level->colour);
        else
            cell.firstCursorPosition().insertText(cellText(value));
    }

    QTextCursor m_cursor;
};

} // namespace

std::unique_ptr<QTextDocument> reportTextDocument(const reports::ReportDocument& document)
{
    auto text = std::make_unique<QTextDocument>();
    QFont font = text->defaultFont();
    font.setPointSizeF(9.5);
    text->setDefaultFont(font);
    text->setDocumentMargin(0);
    text->setMetaInformation(QTextDocument::DocumentTitle, document.meta.title);
    Layout layout(*text);
    layout.title(document.meta);
    for (const reports::Section& section : document.sections)
        layout.section(section);
    return text;
}

void printReport(const reports::ReportDocument& document, QPagedPaintDevice& device)
{
    reportTextDocument(document)->print(&device);
}

} // namespace isms::app
