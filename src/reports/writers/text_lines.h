#pragma once
// Breaks text into the lines that fit a width, once, so a page layout can measure a table row
// and later paint it line by line without laying the text out a second time.

#include <QFont>
#include <QFontMetricsF>
#include <QString>
#include <QStringList>

class QPaintDevice;

namespace isms::reports {

class TextLines {
public:
    TextLines(const QFont& font, QPaintDevice* device);

    // The lines of `text` within `width`: at word boundaries, inside a word only when one word
    // is wider than the whole width; a newline in the text always starts a line. Empty text is
    // one empty line.
    QStringList wrap(const QString& text, qreal width) const;

    const QFont& font() const { return m_font; }
    const QFontMetricsF& metrics() const { return m_metrics; }

private:
    QFont m_font;
    QPaintDevice* m_device;
    QFontMetricsF m_metrics;
};

} // namespace isms::reports
