#include "reports/writers/odt_document.h"

#include "reports/writers/cell_style.h"
#include "reports/writers/figure_painter.h"

#include <QImage>
#include <QPainter>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextImageFormat>
#include <QTextTable>
#include <QTextTableFormat>
#include <QUrl>

#include <numeric>

namespace isms::reports {

namespace {

const QColor kInk(0x20, 0x21, 0x24);
const QColor kMuted(0x5f, 0x63, 0x68);
const QColor kRule(0xb9, 0xbe, 0xc5);
const QColor kHeaderFill(0xe8, 0xea, 0xed);

// Figures are drawn at print resolution for the body width of an A4 or Letter page (16 cm).
constexpr int kFigureDpi = 150;
constexpr qreal kBodyWidthInches = 6.3;
constexpr int kProgressEvery = 256;

QTextCharFormat charFormat(qreal points, bool bold = false, const QColor& colour = kInk)
{
    QTextCharFormat format;
    format.setFontPointSize(points);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    format.setForeground(colour);
    return format;
}

class Builder {
public:
    Builder(QTextDocument& document, const WriteProgress& progress, int total)
        : m_document(document), m_cursor(&document), m_progress(progress), m_total(total)
    {
    }

    bool build(const ReportDocument& report)
    {
        placeTitle(report.meta);
        for (const auto& section : report.sections) {
            placeHeading(section);
            for (const auto& block : section.blocks) {
                if (m_progress.cancelled())
                    return false;
                if (const auto* p = std::get_if<Paragraph>(&block))
                    placeParagraph(*p);
                else if (const auto* kv = std::get_if<KeyValues>(&block))
                    placeKeyValues(*kv);
                else if (const auto* table = std::get_if<Table>(&block)) {
                    if (!placeTable(*table))
                        return false;
                } else
                    placeFigure(std::get<Figure>(block));
            }
        }
        return true;
    }

private:
    // A new paragraph after what is there (the document's first block is reused).
    void newBlock(const QTextBlockFormat& block, const QTextCharFormat& chars)
    {
        if (m_first) {
            m_cursor.setBlockFormat(block);
            m_cursor.setBlockCharFormat(chars);
            m_cursor.setCharFormat(chars);
            m_first = false;
        } else {
            m_cursor.insertBlock(block, chars);
        }
    }

    void placeText(const QString& text, const QTextCharFormat& chars, qreal spaceAfter = 4,
                   int headingLevel = 0)
    {
        QTextBlockFormat block;
        block.setBottomMargin(spaceAfter);
        block.setHeadingLevel(headingLevel);
        newBlock(block, chars);
        m_cursor.insertText(text, chars);
    }

    void placeTitle(const ReportMeta& meta)
    {
        placeText(meta.title, charFormat(18, true), 2);
        if (!meta.subject.isEmpty())
            placeText(meta.subject, charFormat(10, false, kMuted), 6);
        KeyValues facts;
        if (!meta.organisation.isEmpty())
            facts.items.emplace_back(OdtDocument::tr("Organisation"), Cell(meta.organisation));
        if (meta.lastChange.isValid())
            facts.items.emplace_back(OdtDocument::tr("Last change"),
                                     Cell(meta.lastChange.toUTC().date()));
        else
            facts.items.emplace_back(OdtDocument::tr("Last change"),
                                     Cell(OdtDocument::tr("No recorded change")));
        if (!meta.sourceFile.isEmpty())
            facts.items.emplace_back(OdtDocument::tr("Source file"), Cell(meta.sourceFile));
        placeKeyValues(facts);
    }

    void placeHeading(const Section& section)
    {
        if (section.heading.isEmpty())
            return;
        const int level = std::max(1, section.level);
        placeText(section.heading, charFormat(level == 1 ? 14 : 11.5, true), 4, level);
    }

    void placeParagraph(const Paragraph& paragraph)
    {
        placeText(paragraph.text,
                  paragraph.note ? charFormat(8, false, kMuted) : charFormat(10), 6);
    }

    // Fills one cell: its text in the cell's colours, numbers on the right.
    void fillCell(QTextTable& table, int row, int column, const Cell& cell,
                  const QTextCharFormat& base)
    {
        QTextTableCell target = table.cellAt(row, column);
        QTextCharFormat chars = base;
        if (const auto fill = cellFill(cell)) {
            QTextTableCellFormat format = target.format().toTableCellFormat();
            format.setBackground(*fill);
            target.setFormat(format);
            // Qt's ODF writer drops a cell's background (Qt 6.4), so the text carries the
            // colour too: the level reads in its colour in any word processor.
            chars.setBackground(*fill);
            chars.setForeground(textColourOn(*fill));
        }
        QTextCursor cursor = target.firstCursorPosition();
        if (alignsRight(cell)) {
            QTextBlockFormat block = cursor.blockFormat();
            block.setAlignment(Qt::AlignRight);
            cursor.setBlockFormat(block);
        }
        cursor.insertText(cellText(cell), chars);
    }

