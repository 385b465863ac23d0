#include "app/window/navigation_tree.h"
#include "reports/domain_text.h"

#include "app/pages/page_registry.h"
#include "app/session/document_session.h"
#include "app/session/value_convert.h"
#include "app/window/action_icons.h"

#include <QEvent>
#include <QHeaderView>
#include <QStyle>

#include <algorithm>

namespace isms::app {

namespace {
constexpr int KeyRole = Qt::UserRole + 1;
} // namespace

NavigationTree::NavigationTree(DocumentSession& session, const PageRegistry& pages, QWidget* parent)
    : QTreeWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("navigation"));
    setHeaderHidden(true);
    setColumnCount(2);
    setRootIsDecorated(false);
    setIndentation(14);
    setUniformRowHeights(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setTextElideMode(Qt::ElideRight);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    build(pages);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (m_quiet || !item || !(item->flags() & Qt::ItemIsSelectable))
            return;
        emit registerChosen(item->data(0, KeyRole).toString());
    });
}

void NavigationTree::build(const PageRegistry& pages)
{
    clear();
    m_widestLabel = -1;
    // The registry keeps a group's pages together, in navigation order.
    QTreeWidgetItem* heading = nullptr;
    for (const PageDescription& page : pages.pages()) {
        const PageInfo& info = page.info;
        QTreeWidgetItem* item = nullptr;
        if (info.group.isEmpty()) {
            heading = nullptr;
            item = new QTreeWidgetItem(this, {info.title});
        } else {
            if (!heading || heading->text(0) != info.group) {
                heading = new QTreeWidgetItem(this, {info.group});
                heading->setFlags(Qt::ItemIsEnabled);
                QFont bold = heading->font(0);
                bold.setBold(true);
                heading->setFont(0, bold);
                heading->setExpanded(true);
            }
            item = new QTreeWidgetItem(heading, {info.title});
        }
        item->setData(0, KeyRole, info.key);
        item->setToolTip(0, info.toolTip);
        if (!info.icon.isEmpty())
            item->setIcon(0, themedIcon(info.icon, palette()));
    }
}

void NavigationTree::refresh(const std::map<std::string, std::int64_t, std::less<>>& recordsByRegister,
                             const std::map<std::string, int, std::less<>>& overdueByRegister)
{
    const QColor alert = palette().color(QPalette::Text).lightness() > 128 ? QColor(0xff, 0x8a, 0x80)
                                                                           : QColor(0xb7, 0x1c, 0x1c);
    for (int g = 0; g < topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            const std::string key = ss(item->data(0, KeyRole).toString());
            if (!m_session.catalogue().find(key))
                continue;
            const auto found = recordsByRegister.find(key);
            const bool known = found != recordsByRegister.end();
            const auto overdue = overdueByRegister.find(key);
            const int late = overdue == overdueByRegister.end() ? 0 : overdue->second;
            QString badge = known ? QString::number(found->second) : QStringLiteral("?");
            if (late > 0) {
                // Red text and a warning sign: never colour alone.
                badge = tr("%1 \u26a0%2").arg(badge).arg(late);
                item->setForeground(1, alert);
                item->setToolTip(1, tr("%n overdue", nullptr, late));
            } else {
                item->setForeground(1, palette().color(QPalette::PlaceholderText));
                item->setToolTip(1, tr("%n records", nullptr, known ? int(found->second) : 0));
            }
            item->setText(1, badge);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
}

QSize NavigationTree::sizeHint() const
{
    if (m_widestLabel < 0) {
        int widest = 0;
        for (QTreeWidgetItemIterator it(const_cast<NavigationTree*>(this)); *it; ++it) {
            const QTreeWidgetItem* item = *it;
            const int depth = item->parent() ? 1 : 0;
            widest = std::max(widest, QFontMetrics(item->font(0)).horizontalAdvance(item->text(0))
                                          + depth * indentation());
        }
        m_widestLabel = widest;
    }
    const int widest = m_widestLabel;
    // Room for a typical badge whatever the counts are yet, the item margins and a scroll bar.
    const int badge = fontMetrics().horizontalAdvance(QStringLiteral("00 \u26a00"));
    const int margins = 4 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 8;
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    return {widest + badge + margins + scrollBar + 2 * frameWidth(),
            QTreeWidget::sizeHint().height()};
}

void NavigationTree::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        m_widestLabel = -1;
    QTreeWidget::changeEvent(event);
}

QTreeWidgetItem* NavigationTree::itemFor(const QString& pageKey) const
{
    for (QTreeWidgetItemIterator it(const_cast<NavigationTree*>(this)); *it; ++it)
        if (((*it)->flags() & Qt::ItemIsSelectable) && (*it)->data(0, KeyRole).toString() == pageKey)
            return *it;
    return nullptr;
}

QStringList NavigationTree::pageKeys() const
{
    QStringList keys;
    for (QTreeWidgetItemIterator it(const_cast<NavigationTree*>(this)); *it; ++it)
        if ((*it)->flags() & Qt::ItemIsSelectable)
            keys << (*it)->data(0, KeyRole).toString();
    return keys;
}

void NavigationTree::showCurrent(const QString& pageKey)
{
    m_quiet = true;
    if (QTreeWidgetItem* item = itemFor(pageKey))
        setCurrentItem(item);
    m_quiet = false;
}

} // namespace isms::app
