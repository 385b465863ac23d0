#include "reports/writers/text_lines.h"

#include <QTextLayout>
#include <QTextOption>

namespace isms::reports {

TextLines::TextLines(const QFont& font, QPaintDevice* device)
    : m_font(font), m_device(device), m_metrics(font, device)
{
}

QStringList TextLines::wrap(const QString& text, qreal width) const
{
    // Most cells are a short word or two: measure once and be done.
    const bool multiline = text.contains(QLatin1Char('\n'));
    if (!multiline && m_metrics.horizontalAdvance(text) <= width)
        return {text};

    QString prepared = text;
    prepared.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextLayout layout(prepared, m_font, m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(false);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        QString part = prepared.mid(line.textStart(), line.textLength());
        while (!part.isEmpty() && (part.back().isSpace() || part.back() == QChar::LineSeparator))
            part.chop(1);
        lines.append(part);
    }
    layout.endLayout();
    if (lines.isEmpty())
        lines.append(QString());
    return lines;
}

} // namespace isms::reports
