#include "app/window/summary_reader.h"

#include "storage/isms_file.h"

namespace isms::app {

SummaryReader::SummaryReader(std::unique_ptr<storage::IsmsFile> reader, Date today, QObject* parent)
    : QThread(parent),
      m_reader(std::move(reader)),
      m_today(today),
      m_result(std::make_shared<Result<WorkspaceSummary>>(makeError(ErrorCode::Internal, "not read yet")))
{
}

SummaryReader::~SummaryReader()
{
    wait();  // never happens before finished() in the workspace, but a thread must not outlive this
}

void SummaryReader::run()
{
    *m_result = summariseFile(*m_reader, m_today);
    m_reader.reset();  // at once: the file waits for its readers before it closes
    emit summaryRead();
    releaseFreedMemory();
}

} // namespace isms::app
