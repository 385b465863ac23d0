#pragma once
// One open .isms file as the application sees it: the IsmsFile, the undo history and whether the
// session may write. Storage's change notifications become Qt signals here, so models and views
// never poll the file.

#include "domain/result.h"
#include "storage/isms_file.h"

#include <QObject>
#include <QString>

#include <future>
#include <memory>

class QTimer;
class QUndoStack;

namespace isms::app {

class RecordLabels;

class DocumentSession : public QObject {
    Q_OBJECT

public:
    static constexpr int kIntegrityPollMs = 50;
    // Opens `path` through storage. `clock` must outlive nothing: the session keeps it.
    static Result<std::unique_ptr<DocumentSession>> open(const QString& path, bool readOnly,
                                                         const QString& author,
                                                         std::shared_ptr<const Clock> clock);
    DocumentSession(std::unique_ptr<storage::IsmsFile> file, std::shared_ptr<const Clock> clock,
                    QObject* parent = nullptr);
    ~DocumentSession() override;

    storage::IsmsFile& file() { return *m_file; }
    const storage::IsmsFile& file() const { return *m_file; }
    const Catalogue& catalogue() const { return m_file->catalogue(); }
    const Clock& clock() const { return *m_clock; }
    QUndoStack* undoStack() const { return m_undoStack; }
    RecordLabels& labels() { return *m_labels; }

    bool isReadOnly() const { return m_file->readOnly(); }
    // False for a record the rules keep (an Annex A control): Delete is greyed out for it.
    bool canDelete(const std::string& registerKey, RecordId id) const;
    // False while the integrity check runs beside the open file (see damaged()).
    bool integrityChecked() const;
    QString filePath() const;
    QString fileName() const;
    QString organisation() const;
    // The file's methodology, kept in memory (it is read for every level cell painted).
    const Methodology& methodology() const { return m_methodology; }

    // Shows a failed write to whoever listens (the main window presents it).
    void reportFailure(const QString& what, const Error& error);

signals:
    void recordInserted(const QString& registerKey, qint64 id);
    void recordUpdated(const QString& registerKey, qint64 id);
    void recordRemoved(const QString& registerKey, qint64 id);
    void linksChanged(const QString& registerKey, qint64 id);
    void attachmentsChanged(const QString& registerKey, qint64 id);
    // A risk's approvals changed (given or withdrawn); recordUpdated follows for the same risk.
    void approvalsChanged(const QString& registerKey, qint64 id);
    void methodologyChanged();
    void infoChanged();
    // After every committed transaction, once, whatever it changed.
    void changed();
    void failed(const QString& what, const isms::Error& error);
    // The integrity check running beside the open file found it damaged: nothing can be written
    // and the file should be closed.
    void damaged(const isms::Error& error);

private:
    void deliver(const std::vector<storage::Change>& changes);
    void reloadMethodology();
    void pollIntegrity();

    std::shared_ptr<const Clock> m_clock;
    std::unique_ptr<storage::IsmsFile> m_file;
    QUndoStack* m_undoStack = nullptr;
    std::unique_ptr<RecordLabels> m_labels;
    Methodology m_methodology;
    std::shared_future<Result<void>> m_integrity;
    QTimer* m_integrityPoll = nullptr;
};

} // namespace isms::app
