#pragma once
// One interface per output format (as Tiled's MapFormat is one per map format): a writer lays a
// ReportDocument out to a file. Adding a format is one class and one line in report_writers.cpp;
// the CLI's --format, the export dialog and the tests all take their list from reportWriters().

#include "domain/result.h"
#include "reports/report_document.h"

#include <QString>

#include <atomic>
#include <functional>
#include <vector>

namespace isms::reports {

// How far a long write has got, and whether its user asked to stop. Writers call step() now and
// then (every few hundred rows) and, once cancelled() is true, stop and return cancelledError().
// step() may be called from a worker thread: the callback must be safe to call from there.
class WriteProgress {
public:
    using Callback = std::function<void(int done, int total)>;

    WriteProgress() = default;
    explicit WriteProgress(Callback callback) : m_callback(std::move(callback)) {}

    void step(int done, int total) const
    {
        if (m_callback)
            m_callback(done, total);
    }
    void cancel() { m_cancelled.store(true); }
    bool cancelled() const { return m_cancelled.load(); }

private:
    Callback m_callback;
    std::atomic<bool> m_cancelled{false};
};

// The error a writer returns when it saw progress.cancelled() (ErrorCode::Cancelled).
Error cancelledError();
bool isCancelled(const Error& error);

class ReportWriter {
public:
    virtual ~ReportWriter() = default;

    // "pdf", "xlsx", "odt", "csv", "text": what --format takes.
    virtual QString key() const = 0;
    // The file name suffix without the dot: "pdf", "txt".
    virtual QString suffix() const = 0;
    // Translated, for menus and file dialogs: "PDF document".
    virtual QString displayName() const = 0;
    // Whether the same document always gives the same bytes (CSV, XLSX, ODT, text). PDF does
    // not promise it (the PDF writer stamps its own creation date), only the same text.
    virtual bool deterministic() const = 0;

    // Writes `document` to `path`, which does not exist yet (writeReportFile() makes a fresh
    // temporary path and renames it into place). On failure the writer may leave a partial file
    // at `path`; the caller removes it.
    virtual Result<void> write(const ReportDocument& document, const QString& path,
                               const WriteProgress& progress) const = 0;
};

// Every format, in the order menus list them.
const std::vector<const ReportWriter*>& reportWriters();
// The writer for a --format key or a file suffix, or nullptr.
const ReportWriter* findReportWriter(const QString& keyOrSuffix);

} // namespace isms::reports
