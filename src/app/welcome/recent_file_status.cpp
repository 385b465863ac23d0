#include "app/welcome/recent_file_status.h"

#include "app/session/value_convert.h"

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
    auto opened = storage::IsmsFile::open(fsPath(path), options, clock);
    if (!opened) {
        status.state = RecentFileStatus::State::Unreadable;
        status.problem = qs(opened.error().message);
        return status;
    }
    const storage::FileInfo info = (*opened)->info();
    status.organisation = qs(info.organisation);
    status.lastChange = QDateTime::fromString(qs(info.lastChangeAt), Qt::ISODateWithMs);
    status.lastChangeBy = qs(info.lastChangeBy);
    status.auditCopy = info.auditCopy;
    return status;
}

} // namespace isms::app
