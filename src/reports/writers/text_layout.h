#pragma once
// Plain text laid out for a fixed-width terminal: how many columns a string takes, word
// wrapping, and shortening with an ellipsis. Widths count what a terminal shows: a combining
// accent takes none, a CJK character or an emoji two.

#include <QString>
#include <QStringList>

namespace isms::reports::text {

int displayWidth(const QString& text);

// Made safe for a terminal (terminal_text.h), with CRLF and CR read as line breaks and tabs as
// spaces. `oneLine` also turns line breaks into spaces.
QString clean(const QString& text, bool oneLine);

// Lines of at most `width` columns, broken between words; a word wider than the line is cut.
// Each line break in `text` starts a new line; an empty text gives one empty line.
QStringList wrap(const QString& text, int width);

// `text` if it fits in `width` columns, else cut and ended with an ellipsis.
QString fit(const QString& text, int width);

// `text` followed by spaces up to `width` columns.
QString padded(const QString& text, int width);

} // namespace isms::reports::text
