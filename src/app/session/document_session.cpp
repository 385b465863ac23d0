#include "app/session/document_session.h"

#include "domain/annex_a.h"

#include "app/session/record_labels.h"
#include "app/session/value_convert.h"

#include <QFileInfo>
#include <QTimer>
#include <QUndoStack>

namespace isms::app {

Result<std::unique_ptr<DocumentSession>> DocumentSession::open(const QString& path, bool readOnly,
                                                               const QString& author,
                                                               std::shared_ptr<const Clock> clock)
{
    storage::OpenOptions options;
    options.mode = readOnly ? storage::OpenMode::ReadOnly : storage::OpenMode::ReadWrite;
    options.author = ss(author);
    options.readOnlyIfAuditCopy = true;  // an audit copy is never opened for writing
    // The window shows while every page is checked; a damaged file is closed as soon as the
    // check says so, and nothing is written to it meanwhile (see damaged()).
    options.integrityCheck = storage::IntegrityCheck::Background;
    auto file = storage::IsmsFile::open(std::filesystem::path(path.toStdU16String()), options,
                                        *clock);
    if (!file)
        return file.error();
    return std::make_unique<DocumentSession>(std::move(file.value()), std::move(clock));
}

DocumentSession::DocumentSession(std::unique_ptr<storage::IsmsFile> file,
                                 std::shared_ptr<const Clock> clock, QObject* parent)
    : QObject(parent),
      m_clock(std::move(clock)),
      m_file(std::move(file)),
      m_undoStack(new QUndoStack(this)),
      m_labels(std::make_unique<RecordLabels>(*m_file)),
      m_integrity(m_file->integrityVerdict()),
      m_integrityPoll(new QTimer(this))
{
    reloadMethodology();
    m_file->setObserver([this](const std::vector<storage::Change>& changes) { deliver(changes); });
    // Polled rather than waited for on a thread: nothing outlives the session, and a verdict
    // noticed a few milliseconds late costs nothing (writes wait for it in storage anyway).
    m_integrityPoll->setInterval(kIntegrityPollMs);
    connect(m_integrityPoll, &QTimer::timeout, this, &DocumentSession::pollIntegrity);
    m_integrityPoll->start();
}

bool DocumentSession::integrityChecked() const
{
    return m_integrity.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

void DocumentSession::pollIntegrity()
{
    if (!integrityChecked())
        return;
    m_integrityPoll->stop();
    const Result<void>& verdict = m_integrity.get();
    if (!verdict)
        emit damaged(verdict.error());
}

DocumentSession::~DocumentSession()
{
    // Commands still on the stack refer to this session: drop them before the file goes.
    m_undoStack->clear();
    m_file->setObserver({});
}

QString DocumentSession::filePath() const
{
    return QString::fromStdU16String(m_file->path().u16string());
}

QString DocumentSession::fileName() const
{
    return QFileInfo(filePath()).fileName();
}

QString DocumentSession::organisation() const
{
    return qs(m_file->info().organisation);
}

void DocumentSession::reportFailure(const QString& what, const Error& error)
{
    emit failed(what, error);
}

void DocumentSession::reloadMethodology()
{
    auto methodology = m_file->methodology();
    if (methodology)
        m_methodology = std::move(methodology.value());
}

void DocumentSession::deliver(const std::vector<storage::Change>& changes)
{
    using Kind = storage::Change::Kind;
    for (const auto& change : changes) {
        const QString key = qs(change.registerKey);
        switch (change.kind) {
        case Kind::Inserted:
            m_labels->forget(change.registerKey, change.id);
            emit recordInserted(key, change.id);
            break;
        case Kind::Updated:
            m_labels->forget(change.registerKey, change.id);
            emit recordUpdated(key, change.id);
            break;
        case Kind::Removed:
            m_labels->forget(change.registerKey, change.id);
            emit recordRemoved(key, change.id);
            break;
        case Kind::Linked:
        case Kind::Unlinked:
            emit linksChanged(key, change.id);
            break;
        case Kind::Attachments:
            emit attachmentsChanged(key, change.id);
            break;
        case Kind::Approvals:
            // The approval status is shown with the record (its row and its page); the
            // summaries read the approvals themselves again.
            emit approvalsChanged(key, change.id);
            emit recordUpdated(key, change.id);
            break;
        case Kind::Methodology:
            reloadMethodology();
            emit methodologyChanged();
            break;
        case Kind::Info:
            emit infoChanged();
            break;
        }
    }
    emit changed();
}

bool DocumentSession::canDelete(const std::string& registerKey, RecordId id) const
{
    if (isReadOnly() || id == 0)
        return false;
    const RegisterDef* def = catalogue().find(registerKey);
    if (!def || def->key != reg::controls)
        return def != nullptr;
    auto record = m_file->get(*def, id);
    return record && !annexADeleteProblem(*record);
}

} // namespace isms::app
