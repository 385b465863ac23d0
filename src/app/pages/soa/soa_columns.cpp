#include "app/pages/soa/soa_columns.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFontMetrics>
#include <QSize>
#include <QStyle>

namespace isms::app {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("isms::app::SoaColumns", text);
}

// Wide enough for a typical value, known before any row is worked out (the first look is sized
// when the page is made, and the rows follow from the live data after). The check stays narrow
// beside the ref: a long entry is elided and read in full in its tooltip.
int widthFor(const QString& sample, bool withIcon)
{
    const int icon = withIcon ? QApplication::style()->pixelMetric(QStyle::PM_SmallIconSize) + 6 : 0;
    return QFontMetrics(QApplication::font()).horizontalAdvance(sample) + icon + 16;
}
} // namespace

QVariant SoaColumns::header(int column, int role) const
{
    const bool reasons = column == Reasons;
    switch (role) {
    case Qt::DisplayRole:
        return reasons ? tr("Reasons") : tr("SoA check");
    case Qt::ToolTipRole:
        return reasons ? tr("Why the control is included (ISO/IEC 27001 6.1.3 d): ticked in the record, or "
                            "following from the risks it treats and the requirements it addresses")
                       : tr("What is wrong with the control's entry: undecided, unjustified, or at odds with the "
                            "risk treatment (the risks and actions involved are named)");
    case Qt::SizeHintRole:
        return QSize(reasons ? widthFor(tr("Risk, Legal, Business"), false)
                             : widthFor(tr("Not justified"), true),
                     QFontMetrics(QApplication::font()).height() + 8);
    default:
        return {};
    }
}

QVariant SoaColumns::data(int column, RecordId id, int role) const
{
    const auto found = m_rows.controls.constFind(id);
    if (found == m_rows.controls.cend())
        return {};  // a control added since the rows were worked out: they follow at once
    const SoaRow& row = *found;
    if (column == Reasons) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return soaReasonWords(row.reasons);
        case Qt::ToolTipRole:
            return soaReasonsToolTip(row);
        default:
            return {};
        }
    }
    if (row.problems.empty())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: {
        QStringList words;
        for (const SoaProblem& problem : row.problems)
            words << soaProblemShortText(problem);
        return words.join(QStringLiteral("; "));
    }
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        QStringList sentences;
        for (const SoaProblem& problem : row.problems)
            sentences << problem.message;
        return sentences.join(QLatin1Char('\n'));
    }
    case Qt::DecorationRole:
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    default:
        return {};
    }
}

int SoaColumns::sortRank(int column, RecordId id) const
{
    const auto found = m_rows.controls.constFind(id);
    if (found == m_rows.controls.cend())
        return 0;
    if (column == Reasons) {
        // Ascending: controls without a reason first, then by which reasons.
        const SoaReasons& r = found->reasons;
        return (r.risk ? 8 : 0) + (r.legal ? 4 : 0) + (r.contractual ? 2 : 0) + (r.business ? 1 : 0);
    }
    // Ascending: the controls with a problem first, grouped by their first problem.
    return found->problems.empty() ? kSoaProblemKinds : static_cast<int>(found->problems.front().kind);
}

} // namespace isms::app
