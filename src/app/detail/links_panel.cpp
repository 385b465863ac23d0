#include "app/detail/links_panel.h"
#include "reports/domain_text.h"

#include "app/commands/link_command.h"
#include "app/session/document_session.h"
#include "app/session/record_labels.h"
#include "app/session/value_convert.h"
#include "storage/isms_file.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QMenu>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace isms::app {

namespace {
enum Roles { RegisterRole = Qt::UserRole + 1, IdRole, LinkKeyRole, FromIdRole, ToRegisterRole,
             ToIdRole };
}

LinksPanel::LinksPanel(DocumentSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_list(new QListWidget(this)),
      m_add(new QToolButton(this)), m_remove(new QToolButton(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_list->setObjectName(QStringLiteral("links"));
    m_list->setFrameShape(QFrame::NoFrame);
    // As tall as its entries (a few lines), not a fixed block of empty space.
    m_list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    // The pane's width, not its longest entry's: a long title is shortened with "…" (in full in
    // the tooltip) rather than widening the pane into a sideways scroll, as German labels did.
    m_list->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Maximum);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setUniformItemSizes(true);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 12);
    m_add->setText(tr("Add link"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    m_add->setMenu(new QMenu(m_add));
    m_remove->setText(tr("Remove link"));
    const bool writable = !session.isReadOnly();
    m_add->setVisible(writable);
    m_remove->setVisible(writable);
    m_remove->setEnabled(false);

    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit recordActivated(item->data(RegisterRole).toString(),
                             item->data(IdRole).toLongLong());
    });
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        emit recordActivated(item->data(RegisterRole).toString(),
                             item->data(IdRole).toLongLong());
    });
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        m_remove->setEnabled(item && !m_session.isReadOnly());
    });
    connect(m_remove, &QToolButton::clicked, this, &LinksPanel::removeSelectedLink);
    const auto reloadIfMine = [this](const QString& reg, qint64 id) {
        if (ss(reg) == m_registerKey && id == m_id)
            reload();
    };
    connect(&session, &DocumentSession::linksChanged, this, [this](const QString&, qint64) {
        // A link changes both ends; the notification names one of them.
        reload();
    });
    connect(&session, &DocumentSession::recordUpdated, this, [this](const QString&, qint64) {
        reload();  // a linked record's title may have changed
    });
    connect(&session, &DocumentSession::recordRemoved, this, reloadIfMine);
}

void LinksPanel::showRecord(const std::string& registerKey, RecordId id)
{
    m_registerKey = registerKey;
    m_id = id;
    fillAddMenu();
    reload();
}

void LinksPanel::fillAddMenu()
{
    QMenu* menu = m_add->menu();
    menu->clear();
    for (const LinkDef* def : m_session.catalogue().linksOf(m_registerKey)) {
        // A link is added from either end ("Raised by finding..." on a nonconformity), except
        // from the far end of a link to any register (every record would offer "Evidences").
        const bool forward = def->from == m_registerKey;
        if (!forward && def->to != m_registerKey)
            continue;
        const QString key = qs(def->key);
        const QString target = qs(forward ? def->to : def->from);
        menu->addAction(reports::domainText(forward ? def->label : def->reverseLabel) + QStringLiteral("\u2026"),
                        this, [this, key, target] { emit linkTargetRequested(key, target); });
    }
    m_add->setEnabled(!menu->isEmpty() && !m_session.isReadOnly());
}

void LinksPanel::reload()
{
    m_list->clear();
    if (m_registerKey.empty() || m_id == 0)
        return;
    auto links = m_session.file().links(m_registerKey, m_id);
    if (!links)
        return;
    for (const auto& link : *links) {
        const LinkDef* def = m_session.catalogue().findLink(link.link);
        const bool outgoing = link.fromRegister == m_registerKey && link.fromId == m_id;
        const std::string& otherRegister = outgoing ? link.toRegister : link.fromRegister;
        const RecordId otherId = outgoing ? link.toId : link.fromId;
        const QString label = def ? reports::domainText(outgoing ? def->label : def->reverseLabel) : qs(link.link);
        auto* item = new QListWidgetItem(
            label + QStringLiteral(": ") + m_session.labels().label(otherRegister, otherId)
                + QStringLiteral(" \u203a"),
            m_list);
        item->setData(RegisterRole, qs(otherRegister));
        item->setData(IdRole, QVariant::fromValue<qint64>(otherId));
        item->setData(LinkKeyRole, qs(link.link));
        item->setData(FromIdRole, QVariant::fromValue<qint64>(link.fromId));
        item->setData(ToRegisterRole, qs(link.toRegister));
        item->setData(ToIdRole, QVariant::fromValue<qint64>(link.toId));
        item->setToolTip(tr("Open %1").arg(m_session.labels().label(otherRegister, otherId)));
    }
    if (m_list->count() == 0) {
        auto* none = new QListWidgetItem(tr("No links yet."), m_list);
        none->setFlags(Qt::NoItemFlags);
    }
}

void LinksPanel::addLink(const std::string& linkKey, const std::string& toRegister, RecordId toId)
{
    if (m_session.isReadOnly() || m_id == 0)
        return;
    Link link{linkKey, m_registerKey, m_id, toRegister, toId};
    // Added from its `to` end: the link itself still runs from its `from` register.
    if (const LinkDef* def = m_session.catalogue().findLink(linkKey);
        def && def->from != m_registerKey && def->to == m_registerKey)
        link = Link{linkKey, toRegister, toId, m_registerKey, m_id};
    m_session.undoStack()->push(new LinkCommand(
        m_session, LinkCommand::Action::Link, link,
        tr("Link %1 to %2")
            .arg(m_session.labels().ref(m_registerKey, m_id),
                 m_session.labels().ref(toRegister, toId))));
}

void LinksPanel::removeSelectedLink()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item || m_session.isReadOnly() || !(item->flags() & Qt::ItemIsEnabled))
        return;
    const LinkDef* def = m_session.catalogue().findLink(ss(item->data(LinkKeyRole).toString()));
    if (!def)
        return;
    Link link{def->key, def->from, item->data(FromIdRole).toLongLong(),
              ss(item->data(ToRegisterRole).toString()), item->data(ToIdRole).toLongLong()};
    m_session.undoStack()->push(new LinkCommand(
        m_session, LinkCommand::Action::Unlink, link,
        tr("Unlink %1 from %2")
            .arg(m_session.labels().ref(link.fromRegister, link.fromId),
                 m_session.labels().ref(link.toRegister, link.toId))));
}

} // namespace isms::app
