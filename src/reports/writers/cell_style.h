#pragma once
// How a typed cell looks in the formats that have colour and alignment (PDF, ODT): what it
// reads (cellText()), its fill, the colour of its text and which side it sits on. One place, so
// a level looks the same in a printed report and in a word processor.

#include "reports/report_document.h"

#include <QColor>

#include <optional>

namespace isms::reports {

// The background of a cell: a level's colour, or none.
std::optional<QColor> cellFill(const Cell& cell);

// Black or white, whichever contrasts more with `fill` (WCAG relative luminance), so a level's
// number stays readable on a dark red as on a pale yellow.
QColor textColourOn(const QColor& fill);

// Numbers sit on the right, so their digits line up; everything else on the left.
bool alignsRight(const Cell& cell);

} // namespace isms::reports
