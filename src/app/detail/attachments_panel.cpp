#include "app/detail/attachments_panel.h"

#include "app/commands/attachment_commands.h"
#include "app/detail/evidence_folder.h"
#include "app/dialogs/message_presenter.h"
#include "app/session/document_session.h"
#include "app/session/value_convert.h"
#include "storage/evidence_rules.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QMimeDatabase>
#include <QPushButton>
#include <QStandardPaths>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace isms::app {

AttachmentsPanel::AttachmentsPanel(DocumentSession& session, MessagePresenter& messages,
                                   QWidget* parent)
    : QWidget(parent), m_session(session), m_messages(messages), m_list(new QListWidget(this)),
      m_attach(new QPushButton(tr("Attach\u2026"), this)),
      m_open(new QPushButton(tr("Open"), this)), m_remove(new QPushButton(tr("Remove"), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_attach);
    buttons->addWidget(m_open);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_list->setObjectName(QStringLiteral("attachments"));
    m_list->setFrameShape(QFrame::NoFrame);
    // As tall as its entries (a few lines), not a fixed block of empty space.
    m_list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    // The pane's width, not its longest file name's (shortened with "…", in full in the tooltip).
    m_list->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Maximum);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setUniformItemSizes(true);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 12);

    const bool writable = !session.isReadOnly();
    m_attach->setVisible(writable);
    m_remove->setVisible(writable);
    m_open->setEnabled(false);
    m_remove->setEnabled(false);

    connect(m_attach, &QPushButton::clicked, this, &AttachmentsPanel::chooseAndAttach);
    connect(m_open, &QPushButton::clicked, this, &AttachmentsPanel::openSelected);
    connect(m_remove, &QPushButton::clicked, this, &AttachmentsPanel::removeSelected);
    connect(m_list, &QListWidget::itemActivated, this, &AttachmentsPanel::openSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        const bool any = selected() != nullptr;
        m_open->setEnabled(any);
        m_remove->setEnabled(any && !m_session.isReadOnly());
    });
    connect(&session, &DocumentSession::attachmentsChanged, this,
            [this](const QString& reg, qint64 id) {
                if (ss(reg) == m_registerKey && id == m_id)
                    reload();
            });
}

void AttachmentsPanel::showRecord(const std::string& registerKey, RecordId id)
{
    m_registerKey = registerKey;
    m_id = id;
    reload();
}

void AttachmentsPanel::reload()
{
    m_list->clear();
    m_attachments.clear();
    if (m_registerKey.empty() || m_id == 0)
        return;
    auto attachments = m_session.file().attachments(m_registerKey, m_id);
    if (!attachments)
        return;
    m_attachments = std::move(attachments.value());
    for (const auto& a : m_attachments) {
        auto* item = new QListWidgetItem(
            tr("%1 (%2)").arg(qs(a.name), QLocale().formattedDataSize(a.size)), m_list);
        // The name in full too: a long one is shortened in the list.
        item->setToolTip(tr("%1\nAdded %2 by %3\nSHA-256 %4")
                             .arg(qs(a.name), qs(a.addedAt), qs(a.addedBy), qs(a.sha256)));
    }
    if (m_attachments.empty()) {
        auto* none = new QListWidgetItem(tr("No evidence attached."), m_list);
        none->setFlags(Qt::NoItemFlags);
    }
}

const storage::Attachment* AttachmentsPanel::selected() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= static_cast<int>(m_attachments.size()))
        return nullptr;
    return &m_attachments[static_cast<std::size_t>(row)];
}

void AttachmentsPanel::chooseAndAttach()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Attach Evidence"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!path.isEmpty())
        attachFile(path);
}

bool AttachmentsPanel::attachFile(const QString& path)
{
    if (m_session.isReadOnly() || m_id == 0)
        return false;
    QFile file(path);
    const std::string name = ss(QFileInfo(path).fileName());
    // Said before anything is read, in storage's own words (both sizes, two decimals).
    if (auto tooLarge = storage::checkEvidenceSize(file.size(), name); !tooLarge) {
        m_messages.warning(tr("File too large"), qs(tooLarge.error().message));
        return false;
    }
    if (auto badName = storage::checkEvidenceName(name); !badName) {
        m_messages.warning(tr("Cannot attach this file"), qs(badName.error().message));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_messages.error(tr("Cannot read the file"),
                         tr("%1 could not be read: %2. Check that it exists and that you may "
                            "read it.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    file.close();
    // Streamed by storage: a 200 MB file never sits whole in memory.
    AttachmentContent content;
    content.registerKey = m_registerKey;
    content.recordId = m_id;
    content.name = name;
    content.mediaType = ss(QMimeDatabase().mimeTypeForFile(path).name());
    content.source = std::filesystem::path(QFile::encodeName(path).toStdString());
    m_session.undoStack()->push(new AttachCommand(
        m_session, std::move(content), tr("Attach %1").arg(QFileInfo(path).fileName())));
    return true;
}

QString AttachmentsPanel::exportSelected()
{
    const storage::Attachment* attachment = selected();
    if (!attachment)
        return {};
    // The original file name, so the viewer shows it; a name an older file may hold that is no
    // plain file name (a path, "..") is not used as one.
    QString name = QFileInfo(qs(attachment->name)).fileName();
    if (!storage::checkEvidenceName(ss(name)))
        name = QStringLiteral("evidence");
    const std::int64_t id = attachment->id;
    auto target = EvidenceFolder::session().create(
        name, [&](int fd) { return m_session.file().writeAttachmentContent(id, fd); });
    if (!target) {
        m_messages.error(tr("Cannot open the evidence"), qs(target.error().message));
        return {};
    }
    return *target;
}

bool AttachmentsPanel::openSelected()
{
    const QString path = exportSelected();
    if (path.isEmpty())
        return false;
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        m_messages.warning(tr("No program to open it"),
                           tr("The desktop has no program for %1. A copy is at %2.")
                               .arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(path)));
        return false;
    }
    return true;
}

bool AttachmentsPanel::removeSelected()
{
    const storage::Attachment* attachment = selected();
    if (!attachment || m_session.isReadOnly())
        return false;
    m_session.undoStack()->push(
        new DetachCommand(m_session, *attachment, tr("Remove %1").arg(qs(attachment->name))));
    return true;
}

} // namespace isms::app
