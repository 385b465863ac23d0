#include "app/detail/history_panel.h"

#include "app/detail/change_description.h"
#include "app/session/document_session.h"
#include "app/session/value_convert.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace isms::app {

namespace {
// The newest entries are what people look for; the whole log is in the file.
constexpr std::int64_t kShownEntries = 200;

QString localTime(const std::string& utcIso)
{
    QDateTime at = QDateTime::fromString(qs(utcIso), Qt::ISODateWithMs);
    if (!at.isValid())
        return qs(utcIso);
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

HistoryPanel::HistoryPanel(DocumentSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_tree(new QTreeWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    m_tree->setObjectName(QStringLiteral("history"));
    m_tree->setHeaderLabels({tr("When"), tr("Who"), tr("What")});
    m_tree->setRootIsDecorated(false);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(&session, &DocumentSession::changed, this, [this] { reload(); });
}

void HistoryPanel::showRecord(const std::string& registerKey, RecordId id)
{
    m_registerKey = registerKey;
    m_id = id;
    reload();
}

void HistoryPanel::reload()
{
    m_tree->clear();
    if (m_registerKey.empty() || m_id == 0)
        return;
    auto entries = m_session.file().history(m_registerKey, m_id, kShownEntries);
    if (!entries)
        return;
    for (const auto& entry : *entries) {
        QStringList lines = describeChange(m_session, entry);
        QString what = actionName(entry.action);
        if (!lines.isEmpty() && entry.action == "update")
            what = lines.join(QLatin1Char('\n'));
        else if (!lines.isEmpty())
            what += QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
        auto* item = new QTreeWidgetItem(m_tree, {localTime(entry.at), qs(entry.author), what});
        item->setToolTip(2, what);
        item->setTextAlignment(0, Qt::AlignTop | Qt::AlignLeft);
        item->setTextAlignment(1, Qt::AlignTop | Qt::AlignLeft);
    }
}

} // namespace isms::app
