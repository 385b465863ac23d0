#include "app/pages/soa/soa_summary_bar.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QVBoxLayout>

namespace isms::app {

namespace {

constexpr SoaProblemKind kKinds[] = {
    SoaProblemKind::Undecided,          SoaProblemKind::NoReason,
    SoaProblemKind::NoJustification,    SoaProblemKind::ExcludedButTreatsRisk,
    SoaProblemKind::ExcludedButImplemented, SoaProblemKind::TreatsRiskWithoutRiskReason,
};

QString refsText(const QStringList& refs)
{
    constexpr int kShown = 4;  // the rest are in the rows' tooltips
    return refs.size() <= kShown ? refs.join(QStringLiteral(", "))
                                 : refs.mid(0, kShown).join(QStringLiteral(", ")) + QStringLiteral(", \u2026");
}

} // namespace

SoaSummaryBar::SoaSummaryBar(QWidget* parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_version(new QLabel(this)), m_approve(new QToolButton(this))
{
    setObjectName(QStringLiteral("soaSummary"));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard
                                    | Qt::TextSelectableByMouse);
    auto* lines = new QVBoxLayout;
    lines->setContentsMargins(0, 0, 0, 0);
    lines->setSpacing(2);
    lines->addWidget(m_text);
    // What an auditor compares the SoA with: the version approved last.
    m_version->setWordWrap(true);
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_version->hide();
    lines->addWidget(m_version);
    layout->addLayout(lines, 1);
    // Where the version is read, it is approved: the window's action, so no second state.
    m_approve->setObjectName(QStringLiteral("approveSoaVersionButton"));
    m_approve->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_approve->hide();
    layout->addWidget(m_approve, 0, Qt::AlignBottom);
    connect(m_text, &QLabel::linkActivated, this, &SoaSummaryBar::choose);
}

void SoaSummaryBar::showRows(const SoaRows& rows)
{
    m_rows = rows;
    const auto link = [](const QString& href, const QString& words) {
        return QStringLiteral("<a href=\"%1\">%2</a>").arg(href, words.toHtmlEscaped());
    };
    QStringList parts;
    const int flagged = rows.problemCount();
    for (SoaProblemKind kind : kKinds) {
        const int n = static_cast<int>(rows.withProblem(kind).size());
        if (n == 0)
            continue;
        const QString refs = refsText(rows.relatedTo(kind));
        QString words;
        switch (kind) {
        case SoaProblemKind::Undecided: words = tr("%1 undecided").arg(n); break;
        case SoaProblemKind::NoReason: words = tr("%1 applicable without a reason").arg(n); break;
        case SoaProblemKind::NoJustification: words = tr("%1 excluded without a justification").arg(n); break;
        case SoaProblemKind::ExcludedButTreatsRisk: words = tr("%1 excluded but treating %2").arg(n).arg(refs); break;
        case SoaProblemKind::ExcludedButImplemented:
            words = tr("%1 excluded but implemented by %2").arg(n).arg(refs);
            break;
        case SoaProblemKind::TreatsRiskWithoutRiskReason:
            words = tr("%1 treating %2 without the risk reason ticked").arg(n).arg(refs);
            break;
        }
        parts << link(QStringLiteral("kind:%1").arg(static_cast<int>(kind)), words);
    }
    QString html;
    if (flagged > 0) {
        html = link(QStringLiteral("all"), flagged == 1 ? tr("1 control needs attention")
                                                         : tr("%1 controls need attention").arg(flagged))
               + QStringLiteral(": ") + parts.join(QStringLiteral(" \u00b7 "));
    }
    if (!rows.annexAGap.isEmpty())
        html += (html.isEmpty() ? QString() : QStringLiteral("<br>")) + rows.annexAGap.toHtmlEscaped();
    const bool clean = html.isEmpty();
    if (clean)
        html = tr("Every control is decided and justified, and consistent with the risk treatment.").toHtmlEscaped();
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()
                          ->standardIcon(clean ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning)
                          .pixmap(size, size));
    m_text->setText(html);
    setAccessibleName(text());
}

void SoaSummaryBar::showVersion(const QString& text, const QString& toolTip)
{
    m_version->setText(text);
    m_version->setToolTip(toolTip);
    m_version->setVisible(!text.isEmpty());
}

void SoaSummaryBar::setApproveAction(QAction* action)
{
    if (m_approve->defaultAction() == action)
        return;
    m_approve->setDefaultAction(action);
    m_approve->setVisible(action != nullptr);
}

QString SoaSummaryBar::versionText() const
{
    return m_version->text();
}

QString SoaSummaryBar::text() const
{
    return QTextDocumentFragment::fromHtml(m_text->text()).toPlainText();
}

RecordFilter SoaSummaryBar::filterFor(const QString& link) const
{
    RecordFilter filter;
    if (link == QLatin1String("all")) {
        std::vector<RecordId> ids;
        for (auto it = m_rows.controls.cbegin(); it != m_rows.controls.cend(); ++it)
            if (!it->problems.empty())
                ids.push_back(it.key());
        const int n = static_cast<int>(ids.size());
        filter.description = n == 1 ? tr("the control that needs attention")
                                    : tr("the %1 controls that need attention").arg(n);
        filter.onlyIds = std::move(ids);
        return filter;
    }
    if (!link.startsWith(QLatin1String("kind:")))
        return filter;
    const int kind = link.mid(5).toInt();
    if (kind < 0 || kind >= kSoaProblemKinds)
        return filter;
    const auto problem = static_cast<SoaProblemKind>(kind);
    std::vector<RecordId> ids = m_rows.withProblem(problem);
    const QString refs = refsText(m_rows.relatedTo(problem));
    switch (problem) {
    case SoaProblemKind::Undecided: filter.description = tr("controls not decided yet"); break;
    case SoaProblemKind::NoReason: filter.description = tr("applicable controls without a reason for inclusion"); break;
    case SoaProblemKind::NoJustification: filter.description = tr("excluded controls without a justification"); break;
    case SoaProblemKind::ExcludedButTreatsRisk: filter.description = tr("excluded controls treating %1").arg(refs); break;
    case SoaProblemKind::ExcludedButImplemented:
        filter.description = tr("excluded controls implemented by %1").arg(refs);
        break;
    case SoaProblemKind::TreatsRiskWithoutRiskReason:
        filter.description = tr("controls treating %1 without the risk reason ticked").arg(refs);
        break;
    }
    filter.onlyIds = std::move(ids);
    return filter;
}

void SoaSummaryBar::choose(const QString& link)
{
    RecordFilter filter = filterFor(link);
    if (filter.onlyIds && !filter.onlyIds->empty())
        emit filterChosen(filter);
}

} // namespace isms::app
