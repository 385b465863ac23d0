#include "reports/writers/pdf_layout.h"

#include "reports/writers/cell_style.h"
#include "reports/writers/figure_painter.h"

#include <QPaintDevice>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace isms::reports {

namespace {

const QColor kInk(0x20, 0x21, 0x24);
const QColor kMuted(0x5f, 0x63, 0x68);
const QColor kRule(0xb9, 0xbe, 0xc5);
const QColor kSoftRule(0xdc, 0xdf, 0xe3);
const QColor kHeaderFill(0xe8, 0xea, 0xed);

// In points.
constexpr qreal kCellPadX = 3;
constexpr qreal kCellPadY = 2;
constexpr qreal kRuleWidth = 0.5;
constexpr int kProgressEvery = 256;  // rows between progress reports and cancel checks

QFont makeFont(qreal points, bool bold = false)
{
    QFont f;
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

} // namespace

std::array<QFont, size_t(PdfFont::Count)> pdfFonts()
{
    std::array<QFont, size_t(PdfFont::Count)> fonts;
    fonts[size_t(PdfFont::Title)] = makeFont(18, true);
    fonts[size_t(PdfFont::Subtitle)] = makeFont(10);
    fonts[size_t(PdfFont::Heading1)] = makeFont(14, true);
    fonts[size_t(PdfFont::Heading2)] = makeFont(11.5, true);
    fonts[size_t(PdfFont::Body)] = makeFont(9.5);
    fonts[size_t(PdfFont::Key)] = makeFont(9.5, true);
    fonts[size_t(PdfFont::Note)] = makeFont(8);
    fonts[size_t(PdfFont::Caption)] = makeFont(9.5, true);
    fonts[size_t(PdfFont::Cell)] = makeFont(8.5);
    fonts[size_t(PdfFont::CellHeader)] = makeFont(8.5, true);
    fonts[size_t(PdfFont::Running)] = makeFont(7.5);
    fonts[size_t(PdfFont::RunningBold)] = makeFont(7.5, true);
    return fonts;
}

PdfLayout::PdfLayout(QPaintDevice& device, PdfFrame portrait, PdfFrame landscape)
    : m_device(device), m_portraitFrame(portrait), m_landscapeFrame(landscape),
      m_fonts(pdfFonts()), m_pt(device.logicalDpiY() / 72.0)
{
    for (const auto& font : m_fonts)
        m_lines.emplace_back(font, &m_device);
}

qreal PdfLayout::lineHeight(PdfFont font) const
{
    return m_lines[size_t(font)].metrics().lineSpacing();
}

void PdfLayout::newPage(bool landscape)
{
    m_pages.push_back(PdfPage{landscape, {}});
    m_landscape = landscape;
    m_y = frame().bodyTop;
}

void PdfLayout::ensureRoom(qreal height)
{
    if (height > room() && !pageEmpty())
        newPage(m_landscape);
}

void PdfLayout::placeLine(const QString& text, PdfFont font, const QColor& colour, qreal x)
{
    const auto& metrics = m_lines[size_t(font)].metrics();
    ensureRoom(metrics.lineSpacing());
    add(PdfText{QPointF(x, m_y + metrics.ascent()), text, font, colour});
    m_y += metrics.lineSpacing();
}

Result<std::vector<PdfPage>> PdfLayout::layout(const ReportDocument& document,
                                               const WriteProgress& progress, int progressTotal)
{
    const auto landscapeSection = [](const Section& section) {
        return std::any_of(section.blocks.begin(), section.blocks.end(), [](const Block& b) {
            const auto* table = std::get_if<Table>(&b);
            return table && table->wide();
        });
    };
    m_pages.clear();
    m_rowsDone = 0;
    newPage(!document.sections.empty() && landscapeSection(document.sections.front()));
    placeTitle(document.meta);

    for (const auto& section : document.sections) {
        const bool landscape = landscapeSection(section);
        if (landscape != m_landscape)
            newPage(landscape);
        placeHeading(section, section.blocks.empty() ? nullptr : &section.blocks.front());
        for (const auto& block : section.blocks) {
            if (progress.cancelled())
                return cancelledError();
            if (const auto* p = std::get_if<Paragraph>(&block))
                placeParagraph(*p);
            else if (const auto* kv = std::get_if<KeyValues>(&block))
                placeKeyValues(*kv);
            else if (const auto* table = std::get_if<Table>(&block)) {
                if (!placeTable(*table, progress, progressTotal))
                    return cancelledError();
            } else
                placeFigure(std::get<Figure>(block));
        }
    }
    return std::move(m_pages);
}

void PdfLayout::placeTitle(const ReportMeta& meta)
{
    for (const auto& line : m_lines[size_t(PdfFont::Title)].wrap(meta.title, frame().width))
        placeLine(line, PdfFont::Title, kInk);
    if (!meta.subject.isEmpty()) {
        m_y += 2 * m_pt;
        for (const auto& line :
             m_lines[size_t(PdfFont::Subtitle)].wrap(meta.subject, frame().width))
            placeLine(line, PdfFont::Subtitle, kMuted);
    }
    m_y += 10 * m_pt;
}

qreal PdfLayout::firstBlockHeight(const Block& block) const
{
    if (const auto* figure = std::get_if<Figure>(&block))
        return std::min(figureSize(*figure, frame().width, m_device).height(),
                        frame().bodyBottom - frame().bodyTop);
    if (const auto* table = std::get_if<Table>(&block)) {
        const qreal row = lineHeight(PdfFont::Cell) + 2 * kCellPadY * m_pt;
        return (table->caption.isEmpty() ? 0 : lineHeight(PdfFont::Caption)) + 3 * row;
    }
    return 3 * lineHeight(PdfFont::Body);
}

void PdfLayout::placeHeading(const Section& section, const Block* first)
{
    if (section.heading.isEmpty())
        return;
    const PdfFont font = section.level <= 1 ? PdfFont::Heading1 : PdfFont::Heading2;
    const auto lines = m_lines[size_t(font)].wrap(section.heading, frame().width);
    if (!pageEmpty())
        m_y += (section.level <= 1 ? 12 : 8) * m_pt;
    const qreal after = 4 * m_pt;
    // Keep the heading with the start of what it heads, never alone at the foot of a page.
    ensureRoom(lines.size() * lineHeight(font) + after + (first ? firstBlockHeight(*first) : 0));
    for (const auto& line : lines)
        placeLine(line, font, kInk);
    m_y += after;
}

void PdfLayout::placeParagraph(const Paragraph& paragraph)
{
    const PdfFont font = paragraph.note ? PdfFont::Note : PdfFont::Body;
    for (const auto& line : m_lines[size_t(font)].wrap(paragraph.text, frame().width))
        placeLine(line, font, paragraph.note ? kMuted : kInk);
    m_y += 6 * m_pt;
}

void PdfLayout::placeKeyValues(const KeyValues& values)
{
    const TableStyle style{false, PdfFont::Body, PdfFont::Key, PdfFont::Key};
    qreal widest = 0;
    for (const auto& [key, value] : values.items)
        widest = std::max(widest, m_lines[size_t(PdfFont::Key)].metrics().horizontalAdvance(key));
    const qreal pad = 2 * kCellPadX * m_pt;
    const qreal keyWidth = std::min(widest + pad + 6 * m_pt, frame().width * 0.35);
    const std::vector<qreal> widths{keyWidth, frame().width - keyWidth};
    for (const auto& [key, value] : values.items) {
        const std::vector<Cell> cells{Cell(key), value};
        Row row = measureRow(cells, widths, style);
        fitRowToPage(row, frame().bodyBottom - frame().bodyTop);
        ensureRoom(row.height);
        placeRow(&cells, row, widths, style, false);
    }
    m_y += 8 * m_pt;
}

std::vector<qreal> PdfLayout::columnWidths(const Table& table) const
{
    const auto& cell = m_lines[size_t(PdfFont::Cell)].metrics();
    const qreal average = cell.averageCharWidth();
    const auto& header = m_lines[size_t(PdfFont::CellHeader)].metrics();
    const qreal padding = 2 * kCellPadX * m_pt;
    // A word longer than this (a URL, a path) may still be broken rather than widen its column.
    const qreal longestKept = 16 * average;
    // Enough rows to know a column's words; a 10,000-row register is not measured in full.
    const size_t sampled = std::min<size_t>(table.rows.size(), 200);

    std::vector<qreal> minimum;
    std::vector<qreal> natural;
    for (size_t c = 0; c < table.columns.size(); ++c) {
        const Column& column = table.columns[c];
        // At least as wide as the longest word of the title and of the cells: "Likelihood" or
        // "Organizational" is never broken in two.
        qreal word = 0;
        for (const auto& part : column.title.split(QLatin1Char(' ')))
            word = std::max(word, header.horizontalAdvance(part));
        for (size_t r = 0; r < sampled; ++r) {
            if (c >= table.rows[r].size())
                continue;
            for (const auto& part : cellText(table.rows[r][c]).split(QLatin1Char(' ')))
                word = std::max(word, std::min(cell.horizontalAdvance(part), longestKept));
        }
        minimum.push_back(word + padding);
        natural.push_back(std::max(std::max(column.widthChars, 2) * average + padding, word + padding));
    }
    const qreal total = std::accumulate(natural.begin(), natural.end(), 0.0);
    const qreal least = std::accumulate(minimum.begin(), minimum.end(), 0.0);
    const qreal width = frame().width;
    if (total <= 0)
        return natural;
    if (total <= width || least >= width) {
        // Fits, or not even the words fit: grow (or shrink) every column in proportion.
        for (auto& w : natural)
            w *= width / total;
        return natural;
    }
    // Too wide: take the room from what each column has beyond its longest word.
    const qreal shrink = (total - width) / (total - least);
    for (size_t c = 0; c < natural.size(); ++c)
        natural[c] -= (natural[c] - minimum[c]) * shrink;
    return natural;
}

PdfLayout::Row PdfLayout::measureRow(const std::vector<Cell>& cells,
                                     const std::vector<qreal>& widths,
                                     const TableStyle& style) const
{
    Row row;
    row.lines.reserve(widths.size());
    int most = 1;
    for (size_t i = 0; i < widths.size(); ++i) {
        const PdfFont font = i == 0 ? style.firstColumnFont : style.font;
        const QString text = i < cells.size() ? cellText(cells[i]) : QString();
        row.lines.push_back(m_lines[size_t(font)].wrap(text, widths[i] - 2 * kCellPadX * m_pt));
        most = std::max(most, int(row.lines.back().size()));
    }
    row.height = most * lineHeight(style.font) + 2 * kCellPadY * m_pt;
    return row;
}

PdfLayout::Row PdfLayout::measureHeader(const Table& table, const std::vector<qreal>& widths) const
{
    Row row;
    int most = 1;
    for (size_t i = 0; i < widths.size(); ++i) {
        row.lines.push_back(m_lines[size_t(PdfFont::CellHeader)].wrap(
            table.columns[i].title, widths[i] - 2 * kCellPadX * m_pt));
        most = std::max(most, int(row.lines.back().size()));
    }
    row.height = most * lineHeight(PdfFont::CellHeader) + 2 * kCellPadY * m_pt;
    return row;
}

// A row taller than a whole page cannot be kept together: it is cut to the page, and its last
// line ends in "…" so the reader sees that the rest is in the other formats.
void PdfLayout::fitRowToPage(Row& row, qreal maxHeight) const
{
    if (row.height <= maxHeight)
        return;
    const qreal line = lineHeight(PdfFont::Cell);
    const int maxLines = std::max(1, int(std::floor((maxHeight - 2 * kCellPadY * m_pt) / line)));
    for (auto& lines : row.lines) {
        if (lines.size() > maxLines) {
            lines = lines.mid(0, maxLines);
            lines.back() += QChar(0x2026);
        }
    }
    row.height = maxLines * line + 2 * kCellPadY * m_pt;
}

void PdfLayout::placeRow(const std::vector<Cell>* cells, const Row& row,
                         const std::vector<qreal>& widths, const TableStyle& style, bool header)
{
    const qreal padX = kCellPadX * m_pt;
    const qreal padY = kCellPadY * m_pt;
    qreal x = 0;
    for (size_t i = 0; i < widths.size(); ++i) {
        const QRectF rect(x, m_y, widths[i], row.height);
        const Cell* cell = cells && i < cells->size() ? &(*cells)[i] : nullptr;
        const PdfFont font =
            header ? style.headerFont : (i == 0 ? style.firstColumnFont : style.font);
        const auto& metrics = m_lines[size_t(font)].metrics();
        QColor colour = kInk;
        if (header) {
            add(PdfBox{rect, kHeaderFill});
        } else if (const auto fill = cell ? cellFill(*cell) : std::nullopt) {
            // A table's level fills its cell; in a key-value list it is a label around the text.
            QRectF box = rect;
            if (!style.grid) {
                qreal widest = 0;
                for (const auto& line : row.lines[i])
                    widest = std::max(widest, metrics.horizontalAdvance(line));
                box.setWidth(std::min(rect.width(), widest + 2 * padX));
                box.adjust(0, padY / 2, 0, -padY / 2);
            }
            add(PdfBox{box, *fill});
            colour = textColourOn(*fill);
        }
        const bool right = cell && !header && style.grid && alignsRight(*cell);
        qreal baseline = m_y + padY + metrics.ascent();
        for (const auto& line : row.lines[i]) {
            const qreal lineX =
                right ? rect.right() - padX - metrics.horizontalAdvance(line) : x + padX;
            if (!line.isEmpty())
                add(PdfText{QPointF(lineX, baseline), line, font, colour});
            baseline += metrics.lineSpacing();
        }
        x += widths[i];
    }
    m_y += row.height;
    add(PdfLine{QLineF(0, m_y, x, m_y), style.grid ? kRule : kSoftRule, kRuleWidth * m_pt});
}

void PdfLayout::placeTableTop(const Table& table, const std::vector<qreal>& widths,
                              const Row& header, bool continued)
{
    if (!table.caption.isEmpty()) {
        const QString caption = continued ? tr("%1 (continued)").arg(table.caption)
                                          : table.caption;
        for (const auto& line : m_lines[size_t(PdfFont::Caption)].wrap(caption, frame().width))
            placeLine(line, PdfFont::Caption, kInk);
        m_y += 3 * m_pt;
    }
    m_segmentTop = m_y;
    const qreal width = std::accumulate(widths.begin(), widths.end(), 0.0);
    add(PdfLine{QLineF(0, m_y, width, m_y), kRule, kRuleWidth * m_pt});
    placeRow(nullptr, header, widths, TableStyle{}, true);
}

void PdfLayout::closeTableSegment(const std::vector<qreal>& widths)
{
    qreal x = 0;
    add(PdfLine{QLineF(x, m_segmentTop, x, m_y), kRule, kRuleWidth * m_pt});
    for (const qreal w : widths) {
        x += w;
        add(PdfLine{QLineF(x, m_segmentTop, x, m_y), kRule, kRuleWidth * m_pt});
    }
}

bool PdfLayout::placeTable(const Table& table, const WriteProgress& progress, int progressTotal)
{
    if (table.columns.empty())
        return true;
    const TableStyle style;
    const auto widths = columnWidths(table);
    const Row header = measureHeader(table, widths);
    const qreal captionHeight =
        table.caption.isEmpty() ? 0 : lineHeight(PdfFont::Caption) + 3 * m_pt;
    const qreal bodyHeight = frame().bodyBottom - frame().bodyTop;
    const qreal rowRoom = bodyHeight - captionHeight - header.height;

    Row first;
    if (!table.rows.empty()) {
        first = measureRow(table.rows.front(), widths, style);
        fitRowToPage(first, rowRoom);
    }
    // The caption and header never stand alone at the foot of a page.
    ensureRoom(captionHeight + header.height + first.height);
    placeTableTop(table, widths, header, false);

    for (size_t r = 0; r < table.rows.size(); ++r) {
        Row row = r == 0 ? std::move(first) : measureRow(table.rows[r], widths, style);
        if (r != 0)
            fitRowToPage(row, rowRoom);
        if (row.height > room()) {
            closeTableSegment(widths);
            newPage(m_landscape);
            placeTableTop(table, widths, header, true);
        }
        placeRow(&table.rows[r], row, widths, style, false);
        if (++m_rowsDone % kProgressEvery == 0) {
            progress.step(m_rowsDone, progressTotal);
            if (progress.cancelled())
                return false;
        }
    }
    closeTableSegment(widths);
    m_y += 4 * m_pt;
    if (table.rows.empty())
        placeLine(tr("No entries."), PdfFont::Note, kMuted, kCellPadX * m_pt);
    m_y += 6 * m_pt;
    return true;
}

void PdfLayout::placeFigure(const Figure& figure)
{
    const QSizeF size = figureSize(figure, frame().width, m_device);
    const qreal bodyHeight = frame().bodyBottom - frame().bodyTop;
    // Never split; a figure taller than a page is painted smaller (see PdfFigure's rect).
    const qreal height = std::min(size.height(), bodyHeight);
    ensureRoom(height);
    add(PdfFigure{&figure, QRectF(0, m_y, size.width(), size.height())});
    m_y += height + 10 * m_pt;
}

} // namespace isms::reports
