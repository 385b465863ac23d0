#include "reports/writers/text_layout.h"

#include "reports/writers/terminal_text.h"

#include <algorithm>

namespace isms::reports::text {

namespace {

int widthOf(char32_t code)
{
    if (code < 0x300)  // before the combining marks: the common case, without a table lookup
        return 1;
    const QChar::Category category = QChar::category(code);
    if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing
        || category == QChar::Other_Format || code == 0x200B)
        return 0;
    // East Asian wide and fullwidth ranges, and the emoji planes: two columns in a terminal.
    if ((code >= 0x1100 && code <= 0x115F) || (code >= 0x2E80 && code <= 0xA4CF && code != 0x303F)
        || (code >= 0xAC00 && code <= 0xD7A3) || (code >= 0xF900 && code <= 0xFAFF)
        || (code >= 0xFE30 && code <= 0xFE4F) || (code >= 0xFF00 && code <= 0xFF60)
        || (code >= 0xFFE0 && code <= 0xFFE6) || (code >= 0x1F300 && code <= 0x1F64F)
        || (code >= 0x1F900 && code <= 0x1F9FF) || (code >= 0x20000 && code <= 0x3FFFD))
        return 2;
    return 1;
}

// Calls f(start, length, width) for each code point of `text`.
template <class F>
void forEachCodePoint(const QString& text, F f)
{
    for (qsizetype i = 0; i < text.size();) {
        qsizetype length = 1;
        char32_t code = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            code = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            length = 2;
        }
        if (!f(i, length, widthOf(code)))
            return;
        i += length;
    }
}

// The longest start of `text` that fits in `width` columns.
QString head(const QString& text, int width)
{
    qsizetype end = 0;
    int used = 0;
    forEachCodePoint(text, [&](qsizetype start, qsizetype length, int w) {
        if (used + w > width)
            return false;
        used += w;
        end = start + length;
        return true;
    });
    return text.left(end);
}

void wrapParagraph(const QString& paragraph, int width, QStringList& lines)
{
    QString line;
    int lineWidth = 0;
    const auto flush = [&] {
        lines << line;
        line.clear();
        lineWidth = 0;
    };
    for (QString word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        int w = displayWidth(word);
        if (lineWidth > 0 && lineWidth + 1 + w > width)
            flush();
        while (w > width) {  // a word wider than the line: cut it where the line ends
            if (lineWidth > 0)
                flush();
            const QString part = head(word, width);
            lines << part;
            word = word.mid(part.size());
            w = displayWidth(word);
        }
        if (word.isEmpty())
            continue;
        if (lineWidth > 0) {
            line += QLatin1Char(' ');
            ++lineWidth;
        }
        line += word;
        lineWidth += w;
    }
    if (lineWidth > 0 || lines.isEmpty())
        flush();
}

} // namespace

int displayWidth(const QString& text)
{
    int total = 0;
    forEachCodePoint(text, [&](qsizetype, qsizetype, int w) {
        total += w;
        return true;
    });
    return total;
}

QString clean(const QString& text, bool oneLine)
{
    QString plain = text;
    plain.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    plain.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    plain.replace(QLatin1Char('\t'), QLatin1Char(' '));
    if (oneLine)
        plain.replace(QLatin1Char('\n'), QLatin1Char(' '));
    // Most text has nothing to defuse: spare it the round trip through UTF-8.
    const bool harmless = std::all_of(plain.cbegin(), plain.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x20 || u == '\n' || u == ' ') && !(u >= 0x7F && u <= 0x9F) && u != 0x061C
            && !(u >= 0x200E && u <= 0x200F) && !(u >= 0x202A && u <= 0x202E)
            && !(u >= 0x2066 && u <= 0x2069) && !c.isSurrogate();
    });
    return harmless ? plain : QString::fromStdString(terminalSafe(plain.toStdString()));
}

QStringList wrap(const QString& text, int width)
{
    width = std::max(width, 1);
    QStringList lines;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        QStringList part;
        wrapParagraph(paragraph, width, part);
        lines << part;
    }
    return lines;
}

QString fit(const QString& text, int width)
{
    if (displayWidth(text) <= width)
        return text;
    if (width <= 0)
        return {};
    return head(text, width - 1) + QChar(0x2026);
}

QString padded(const QString& text, int width)
{
    const int missing = width - displayWidth(text);
    return missing > 0 ? text + QString(missing, QLatin1Char(' ')) : text;
}

} // namespace isms::reports::text
