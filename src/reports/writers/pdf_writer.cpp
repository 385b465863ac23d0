#include "reports/writers/pdf_writer.h"
#include "reports/writers/report_painter.h"

#include "reports/writers/figure_painter.h"
#include "reports/writers/page_size.h"
#include "reports/writers/pdf_layout.h"
#include "reports/writers/write_errors.h"

#include <QFile>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPagedPaintDevice>
#include <QPdfWriter>

namespace isms::reports {

namespace {

const QColor kInk(0x20, 0x21, 0x24);
const QColor kMuted(0x5f, 0x63, 0x68);
const QColor kRule(0x9a, 0xa0, 0xa6);

// Margins in millimetres; the running header and footer sit inside them, above and below the
// body, at these heights in points.
const QMarginsF kMargins(16, 12, 16, 12);
constexpr qreal kHeaderHeight = 30;
constexpr qreal kFooterHeight = 22;

QPageLayout pageLayout(const QPageSize& size, bool landscape)
{
    return QPageLayout(size,
                       landscape ? QPageLayout::Landscape : QPageLayout::Portrait, kMargins,
                       QPageLayout::Millimeter);
}

PdfFrame frameOf(const QPageLayout& layout, int resolution)
{
    const QRect paint = layout.paintRectPixels(resolution);
    const qreal pt = resolution / 72.0;
    return PdfFrame{qreal(paint.width()), kHeaderHeight * pt,
                    paint.height() - kFooterHeight * pt};
}

class PagePainter {
public:
    PagePainter(QPainter& painter, const ReportMeta& meta, int resolution)
        : m_painter(painter), m_meta(meta), m_fonts(pdfFonts()), m_pt(resolution / 72.0)
    {
    }

    void paint(const PdfPage& page, const PdfFrame& frame, int number, int count)
    {
        paintRunning(frame, number, count);
        for (const auto& item : page.items)
            std::visit([&](const auto& i) { paintItem(i, frame); }, item);
    }

private:
    void setFont(PdfFont font)
    {
        if (font != m_font) {
            m_painter.setFont(m_fonts[size_t(font)]);
            m_font = font;
        }
    }
    void setPen(const QColor& colour, qreal width = 0)
    {
        m_painter.setPen(QPen(colour, width));
    }

    void paintItem(const PdfText& text, const PdfFrame&)
    {
        setFont(text.font);
        setPen(text.colour);
        m_painter.drawText(text.baseline, text.text);
    }
    void paintItem(const PdfBox& box, const PdfFrame&) { m_painter.fillRect(box.rect, box.fill); }
    void paintItem(const PdfLine& line, const PdfFrame&)
    {
        setPen(line.colour, line.width);
        m_painter.drawLine(line.line);
    }
    void paintItem(const PdfFigure& figure, const PdfFrame& frame)
    {
        m_painter.save();
        const qreal room = frame.bodyBottom - figure.rect.top();
        if (figure.rect.height() > room) {
            const qreal scale = room / figure.rect.height();
            m_painter.translate(figure.rect.topLeft());
            m_painter.scale(scale, scale);
            m_painter.translate(-figure.rect.topLeft());
        }
        paintFigure(m_painter, figure.rect, *figure.figure);
        m_painter.restore();
        m_font = PdfFont::Count;  // the figure set its own fonts
    }

    // The running header: organisation on the left, the report on the right, and beneath it
    // the date of the file's last change (never the clock's: the same file, the same pages).
    void paintRunning(const PdfFrame& frame, int number, int count)
    {
        const QFontMetricsF bold(m_fonts[size_t(PdfFont::RunningBold)], m_painter.device());
        const QFontMetricsF plain(m_fonts[size_t(PdfFont::Running)], m_painter.device());
        const qreal half = frame.width / 2 - 6 * m_pt;
        qreal y = bold.ascent();
        setFont(PdfFont::RunningBold);
        setPen(kInk);
        m_painter.drawText(QPointF(0, y), bold.elidedText(m_meta.organisation, Qt::ElideRight, half));
        const QString title = bold.elidedText(m_meta.title, Qt::ElideRight, half);
        m_painter.drawText(QPointF(frame.width - bold.horizontalAdvance(title), y), title);
        y += plain.lineSpacing() + 1 * m_pt;
        setFont(PdfFont::Running);
        setPen(kMuted);
        const QString changed =
            m_meta.lastChange.isValid()
                ? PdfWriter::tr("Last change: %1")
                      .arg(m_meta.lastChange.toUTC().date().toString(Qt::ISODate))
                : PdfWriter::tr("No recorded change");
        m_painter.drawText(QPointF(frame.width - plain.horizontalAdvance(changed), y), changed);
        if (!m_meta.subject.isEmpty())
            m_painter.drawText(QPointF(0, y),
                               plain.elidedText(m_meta.subject, Qt::ElideRight, half));
        y += plain.descent() + 4 * m_pt;
        setPen(kRule, 0.5 * m_pt);
        m_painter.drawLine(QLineF(0, y, frame.width, y));

        const qreal footerTop = frame.bodyBottom + 8 * m_pt;
        m_painter.drawLine(QLineF(0, footerTop, frame.width, footerTop));
        const qreal footerBase = footerTop + 4 * m_pt + plain.ascent();
        setPen(kMuted);
        const QString page = PdfWriter::tr("Page %1 of %2").arg(number).arg(count);
        m_painter.drawText(QPointF(frame.width - plain.horizontalAdvance(page), footerBase), page);
        const QString source = m_meta.sourceFile.isEmpty()
                                   ? m_meta.generator
                                   : PdfWriter::tr("%1, made by %2")
                                         .arg(m_meta.sourceFile, m_meta.generator);
        m_painter.drawText(QPointF(0, footerBase),
                           plain.elidedText(source, Qt::ElideMiddle, half));
    }

