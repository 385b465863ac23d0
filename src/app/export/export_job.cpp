#include "app/export/export_job.h"

#include "storage/isms_file.h"

namespace isms::app {

ExportJob::ExportJob(ReportSources sources, ExportRequest request, reports::Overwrite overwrite,
                     std::unique_ptr<storage::IsmsFile> reader, Date today, QObject* parent)
    : QThread(parent),
      m_sources(std::move(sources)),
      m_request(std::move(request)),
      m_overwrite(overwrite),
      m_reader(std::move(reader)),
      m_today(today),
      m_progress([this](int done, int total) { emit progressed(done, total); }),
      m_result(makeError(ErrorCode::Internal, "not run yet"))
{
}

ExportJob::ExportJob(ReportSources sources, ExportRequest request, reports::Overwrite overwrite,
                     reports::ReportDocument document, QObject* parent)
    : QThread(parent),
      m_sources(std::move(sources)),
      m_request(std::move(request)),
      m_overwrite(overwrite),
      m_document(std::move(document)),
      m_progress([this](int done, int total) { emit progressed(done, total); }),
      m_result(makeError(ErrorCode::Internal, "not run yet"))
{
}

ExportJob::~ExportJob()
{
    cancel();
    wait();
}

void ExportJob::run()
{
    if (!m_document) {
        auto built = m_sources.build(*m_reader, *m_request.kind, m_today);
        m_reader.reset();  // at once: closing the file waits for its readers
        if (!built) {
            m_result = built.error();
            return;
        }
        m_document = std::move(*built);
    }
    if (m_progress.cancelled()) {
        m_result = reports::cancelledError();
        return;
    }
    m_result = m_sources.write(*m_document, *m_request.writer, m_request.path, m_overwrite,
                               m_progress);
}

} // namespace isms::app
