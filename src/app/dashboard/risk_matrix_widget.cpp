#include "app/dashboard/risk_matrix_widget.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace isms::app {

namespace {

constexpr int kAxisTitle = 18;   // room for the rotated "Likelihood" and the "Impact" caption
constexpr int kAxisNumbers = 18; // room for the level numbers along each axis
constexpr int kGap = 2;          // between cells, so adjacent cells of one band stay countable
constexpr int kPreferredCell = 40;
constexpr int kMinimumCell = 22;
constexpr int kLargestCell = 48;  // beyond this a matrix only gets emptier, not clearer

double luminance(const QColor& c)
{
    auto channel = [](double v) {
        v /= 255.0;
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

QColor blend(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
                            static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
                            static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

QColor bandColour(const isms::Methodology& m, int score, const QPalette& palette)
{
    if (const auto* band = m.band(score))
        return QColor(QString::fromStdString(band->colour));
    return palette.color(QPalette::Mid);
}

} // namespace

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableTextOn(const QColor& background)
{
    // WCAG contrast against black and white; pick the larger (never below 4.58:1).
    return contrastRatio(background, Qt::black) >= contrastRatio(background, Qt::white)
               ? QColor(Qt::black)
               : QColor(Qt::white);
}

QColor subduedTextOn(const QColor& background, double minimumContrast)
{
    const QColor ink = readableTextOn(background);
    // From halfway towards the background back to the full ink, the first that still reads.
    for (int step = 10; step > 0; --step) {
        const QColor candidate = blend(ink, background, step * 0.05);
        if (contrastRatio(candidate, background) >= minimumContrast)
            return candidate;
    }
    return ink;
}

RiskMatrixWidget::RiskMatrixWidget(QWidget* parent) : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setMouseTracking(true);
    setMethodology(isms::Methodology::preset5x5());
}

void RiskMatrixWidget::setMethodology(const isms::Methodology& methodology)
{
    m_methodology = methodology;
    m_counts.clear();
    updateGeometry();
    update();
}

void RiskMatrixWidget::setCounts(std::vector<int> counts)
{
    m_counts = std::move(counts);
    // Cells that open their risks are reached by keyboard too (Tab, then the arrow keys).
    setFocusPolicy(m_counts.empty() ? Qt::NoFocus : Qt::StrongFocus);
    // What a screen reader says instead of the picture: the occupied cells.
    QStringList cells;
    const int rows = static_cast<int>(m_methodology.likelihood.size());
    const int cols = static_cast<int>(m_methodology.impact.size());
    for (int l = rows; l >= 1; --l)
        for (int i = cols; i >= 1; --i)
            if (const int n = count(l, i); n > 0)
                cells << tr("likelihood %1, impact %2, level %3: %4")
                             .arg(l).arg(i).arg(m_methodology.score(l, i)).arg(n);
    setAccessibleDescription(cells.isEmpty() ? tr("No assessed risks.") : cells.join(QStringLiteral("; ")));
    update();
}

int RiskMatrixWidget::count(int likelihood, int impact) const
{
    const int rows = static_cast<int>(m_methodology.likelihood.size());
    const int cols = static_cast<int>(m_methodology.impact.size());
    if (likelihood < 1 || likelihood > rows || impact < 1 || impact > cols)
        return 0;
    const auto index = static_cast<std::size_t>((likelihood - 1) * cols + (impact - 1));
    return index < m_counts.size() ? m_counts[index] : 0;
}

int RiskMatrixWidget::total() const
{
    return std::accumulate(m_counts.begin(), m_counts.end(), 0);
}

RiskMatrixWidget::Geometry RiskMatrixWidget::geometry() const
{
    const int rows = std::max<int>(1, static_cast<int>(m_methodology.likelihood.size()));
    const int cols = std::max<int>(1, static_cast<int>(m_methodology.impact.size()));
    const int left = kAxisTitle + kAxisNumbers;
    const int bottom = kAxisNumbers + kAxisTitle;
    const int availableW = width() - left - 1;
    const int availableH = height() - bottom - 1;
    const int cell = std::clamp(std::min((availableW + kGap) / cols, (availableH + kGap) / rows) - kGap,
                                8, kLargestCell);
    const int gridW = cols * (cell + kGap) - kGap;
    const int gridH = rows * (cell + kGap) - kGap;
    // Centred horizontally in the space the layout gives, top-aligned.
    const int x = left + std::max(0, (availableW - gridW) / 2);
    return {QRect(x, 0, gridW, gridH), cell};
}

QRect RiskMatrixWidget::cellRect(int likelihood, int impact) const
{
    const int rows = static_cast<int>(m_methodology.likelihood.size());
    const int cols = static_cast<int>(m_methodology.impact.size());
    if (likelihood < 1 || likelihood > rows || impact < 1 || impact > cols)
        return {};
    const Geometry g = geometry();
    // Highest likelihood on top, as risk matrices are read.
    const int row = rows - likelihood;
    const int col = impact - 1;
    return {g.grid.left() + col * (g.cell + kGap), g.grid.top() + row * (g.cell + kGap), g.cell,
            g.cell};
}

std::pair<int, int> RiskMatrixWidget::cellAt(const QPoint& point) const
{
    const int rows = static_cast<int>(m_methodology.likelihood.size());
    const int cols = static_cast<int>(m_methodology.impact.size());
    for (int l = 1; l <= rows; ++l)
        for (int i = 1; i <= cols; ++i)
            if (cellRect(l, i).contains(point))
                return {l, i};
    return {0, 0};
}

QSize RiskMatrixWidget::sizeHint() const
{
    const int rows = static_cast<int>(m_methodology.likelihood.size());
    const int cols = static_cast<int>(m_methodology.impact.size());
    // Big matrices get smaller cells so a 10x10 still fits beside its twin.
    const int cell = std::max(kMinimumCell, kPreferredCell - std::max(rows, cols) * 2 + 10);
    return {kAxisTitle + kAxisNumbers + cols * (cell + kGap) + 1,
            rows * (cell + kGap) + kAxisNumbers + kAxisTitle + 1};
}

int RiskMatrixWidget::heightForWidth(int width) const
{
    const int rows = std::max<int>(1, static_cast<int>(m_methodology.likelihood.size()));
    const int cols = std::max<int>(1, static_cast<int>(m_methodology.impact.size()));
    const int availableW = width - kAxisTitle - kAxisNumbers - 1;
    const int cell = std::clamp((availableW + kGap) / cols - kGap, kMinimumCell, kLargestCell);
    return rows * (cell + kGap) + kAxisNumbers + kAxisTitle + 1;
}

QSize RiskMatrixWidget::minimumSizeHint() const
{
    const int rows = static_cast<int>(m_methodology.likelihood.size());
    const int cols = static_cast<int>(m_methodology.impact.size());
    return {kAxisTitle + kAxisNumbers + cols * (kMinimumCell + kGap) + 1,
            rows * (kMinimumCell + kGap) + kAxisNumbers + kAxisTitle + 1};
}

void RiskMatrixWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const int rows = static_cast<int>(m_methodology.likelihood.size());
    const int cols = static_cast<int>(m_methodology.impact.size());
    const Geometry g = geometry();
    const bool counts = showsCounts();

    QFont small = font();
    small.setPointSizeF(std::max(6.5, font().pointSizeF() * (g.cell < 30 ? 0.72 : 0.8)));
    QFont strong = font();
    strong.setBold(true);
    if (g.cell >= 34)
        strong.setPointSizeF(font().pointSizeF() * 1.15);

    for (int l = 1; l <= rows; ++l) {
        for (int i = 1; i <= cols; ++i) {
            const QRect r = cellRect(l, i);
            const int score = m_methodology.score(l, i);
            const int n = count(l, i);
            QColor fill = bandColour(m_methodology, score, pal);
            // Empty cells stay recognisably banded but recede, so occupied cells stand out in
            // light and dark palettes alike.
            if (counts && n == 0)
                fill = blend(pal.color(QPalette::Base), fill, 0.28);
            p.setPen(Qt::NoPen);
            p.setBrush(fill);
            p.drawRoundedRect(r, 3, 3);

            const QColor ink = readableTextOn(fill);
            p.setPen(ink);
            if (counts) {
                // The level number, small in the corner; the count, bold in the middle.
                p.setFont(small);
                // Quieter than the count, but still AA on the cell (a translucent pen was not).
                p.setPen(subduedTextOn(fill));
                p.drawText(r.adjusted(3, 1, -2, -1), Qt::AlignLeft | Qt::AlignTop,
                           QString::number(score));
                if (n > 0) {
                    p.setPen(ink);
                    p.setFont(strong);
                    p.drawText(r.adjusted(0, g.cell / 6, 0, 0), Qt::AlignCenter, QString::number(n));
                }
            } else {
                p.setFont(g.cell >= 30 ? font() : small);
                p.drawText(r, Qt::AlignCenter, QString::number(score));
            }
        }
    }

    if (hasFocus()) {
        // The keyboard's cell: a ring in the text colour, visible on every band colour.
        const QRect r = cellRect(m_focus.first, m_focus.second);
        if (!r.isEmpty()) {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(pal.color(QPalette::WindowText), 2, Qt::DashLine));
            p.drawRoundedRect(r.adjusted(2, 2, -2, -2), 3, 3);
        }
    }

