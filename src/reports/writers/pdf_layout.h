#pragma once
// Lays a ReportDocument out on pages for the PDF writer, before anything is painted: the whole
// document is paginated first, so the footer knows M in "Page N of M" and the painting pass is
// a plain walk over ready lines, boxes and figures. Tables are laid out row by row straight from
// their cells (no QTextDocument): a 10,000-row register paginates in a fraction of a second.
//
// Layout rules (each chosen for a printed register an auditor reads):
// - a section with a wide table (Table::wide()) goes on landscape pages, the rest on portrait;
//   a change of orientation starts a new page;
// - a heading is kept with the start of what follows it;
// - a table's caption and header row are repeated at the top of every page it continues on, and
//   a row is never split across pages (a row taller than a whole page is cut, with "…");
// - a figure is never split: it moves to the next page, or shrinks if taller than a page.

#include "domain/result.h"
#include "reports/report_document.h"
#include "reports/report_writer.h"
#include "reports/writers/text_lines.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QLineF>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <array>
#include <variant>
#include <vector>

class QPaintDevice;

namespace isms::reports {

enum class PdfFont {
    Title, Subtitle, Heading1, Heading2, Body, Key, Note, Caption, Cell, CellHeader, Running,
    RunningBold, Count
};

// The fonts of every role, in points.
std::array<QFont, size_t(PdfFont::Count)> pdfFonts();

// One line of text at its baseline.
struct PdfText {
    QPointF baseline;
    QString text;
    PdfFont font = PdfFont::Body;
    QColor colour;
};
struct PdfBox {
    QRectF rect;
    QColor fill;
};
struct PdfLine {
    QLineF line;
    QColor colour;
    qreal width = 1;
};
struct PdfFigure {
    const Figure* figure = nullptr;
    QRectF rect;
};
using PdfItem = std::variant<PdfText, PdfBox, PdfLine, PdfFigure>;

struct PdfPage {
    bool landscape = false;
    std::vector<PdfItem> items;  // in the coordinates of the page's paint rect
};

// Where the body goes on a page of one orientation, in device pixels of its paint rect.
struct PdfFrame {
    qreal width = 0;
    qreal bodyTop = 0;
    qreal bodyBottom = 0;
};

class PdfLayout {
    Q_DECLARE_TR_FUNCTIONS(isms::reports::PdfLayout)
public:
    PdfLayout(QPaintDevice& device, PdfFrame portrait, PdfFrame landscape);

    // The pages of `document`, or cancelledError() once progress.cancelled(). Progress counts
    // table rows, of `progressTotal` (the painting pass reports the rest).
    Result<std::vector<PdfPage>> layout(const ReportDocument& document,
                                        const WriteProgress& progress, int progressTotal);

private:
    struct Row {
        std::vector<QStringList> lines;  // per cell
        qreal height = 0;
    };
    struct TableStyle {
        bool grid = true;             // ruled cells; false: a key-value list, rules under rows
        PdfFont font = PdfFont::Cell;
        PdfFont firstColumnFont = PdfFont::Cell;
        PdfFont headerFont = PdfFont::CellHeader;
    };

    const PdfFrame& frame() const { return m_landscape ? m_landscapeFrame : m_portraitFrame; }
    qreal room() const { return frame().bodyBottom - m_y; }
    bool pageEmpty() const { return m_pages.back().items.empty(); }
    void newPage(bool landscape);
    void ensureRoom(qreal height);
    void add(PdfItem item) { m_pages.back().items.push_back(std::move(item)); }
    void placeLine(const QString& text, PdfFont font, const QColor& colour, qreal x = 0);
    qreal lineHeight(PdfFont font) const;

    void placeTitle(const ReportMeta& meta);
    void placeHeading(const Section& section, const Block* first);
    void placeParagraph(const Paragraph& paragraph);
    void placeKeyValues(const KeyValues& values);
    bool placeTable(const Table& table, const WriteProgress& progress, int progressTotal);
    void placeFigure(const Figure& figure);
    qreal firstBlockHeight(const Block& block) const;

    std::vector<qreal> columnWidths(const Table& table) const;
    Row measureRow(const std::vector<Cell>& cells, const std::vector<qreal>& widths,
                   const TableStyle& style) const;
    Row measureHeader(const Table& table, const std::vector<qreal>& widths) const;
    void fitRowToPage(Row& row, qreal maxHeight) const;
    void placeRow(const std::vector<Cell>* cells, const Row& row,
                  const std::vector<qreal>& widths, const TableStyle& style, bool header);
    void placeTableTop(const Table& table, const std::vector<qreal>& widths, const Row& header,
                       bool continued);
    void closeTableSegment(const std::vector<qreal>& widths);

    QPaintDevice& m_device;
    PdfFrame m_portraitFrame;
    PdfFrame m_landscapeFrame;
    std::array<QFont, size_t(PdfFont::Count)> m_fonts;
    std::vector<TextLines> m_lines;  // per PdfFont
    qreal m_pt = 1;  // device pixels per point
    std::vector<PdfPage> m_pages;
    bool m_landscape = false;
    qreal m_y = 0;
    qreal m_segmentTop = 0;  // where the current page's part of a table began
    int m_rowsDone = 0;
};

} // namespace isms::reports
