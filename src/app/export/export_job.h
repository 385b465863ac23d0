#pragma once
// One export on a thread of its own: builds the report from a parallel reader of the file (or
// takes a document already built, when the file could not be read in parallel), then writes it
// all or nothing. Progress arrives as a signal, queued to the window's thread; cancel() asks the
// writer to stop. Delete it (deleteLater) after finished().

#include <QString>
#include <QThread>

// After Qt: moc 6.4 fails on <compare> (from domain/date.h) when it is seen before Qt.
#include "app/export/report_sources.h"

#include <memory>
#include <optional>

namespace isms::app {

struct ExportRequest {
    const reports::ReportKind* kind = nullptr;
    const reports::ReportWriter* writer = nullptr;
    QString path;
};

class ExportJob final : public QThread {
    Q_OBJECT

public:
    // Builds from `reader` (read and then destroyed on the job's thread).
    ExportJob(ReportSources sources, ExportRequest request, reports::Overwrite overwrite,
              std::unique_ptr<storage::IsmsFile> reader, Date today, QObject* parent = nullptr);
    // Writes a document already built.
    ExportJob(ReportSources sources, ExportRequest request, reports::Overwrite overwrite,
              reports::ReportDocument document, QObject* parent = nullptr);
    ~ExportJob() override;

    const ExportRequest& request() const { return m_request; }
    // Safe from any thread; the writer stops at its next step and nothing is left behind.
    void cancel() { m_progress.cancel(); }
    bool cancelRequested() const { return m_progress.cancelled(); }
    // Set before finished().
    const Result<void>& result() const { return m_result; }

signals:
    // From the job's thread: connect with the default (queued) connection.
    void progressed(int done, int total);

protected:
    void run() override;

private:
    ReportSources m_sources;
    ExportRequest m_request;
    reports::Overwrite m_overwrite;
    std::unique_ptr<storage::IsmsFile> m_reader;
    Date m_today;
    std::optional<reports::ReportDocument> m_document;
    reports::WriteProgress m_progress;
    Result<void> m_result;
};

} // namespace isms::app
