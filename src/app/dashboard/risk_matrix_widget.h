#pragma once
// The risk matrix of a file's own methodology, painted with its band colours: each cell shows its
// level number and, on the dashboard, how many risks sit in it, so colour is never the only cue.
// Used by the dashboard's heat maps and by the New wizard's preview.

#include "domain/methodology.h"

#include <QWidget>

#include <vector>

namespace isms::app {

class RiskMatrixWidget final : public QWidget {
    Q_OBJECT
public:
    explicit RiskMatrixWidget(QWidget* parent = nullptr);

    void setMethodology(const isms::Methodology& methodology);
    const isms::Methodology& methodology() const { return m_methodology; }

    // Risks per cell, row-major by likelihood like Methodology::matrix. Empty: no counts shown
    // (the preview of a methodology).
    void setCounts(std::vector<int> counts);
    bool showsCounts() const { return !m_counts.empty(); }
    int count(int likelihood, int impact) const;
    int total() const;

    // The rectangle of cell (likelihood, impact) in widget coordinates; empty when off the scale.
    QRect cellRect(int likelihood, int impact) const;

    // The cell the keyboard is on, (likelihood, impact); the arrow keys move it and Enter or
    // Space activates it, as a click does. Only a matrix with counts takes the focus.
    std::pair<int, int> focusCell() const { return m_focus; }
    void setFocusCell(int likelihood, int impact);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // Square cells: the height follows the width the layout gives.
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    void cellActivated(int likelihood, int impact);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    struct Geometry {
        QRect grid;
        int cell = 0;
    };
    Geometry geometry() const;
    // (likelihood, impact) under a point, or (0, 0).
    std::pair<int, int> cellAt(const QPoint& point) const;
    QString cellDescription(int likelihood, int impact) const;

    isms::Methodology m_methodology;
    std::vector<int> m_counts;
    std::pair<int, int> m_focus{1, 1};
};

// A one-line key to the bands: swatch, label and score range of each.
class RiskBandLegend final : public QWidget {
    Q_OBJECT
public:
    explicit RiskBandLegend(QWidget* parent = nullptr);
    void setMethodology(const isms::Methodology& methodology);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QStringList entries() const;
    isms::Methodology m_methodology;
};

// WCAG 2 contrast ratio of two opaque colours: 1 (none) to 21 (black on white).
double contrastRatio(const QColor& a, const QColor& b);
// Black or white, whichever reads better on `background` (always at least 4.5:1, WCAG AA).
QColor readableTextOn(const QColor& background);
// A quieter ink for secondary text (a cell's level number), as close to `background` as it can
// be while keeping `minimumContrast` with it; opaque, so what is measured is what is painted.
QColor subduedTextOn(const QColor& background, double minimumContrast = 4.5);

} // namespace isms::app
