#include "reports/writers/write_errors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDevice>
#include <QFileInfo>
#include <QStorageInfo>

namespace isms::reports {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("isms::reports", text);
}

// Less than this is "full": a report's last buffer did not fit, whatever the exact count.
constexpr qint64 kNearlyFull = 64 * 1024;

} // namespace

Error diskFullError(const QString& folder)
{
    return Error{ErrorCode::Io,
                 tr("The disk holding %1 is full, so the report was not saved. Free some space "
                    "or choose a folder on another disk.")
                     .arg(QDir::toNativeSeparators(folder))
                     .toStdString()};
}

Error fileWriteError(const QFileDevice& file)
{
    const QString path = file.fileName();
    // Qt reports ENOSPC (and EDQUOT) as ResourceError on write.
    if (file.error() == QFileDevice::ResourceError)
        return diskFullError(QFileInfo(path).absolutePath());
    return Error{ErrorCode::Io,
                 tr("The report could not be written to %1: %2. Check the disk and the folder's "
                    "permissions, or choose another folder.")
                     .arg(QDir::toNativeSeparators(path), file.errorString())
                     .toStdString()};
}

bool folderIsFull(const QString& folder)
{
    const QStorageInfo storage(folder);
    return storage.isValid() && storage.bytesAvailable() >= 0
           && storage.bytesAvailable() < kNearlyFull;
}

} // namespace isms::reports
