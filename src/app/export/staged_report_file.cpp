#include "app/export/staged_report_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <filesystem>
#include <system_error>

namespace isms::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("isms::app::StagedReportFile", text);
}

Error ioError(const QString& text)
{
    return makeError(ErrorCode::Io, text.toStdString());
}

// A name in the target's folder that does not exist yet, hidden on Unix, recognisably ours.
QString temporaryPathBeside(const QFileInfo& target)
{
    const QDir folder = target.absoluteDir();
    for (;;) {
        const QString name = QStringLiteral(".%1.%2.part")
                                 .arg(target.fileName())
                                 .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        if (!QFileInfo::exists(folder.filePath(name)))
            return folder.filePath(name);
    }
}

} // namespace

Result<void> writeReportStaged(const reports::ReportDocument& document,
                               const reports::ReportWriter& writer, const QString& target,
                               reports::Overwrite overwrite, const reports::WriteProgress& progress)
{
    const QFileInfo info(target);
    const QString folder = QDir::toNativeSeparators(info.absolutePath());
    if (info.exists() && overwrite == reports::Overwrite::Refuse)
        return makeError(ErrorCode::Conflict,
                         tr("%1 exists already. Choose another name, or allow replacing it.")
                             .arg(QDir::toNativeSeparators(info.absoluteFilePath()))
                             .toStdString());
    if (info.isDir())
        return ioError(tr("%1 is a folder. Choose a file name inside it.")
                           .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
    if (!QFileInfo(info.absolutePath()).isDir())
        return ioError(tr("The folder %1 does not exist. Choose an existing folder.").arg(folder));

    const QString staged = temporaryPathBeside(info);
    {
        // Proves the folder takes new files before the writer starts.
        QFile probe(staged);
        if (!probe.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return ioError(tr("The folder %1 does not allow new files (%2). Choose a folder "
                              "you can write to.")
                               .arg(folder, probe.errorString()));
        probe.close();
        probe.remove();
    }

    Result<void> written = writer.write(document, staged, progress);
    if (written && progress.cancelled())
        written = reports::cancelledError();
    if (!written) {
        QFile::remove(staged);
        return written;
    }
    std::error_code error;
    // rename() replaces an existing target in one step: there is never a moment without it.
    std::filesystem::rename(std::filesystem::path(staged.toStdU16String()),
                            std::filesystem::path(info.absoluteFilePath().toStdU16String()), error);
    if (error) {
        QFile::remove(staged);
        return ioError(tr("The report could not be moved into place in %1 (%2). Nothing was "
                          "changed there; check the folder and export again.")
                           .arg(folder, QString::fromStdString(error.message())));
    }
    return {};
}

} // namespace isms::app