    QTextTableFormat tableFormat(std::vector<int> weights, int headerRows)
    {
        QTextTableFormat format;
        format.setBorder(0.5);
        format.setBorderBrush(kRule);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderCollapse(true);
        format.setCellPadding(3);
        format.setCellSpacing(0);
        format.setHeaderRowCount(headerRows);
        // No table width: Qt 6.4 writes a percentage as points ("100pt"); without one a word
        // processor spans the page's width, and the columns keep their percentages.
        format.setBottomMargin(8);
        const int sum = std::max(1, std::accumulate(weights.begin(), weights.end(), 0));
        QList<QTextLength> widths;
        for (const int w : weights)
            widths.append(QTextLength(QTextLength::PercentageLength, 100.0 * w / sum));
        format.setColumnWidthConstraints(widths);
        return format;
    }

    void insertTable(int rows, int columns, const QTextTableFormat& format)
    {
        newBlock(QTextBlockFormat(), charFormat(10));
        m_cursor.insertTable(rows, columns, format);
    }

    // After a table, the cursor goes back below it, into a paragraph of its own.
    void leaveTable(QTextTable& table)
    {
        m_cursor = table.lastCursorPosition();
        m_cursor.movePosition(QTextCursor::NextBlock);
    }

    void placeKeyValues(const KeyValues& values)
    {
        if (values.items.empty())
            return;
        insertTable(int(values.items.size()), 2, tableFormat({30, 70}, 0));
        QTextTable* table = m_cursor.currentTable();
        for (int r = 0; r < int(values.items.size()); ++r) {
            const auto& [key, value] = values.items[size_t(r)];
            fillCell(*table, r, 0, Cell(key), charFormat(10, true));
            fillCell(*table, r, 1, value, charFormat(10));
        }
        leaveTable(*table);
    }

    bool placeTable(const Table& table)
    {
        if (table.columns.empty())
            return true;
        if (!table.caption.isEmpty())
            placeText(table.caption, charFormat(10, true), 3);
        std::vector<int> weights;
        for (const auto& column : table.columns)
            weights.push_back(std::max(column.widthChars, 2));
        const int columns = int(table.columns.size());
        insertTable(int(table.rows.size()) + 1, columns, tableFormat(weights, 1));
        QTextTable* out = m_cursor.currentTable();
        for (int c = 0; c < columns; ++c) {
            QTextTableCell cell = out->cellAt(0, c);
            QTextTableCellFormat format = cell.format().toTableCellFormat();
            format.setBackground(kHeaderFill);
            cell.setFormat(format);
            QTextCharFormat chars = charFormat(9, true);
            chars.setBackground(kHeaderFill);  // as for levels: Qt drops the cell's background
            cell.firstCursorPosition().insertText(table.columns[size_t(c)].title, chars);
        }
        const QTextCharFormat body = charFormat(9);
        for (int r = 0; r < int(table.rows.size()); ++r) {
            const auto& row = table.rows[size_t(r)];
            for (int c = 0; c < columns && c < int(row.size()); ++c)
                fillCell(*out, r + 1, c, row[size_t(c)], body);
            if (++m_rows % kProgressEvery == 0) {
                m_progress.step(m_rows, m_total);
                if (m_progress.cancelled())
                    return false;
            }
        }
        leaveTable(*out);
        if (table.rows.empty())
            placeParagraph(Paragraph{OdtDocument::tr("No entries."), true});
        return true;
    }

    void placeFigure(const Figure& figure)
    {
        QImage probe(1, 1, QImage::Format_RGB32);
        probe.setDotsPerMeterX(int(kFigureDpi / 0.0254));
        probe.setDotsPerMeterY(int(kFigureDpi / 0.0254));
        const QSizeF size = figureSize(figure, kBodyWidthInches * kFigureDpi, probe);
        QImage image(size.toSize().expandedTo(QSize(1, 1)), QImage::Format_RGB32);
        image.setDotsPerMeterX(probe.dotsPerMeterX());
        image.setDotsPerMeterY(probe.dotsPerMeterY());
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            paintFigure(painter, QRectF(QPointF(0, 0), size), figure);
        }
        // Named by position: the same document names its images the same way.
        const QString name = QStringLiteral("figure-%1.png").arg(++m_figures);
        m_document.addResource(QTextDocument::ImageResource, QUrl(name), image);
        QTextImageFormat format;
        format.setName(name);
        // In points, so the figure prints at the size it was drawn for.
        format.setWidth(image.width() * 72.0 / kFigureDpi);
        format.setHeight(image.height() * 72.0 / kFigureDpi);
        newBlock(QTextBlockFormat(), charFormat(10));
        m_cursor.insertImage(format);
        QTextBlockFormat after;
        after.setBottomMargin(8);
        m_cursor.setBlockFormat(after);
    }

    QTextDocument& m_document;
    QTextCursor m_cursor;
    const WriteProgress& m_progress;
    int m_total;
    int m_rows = 0;
    int m_figures = 0;
    bool m_first = true;
};

} // namespace

Result<std::unique_ptr<QTextDocument>> OdtDocument::build(const ReportDocument& document,
                                                          const WriteProgress& progress,
                                                          int total)
{
    auto out = std::make_unique<QTextDocument>();
    QFont font;
    font.setPointSizeF(10);
    out->setDefaultFont(font);
    out->setMetaInformation(QTextDocument::DocumentTitle, document.meta.title);
    Builder builder(*out, progress, total);
    if (!builder.build(document))
        return cancelledError();
    return Result<std::unique_ptr<QTextDocument>>(std::move(out));
}

} // namespace isms::reports
