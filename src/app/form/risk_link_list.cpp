#include "app/form/risk_link_list.h"

#include "app/commands/link_command.h"
#include "app/session/document_session.h"
#include "app/session/record_labels.h"
#include "app/session/value_convert.h"
#include "app/window/quick_open.h"
#include "domain/catalogue.h"
#include "domain/ref_order.h"
#include "storage/isms_file.h"

#include <QAbstractButton>
#include <QListWidget>
#include <QUndoStack>

#include <algorithm>

namespace isms::app {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

RiskLinkList::RiskLinkList(DocumentSession& session, std::string linkKey, QListWidget* list,
                           QAbstractButton* add, QAbstractButton* remove, QObject* parent)
    : QObject(parent), m_session(session), m_linkKey(std::move(linkKey)), m_list(list),
      m_add(add), m_remove(remove)
{
    if (const LinkDef* def = session.catalogue().findLink(m_linkKey))
        m_target = def->to;
    m_chooser = [this](const std::string& registerKey) -> RecordId {
        // Centred on the window, as the links panel's chooser: the pane is too narrow for it.
        QWidget* window = m_list->window();
        QuickOpen popup(m_session, qs(registerKey), window);
        popup.move(window->mapToGlobal(window->rect().center()) - popup.rect().center());
        return popup.exec() == QDialog::Accepted ? popup.chosenId() : 0;
    };
    // Its width is the pane's (long titles are shortened with "…", in full in the tooltip).
    m_list->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    // No Add or Remove at all in a read-only file: nothing there to press in vain.
    m_add->setVisible(!session.isReadOnly());
    m_remove->setVisible(!session.isReadOnly());

    connect(m_add, &QAbstractButton::clicked, this, &RiskLinkList::choose);
    connect(m_remove, &QAbstractButton::clicked, this, &RiskLinkList::removeCurrent);
    connect(m_list, &QListWidget::currentItemChanged, this, &RiskLinkList::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (const qint64 id = item->data(IdRole).toLongLong())
            emit recordActivated(qs(m_target), id);
    });
    // A link changes both ends and a linked record's title may change: reread either way.
    connect(&session, &DocumentSession::linksChanged, this, &RiskLinkList::reload);
    connect(&session, &DocumentSession::recordUpdated, this, &RiskLinkList::reload);
    connect(&session, &DocumentSession::recordRemoved, this, &RiskLinkList::reload);
}

void RiskLinkList::showRecord(RecordId riskId)
{
    m_risk = riskId;
    reload();
}

void RiskLinkList::reload()
{
    m_list->clear();
    m_linked.clear();
    if (m_risk != 0) {
        if (auto links = m_session.file().links(std::string(reg::risks), m_risk))
            for (const auto& link : *links)
                if (link.link == m_linkKey && link.fromId == m_risk)
                    m_linked.push_back(link.toId);
    }
    RecordLabels& labels = m_session.labels();
    std::sort(m_linked.begin(), m_linked.end(), [&](RecordId a, RecordId b) {
        return refLess(ss(labels.ref(m_target, a)), ss(labels.ref(m_target, b)));
    });
    for (const RecordId id : m_linked) {
        auto* item = new QListWidgetItem(labels.label(m_target, id), m_list);
        item->setData(IdRole, QVariant::fromValue<qint64>(id));
        item->setToolTip(item->text());
    }
    if (m_linked.empty()) {
        auto* none = new QListWidgetItem(tr("None yet."), m_list);
        none->setFlags(Qt::NoItemFlags);
    }
    fitHeight();
    updateButtons();
}

void RiskLinkList::fitHeight()
{
    // As tall as its entries, up to eight: a list box's default height left most of a short
    // list empty, and the form scrolls, the list need not.
    constexpr int kMaxRows = 8;
    const int rows = std::clamp(m_list->count(), 1, kMaxRows);
    const int rowHeight = std::max(m_list->sizeHintForRow(0), m_list->fontMetrics().height());
    m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth() + 2);
}

void RiskLinkList::updateButtons()
{
    const QListWidgetItem* item = m_list->currentItem();
    m_add->setEnabled(m_risk != 0 && !m_session.isReadOnly());
    m_remove->setEnabled(item && item->data(IdRole).toLongLong() != 0 && !m_session.isReadOnly());
}

void RiskLinkList::choose()
{
    if (const RecordId chosen = m_chooser ? m_chooser(m_target) : 0)
        add(chosen);
}

void RiskLinkList::add(RecordId target)
{
    if (m_session.isReadOnly() || m_risk == 0 || target == 0)
        return;
    if (std::find(m_linked.begin(), m_linked.end(), target) == m_linked.end()) {
        const std::string risks(reg::risks);
        m_session.undoStack()->push(new LinkCommand(
            m_session, LinkCommand::Action::Link, Link{m_linkKey, risks, m_risk, m_target, target},
            tr("Link %1 to %2")
                .arg(m_session.labels().ref(risks, m_risk), m_session.labels().ref(m_target, target))));
    }
    // The chosen record is the current one, new or already there.
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(IdRole).toLongLong() == target)
            m_list->setCurrentRow(row);
}

void RiskLinkList::removeCurrent()
{
    const QListWidgetItem* item = m_list->currentItem();
    const RecordId target = item ? item->data(IdRole).toLongLong() : 0;
    if (m_session.isReadOnly() || m_risk == 0 || target == 0)
        return;
    const std::string risks(reg::risks);
    m_session.undoStack()->push(new LinkCommand(
        m_session, LinkCommand::Action::Unlink, Link{m_linkKey, risks, m_risk, m_target, target},
        tr("Unlink %1 from %2")
            .arg(m_session.labels().ref(risks, m_risk), m_session.labels().ref(m_target, target))));
}

} // namespace isms::app