    // Axes: level numbers beside each row and under each column, then the axis names.
    p.setFont(small);
    p.setPen(pal.color(QPalette::WindowText));
    for (int l = 1; l <= rows; ++l) {
        const QRect r = cellRect(l, 1);
        p.drawText(QRect(g.grid.left() - kAxisNumbers, r.top(), kAxisNumbers - 4, r.height()),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(l));
    }
    for (int i = 1; i <= cols; ++i) {
        const QRect r = cellRect(1, i);
        p.drawText(QRect(r.left(), g.grid.bottom() + 2, r.width(), kAxisNumbers),
                   Qt::AlignHCenter | Qt::AlignTop, QString::number(i));
    }
    p.setPen(pal.color(QPalette::PlaceholderText));
    p.drawText(QRect(g.grid.left(), g.grid.bottom() + kAxisNumbers, g.grid.width(), kAxisTitle),
               Qt::AlignCenter, tr("Impact"));
    p.save();
    p.translate(g.grid.left() - kAxisNumbers - kAxisTitle, g.grid.bottom());
    p.rotate(-90);
    p.drawText(QRect(0, 0, g.grid.height(), kAxisTitle), Qt::AlignCenter, tr("Likelihood"));
    p.restore();
}

QString RiskMatrixWidget::cellDescription(int l, int i) const
{
    const int score = m_methodology.score(l, i);
    const auto* band = m_methodology.band(score);
    const QString likelihood = QString::fromStdString(m_methodology.likelihood[static_cast<std::size_t>(l - 1)].label);
    const QString impact = QString::fromStdString(m_methodology.impact[static_cast<std::size_t>(i - 1)].label);
    QString text = tr("Likelihood %1 (%2) × impact %3 (%4): level %5")
                       .arg(l).arg(likelihood).arg(i).arg(impact).arg(score);
    if (band)
        text += QStringLiteral(", ") + QString::fromStdString(band->label);
    if (showsCounts())
        text += QStringLiteral("\n") + tr("%n risk(s)", nullptr, count(l, i));
    return text;
}

