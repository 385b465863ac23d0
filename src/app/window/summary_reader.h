#pragma once
// Reads the first workspace summary on a thread of its own, from a parallel reader of the file,
// so the window can show before the whole file has been read. Delete it (deleteLater) once
// finished(); the file it reads waits for it before closing.

#include "app/window/workspace_summary.h"

#include <QThread>

#include <memory>

namespace isms::app {

class SummaryReader final : public QThread {
    Q_OBJECT

public:
    SummaryReader(std::unique_ptr<storage::IsmsFile> reader, Date today, QObject* parent = nullptr);
    ~SummaryReader() override;

    // What was read, or why not; filled in before summaryRead().
    std::shared_ptr<Result<WorkspaceSummary>> result() const { return m_result; }

signals:
    // Emitted from the reading thread; the thread then gives the memory of its read back to the
    // system, which is slow and need not hold up the window.
    void summaryRead();

protected:
    void run() override;

private:
    std::unique_ptr<storage::IsmsFile> m_reader;
    Date m_today;
    std::shared_ptr<Result<WorkspaceSummary>> m_result;
};

} // namespace isms::app
