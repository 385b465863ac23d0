#include "app/window/quick_open.h"
#include "reports/domain_text.h"

#include "app/session/document_session.h"
#include "app/session/value_convert.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace isms::app {

namespace {
constexpr int RegisterRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;
constexpr std::int64_t kPerRegister = 20;
constexpr int kMaxResults = 100;
} // namespace

QuickOpen::QuickOpen(DocumentSession& session, const QString& onlyRegister, QWidget* parent)
    : QDialog(parent, Qt::Popup),
      m_session(session),
      m_onlyRegister(onlyRegister == QStringLiteral("*") ? std::string() : ss(onlyRegister)),
      m_search(new QLineEdit(this)),
      m_results(new QListWidget(this)),
      m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("quickOpen"));
    setWindowTitle(tr("Go to Record"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_results);
    m_search->setPlaceholderText(tr("Type a reference or part of a title\u2026"));
    m_search->installEventFilter(this);
    resize(520, 360);

    m_delay->setSingleShot(true);
    m_delay->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_delay, &QTimer::timeout, this, &QuickOpen::search);
    connect(m_search, &QLineEdit::returnPressed, this, &QuickOpen::choose);
    connect(m_results, &QListWidget::itemActivated, this, &QuickOpen::choose);
    // The list is for reading and clicking: the keyboard stays in the box (Up/Down are passed
    // on below), so typing never lands in the list.
    m_results->setFocusPolicy(Qt::NoFocus);
    // A popup gives the keyboard to its own focus widget only, and there is none unless set:
    // without this, typed text went nowhere.
    setFocusProxy(m_search);
    m_search->setFocus(Qt::PopupFocusReason);
    search();
}

void QuickOpen::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    activateWindow();
    m_search->setFocus(Qt::PopupFocusReason);
}

void QuickOpen::search()
{
    m_delay->stop();
    m_results->clear();
    storage::Query query;
    query.search = ss(m_search->text().trimmed());
    query.limit = kPerRegister;
    query.sortField = "ref";  // natural order (A.5.9 before A.5.10), as every list of refs
    for (const auto& def : m_session.catalogue().registers()) {
        if (!m_onlyRegister.empty() && def.key != m_onlyRegister)
            continue;
        auto records = m_session.file().list(def, query);
        if (!records)
            continue;
        for (const auto& r : *records) {
            auto* item = new QListWidgetItem(
                tr("%1  %2  \u2014 %3")
                    .arg(qs(r.ref), qs(r.text(def, def.titleField)), reports::domainText(def.title)),
                m_results);
            item->setData(RegisterRole, qs(def.key));
            item->setData(IdRole, QVariant::fromValue<qint64>(r.id));
            if (m_results->count() >= kMaxResults)
                break;
        }
        if (m_results->count() >= kMaxResults)
            break;
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
}

void QuickOpen::choose()
{
    if (m_delay->isActive())
        search();
    QListWidgetItem* item = m_results->currentItem();
    if (!item)
        return;
    m_chosenRegister = item->data(RegisterRole).toString();
    m_chosenId = item->data(IdRole).toLongLong();
    emit recordChosen(m_chosenRegister, m_chosenId);
    accept();
}

bool QuickOpen::eventFilter(QObject* watched, QEvent* event)
{
    // Up and Down move through the results while the cursor stays in the search box.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown
            || key == Qt::Key_PageUp) {
            // Moving through results not yet searched for would choose from stale ones.
            if (m_delay->isActive())
                search();
            QCoreApplication::sendEvent(m_results, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace isms::app