bool RiskMatrixWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const auto [l, i] = cellAt(help->pos());
        if (l > 0)
            QToolTip::showText(help->globalPos(), cellDescription(l, i), this, cellRect(l, i));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void RiskMatrixWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        const auto [l, i] = cellAt(event->position().toPoint());
        if (l > 0) {
            setFocusCell(l, i);
            emit cellActivated(l, i);
        }
    }
    QWidget::mouseReleaseEvent(event);
}

void RiskMatrixWidget::setFocusCell(int likelihood, int impact)
{
    const int rows = static_cast<int>(m_methodology.likelihood.size());
    const int cols = static_cast<int>(m_methodology.impact.size());
    if (rows == 0 || cols == 0)
        return;
    m_focus = {std::clamp(likelihood, 1, rows), std::clamp(impact, 1, cols)};
    // A screen reader announces the cell the keyboard moved to (the description keeps the
    // whole map's occupied cells).
    setAccessibleName(cellDescription(m_focus.first, m_focus.second));
    update();
}

void RiskMatrixWidget::keyPressEvent(QKeyEvent* event)
{
    const auto [l, i] = m_focus;
    switch (event->key()) {
    case Qt::Key_Up:  // higher likelihood is drawn higher up
        setFocusCell(l + 1, i);
        return;
    case Qt::Key_Down:
        setFocusCell(l - 1, i);
        return;
    case Qt::Key_Left:
        setFocusCell(l, i - 1);
        return;
    case Qt::Key_Right:
        setFocusCell(l, i + 1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        emit cellActivated(l, i);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void RiskMatrixWidget::focusInEvent(QFocusEvent* event)
{
    setFocusCell(m_focus.first, m_focus.second);  // clamps to this methodology's scales
    QWidget::focusInEvent(event);
}

void RiskMatrixWidget::focusOutEvent(QFocusEvent* event)
{
    update();
    QWidget::focusOutEvent(event);
}

RiskBandLegend::RiskBandLegend(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void RiskBandLegend::setMethodology(const isms::Methodology& methodology)
{
    m_methodology = methodology;
    updateGeometry();
    update();
}

QStringList RiskBandLegend::entries() const
{
    QStringList out;
    int maxScore = 0;
    for (int s : m_methodology.matrix)
        maxScore = std::max(maxScore, s);
    for (std::size_t n = 0; n < m_methodology.bands.size(); ++n) {
        const auto& band = m_methodology.bands[n];
        const int upper = n + 1 < m_methodology.bands.size() ? m_methodology.bands[n + 1].minScore - 1
                                                             : maxScore;
        const QString label = QString::fromStdString(band.label);
        out << (upper > band.minScore ? tr("%1 %2–%3").arg(label).arg(band.minScore).arg(upper)
                                      : tr("%1 %2").arg(label).arg(band.minScore));
    }
    return out;
}

QSize RiskBandLegend::sizeHint() const
{
    const QFontMetrics fm(font());
    int w = 0;
    for (const QString& e : entries())
        w += fm.height() + 4 + fm.horizontalAdvance(e) + 14;
    return {w, fm.height() + 4};
}

void RiskBandLegend::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(font());
    const QStringList labels = entries();
    int x = 0;
    const int swatch = fm.height() - 4;
    for (int n = 0; n < labels.size(); ++n) {
        const QColor colour(QString::fromStdString(m_methodology.bands[static_cast<std::size_t>(n)].colour));
        p.setPen(palette().color(QPalette::Mid));
        p.setBrush(colour);
        p.drawRoundedRect(QRectF(x + 0.5, (height() - swatch) / 2.0, swatch, swatch), 2, 2);
        x += swatch + 5;
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(x, 0, fm.horizontalAdvance(labels[n]) + 2, height()), Qt::AlignVCenter,
                   labels[n]);
        x += fm.horizontalAdvance(labels[n]) + 14;
    }
}

} // namespace isms::app
