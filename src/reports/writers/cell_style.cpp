#include "reports/writers/cell_style.h"

#include <cmath>

namespace isms::reports {

namespace {

// WCAG 2 relative luminance of an sRGB colour.
double luminance(const QColor& colour)
{
    const auto linear = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF())
           + 0.0722 * linear(rgb.blueF());
}

double contrast(double a, double b)
{
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

} // namespace

std::optional<QColor> cellFill(const Cell& cell)
{
    if (const auto* level = std::get_if<LevelCell>(&cell.value); level && level->colour.isValid())
        return level->colour;
    return std::nullopt;
}

QColor textColourOn(const QColor& fill)
{
    const double l = luminance(fill);
    return contrast(l, 0.0) >= contrast(l, 1.0) ? QColor(Qt::black) : QColor(Qt::white);
}

bool alignsRight(const Cell& cell)
{
    return std::holds_alternative<NumberCell>(cell.value);
}

} // namespace isms::reports