    QPainter& m_painter;
    const ReportMeta& m_meta;
    std::array<QFont, size_t(PdfFont::Count)> m_fonts;
    PdfFont m_font = PdfFont::Count;
    qreal m_pt;
};

int tableRows(const ReportDocument& document)
{
    int rows = 0;
    for (const auto* table : document.tables())
        rows += int(table->rows.size());
    return rows;
}

} // namespace

QString PdfWriter::key() const
{
    return QStringLiteral("pdf");
}

QString PdfWriter::suffix() const
{
    return QStringLiteral("pdf");
}

QString PdfWriter::displayName() const
{
    return tr("PDF document");
}

bool PdfWriter::deterministic() const
{
    return false;  // QPdfWriter stamps the clock's creation date; the text is the same
}

Result<void> paintReport(const ReportDocument& document, QPagedPaintDevice& device,
                         const QPageSize& pageSize, int resolution, const WriteProgress& progress)
{
    const QPageLayout portrait = pageLayout(pageSize, false);
    const QPageLayout landscape = pageLayout(pageSize, true);
    const PdfFrame portraitFrame = frameOf(portrait, resolution);
    const PdfFrame landscapeFrame = frameOf(landscape, resolution);

    // Layout counts half the progress (the table rows), painting the other half.
    const int rows = tableRows(document);
    const int total = 2 * std::max(rows, 1);
    PdfLayout layout(device, portraitFrame, landscapeFrame);
    auto pages = layout.layout(document, progress, total);
    if (!pages)
        return pages.error();

    device.setPageLayout(pages->front().landscape ? landscape : portrait);
    QPainter painter;
    if (!painter.begin(&device))
        return Error{ErrorCode::Io, PdfWriter::tr("The pages could not be painted.").toStdString()};
    PagePainter pagePainter(painter, document.meta, resolution);
    const int count = int(pages->size());
    for (int i = 0; i < count; ++i) {
        const PdfPage& page = (*pages)[size_t(i)];
        if (i > 0) {
            // A new page layout applies from the next newPage() on.
            device.setPageLayout(page.landscape ? landscape : portrait);
            device.newPage();
        }
        pagePainter.paint(page, page.landscape ? landscapeFrame : portraitFrame, i + 1, count);
        progress.step(std::max(rows, 1) + (i + 1) * std::max(rows, 1) / count, total);
        if (progress.cancelled()) {
            painter.end();
            return cancelledError();
        }
    }
    if (!painter.end())
        return Error{ErrorCode::Io, PdfWriter::tr("The pages could not be painted.").toStdString()};
    return Ok{};
}

Result<void> PdfWriter::write(const ReportDocument& document, const QString& path,
                              const WriteProgress& progress) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fileWriteError(file);

    QPdfWriter pdf(&file);
    pdf.setTitle(document.meta.title);
    pdf.setCreator(document.meta.generator);
    auto painted = paintReport(document, pdf, QPageSize(pageSizeForLocale(QLocale())),
                               pdf.resolution(), progress);
    if (!painted) {
        if (file.error() != QFileDevice::NoError)
            return fileWriteError(file);
        return painted;
    }
    if (file.error() != QFileDevice::NoError)
        return fileWriteError(file);
    file.close();
    if (file.error() != QFileDevice::NoError)
        return fileWriteError(file);
    return Ok{};
}

} // namespace isms::reports
