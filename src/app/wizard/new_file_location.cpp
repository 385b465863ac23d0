#include "app/wizard/new_file_location.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace isms::app {

namespace {
// lupdate files a free function's tr() under its namespace: the same context here.
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("isms::app", text, disambiguation, n);
}
} // namespace

QString proposedFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return documents;
    return QDir::homePath();
}

LocationCheck checkNewFileLocation(const QString& path)
{
    LocationCheck check;
    const QFileInfo info(path);
    if (info.isDir()) {
        check.error = tr("%1 is a folder. Add a file name.")
                          .arg(QDir::toNativeSeparators(info.absoluteFilePath()));
        return check;
    }
    const QString folder = info.absolutePath();
    if (QFileInfo(folder).isDir())
        return check;
    // The nearest part of the path that exists decides whether the rest can be made.
    QFileInfo existing(folder);
    while (!existing.exists() && !existing.isRoot() && existing.absoluteFilePath() != existing.absolutePath())
        existing = QFileInfo(existing.absolutePath());
    if (!existing.isDir()) {
        check.error = tr("The folder %1 cannot be created: %2 is a file. Choose another with Browse….")
                          .arg(QDir::toNativeSeparators(folder),
                               QDir::toNativeSeparators(existing.absoluteFilePath()));
    } else if (!existing.isWritable()) {
        check.error = tr("The folder %1 cannot be created: you may not write in %2. Choose another "
                         "with Browse….")
                          .arg(QDir::toNativeSeparators(folder),
                               QDir::toNativeSeparators(existing.absoluteFilePath()));
    } else {
        check.folderToCreate = folder;
    }
    return check;
}

} // namespace isms::app
