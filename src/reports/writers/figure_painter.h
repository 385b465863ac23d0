#pragma once
// Draws a report's figures (the heat map, bar charts) with QPainter onto any paint device: the
// PDF writer paints them straight onto its pages, the ODT writer into an image. Sizes are in the
// device's pixels, fonts in points, so a figure reads the same at 1200 dpi as at 150 dpi.

#include "reports/report_document.h"

#include <QRectF>
#include <QSizeF>

class QPaintDevice;
class QPainter;

namespace isms::reports {

// The size `figure` wants on `device` when it may be at most `maxWidth` pixels wide.
QSizeF figureSize(const Figure& figure, qreal maxWidth, const QPaintDevice& device);

// Paints `figure` into `rect` (best at the size figureSize() gave for rect's width).
void paintFigure(QPainter& painter, const QRectF& rect, const Figure& figure);

} // namespace isms::reports
