#include "app/welcome/recent_file_status.h"

#include "domain/clock.h"
#include "storage/isms_file.h"

#include <QFileInfo>

namespace isms::app {

RecentFileStatus readRecentFileStatus(const QString& path)
{
    RecentFileStatus status;
    if (!QFileInfo::exists(path)) {
        status.state = RecentFileStatus::State::Missing;
        return status;
    }
    static const SystemClock clock;  // nothing is written, so no time is recorded
    storage::OpenOptions options;
    options.mode = storage::OpenMode::ReadOnly;
    options.integrityCheck = storage::IntegrityCheck::Background;
    auto opened = storage::IsmsFile::open(std::filesystem::path(path.toStdU16String()), options, clock);
    if (!opened) {
        status.state = RecentFileStatus::State::Unreadable;
        status.problem = QString::fromStdString(opened.error().message);
        return status;
    }
    const storage::FileInfo info = (*opened)->info();
    status.organisation = QString::fromStdString(info.organisation);
    status.lastChange = QDateTime::fromString(QString::fromStdString(info.lastChangeAt), Qt::ISODateWithMs);
    status.lastChangeBy = QString::fromStdString(info.lastChangeBy);
    status.auditCopy = info.auditCopy;
    return status;
}

} // namespace isms::app
