#include "reports/report_file.h"

#include "reports/writers/write_errors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <filesystem>
#include <system_error>

namespace isms::reports {

namespace {
constexpr const char* kCancelled =
    QT_TRANSLATE_NOOP("isms::reports", "The export was cancelled; nothing was written.");

QString tr(const char* text)
{
    return QCoreApplication::translate("isms::reports", text);
}

// A hidden name beside the target with the target's suffix (".soa.k3j9x2qa.pdf"): a file
// manager does not show it, and a viewer that sniffs the suffix would still read it right.
QString temporaryPathBeside(const QFileInfo& target)
{
    static constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    const QString base = target.completeBaseName();
    const QString suffix = target.suffix();
    for (;;) {
        QString random;
        for (int i = 0; i < 8; ++i)
            random += QLatin1Char(kAlphabet[QRandomGenerator::global()->bounded(36)]);
        QString name = QLatin1Char('.') + base + QLatin1Char('.') + random;
        if (!suffix.isEmpty())
            name += QLatin1Char('.') + suffix;
        const QString path = target.dir().filePath(name);
        if (!QFileInfo::exists(path))
            return path;
    }
}

QString existsMessage(const QString& target)
{
    return tr("%1 already exists. Choose another name, or confirm that it may be replaced "
              "(--force on the command line).")
        .arg(QDir::toNativeSeparators(target));
}

Error folderError(const QString& folder, const QString& text)
{
    return Error{ErrorCode::Io, text.arg(QDir::toNativeSeparators(folder)).toStdString()};
}

// Proves the folder takes a new file by making one (the permission bits alone do not tell:
// root ignores them, ACLs and read-only mounts override them), then removes it again, so the
// writer gets a path that does not exist yet.
Result<void> probeFolder(const QString& folder, const QString& temporary)
{
    const QFileInfo dir(folder);
    if (!dir.exists())
        return folderError(folder, tr("The folder %1 does not exist. Choose an existing folder "
                                      "for the report."));
    if (!dir.isDir())
        return folderError(folder, tr("%1 is not a folder. Choose a folder for the report."));
    QFile probe(temporary);
    if (!probe.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        if (probe.error() == QFileDevice::ResourceError)
            return diskFullError(folder);
        return folderError(folder, tr("The folder %1 cannot be written to (it is read-only or "
                                      "you lack permission). Choose another folder for the "
                                      "report."));
    }
    probe.close();
    probe.remove();
    return Ok{};
}

// Moves the finished file into place. Refuse: QFile::rename never replaces an existing file
// (on Linux it is renameat2 with RENAME_NOREPLACE, or link + unlink), so a file that appeared
// while the report was written is not lost either. Replace: rename(2) swaps the name over in
// one step, so a reader sees the old file or the new one, never a half-written one.
Result<void> moveIntoPlace(const QString& temporary, const QString& target, Overwrite overwrite)
{
    if (overwrite == Overwrite::Refuse) {
        QFile file(temporary);
        if (file.rename(target))
            return Ok{};
        if (QFileInfo::exists(target))
            return Error{ErrorCode::Conflict, existsMessage(target).toStdString()};
        return Error{ErrorCode::Io,
                     tr("The report could not be saved as %1: %2. Choose another name or folder.")
                         .arg(QDir::toNativeSeparators(target), file.errorString())
                         .toStdString()};
    }
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(QFile::encodeName(temporary).toStdString()),
                            std::filesystem::path(QFile::encodeName(target).toStdString()), ec);
    if (!ec)
        return Ok{};
    if (ec == std::errc::no_space_on_device)
        return diskFullError(QFileInfo(target).absolutePath());
    return Error{ErrorCode::Io,
                 tr("The report could not replace %1: %2. Close any program that has it open, "
                    "or choose another name.")
                     .arg(QDir::toNativeSeparators(target),
                          QString::fromLocal8Bit(ec.message().c_str()))
                     .toStdString()};
}

} // namespace

Error cancelledError()
{
    return Error{ErrorCode::Cancelled,
                 QCoreApplication::translate("isms::reports", kCancelled).toStdString()};
}

bool isCancelled(const Error& error)
{
    return error.code == ErrorCode::Cancelled;
}

Result<void> writeReportFile(const ReportDocument& document, const ReportWriter& writer,
                             const QString& target, Overwrite overwrite,
                             const WriteProgress& progress)
{
    const QFileInfo targetInfo(QFileInfo(target).absoluteFilePath());
    if (targetInfo.isDir())
        return Error{ErrorCode::Conflict,
                     tr("%1 is a folder. Choose a file name for the report.")
                         .arg(QDir::toNativeSeparators(target))
                         .toStdString()};
    if (overwrite == Overwrite::Refuse && targetInfo.exists())
        return Error{ErrorCode::Conflict, existsMessage(target).toStdString()};

    const QString folder = targetInfo.absolutePath();
    const QString temporary = temporaryPathBeside(targetInfo);
    if (auto probed = probeFolder(folder, temporary); !probed)
        return probed;
    if (progress.cancelled())
        return cancelledError();

    auto written = writer.write(document, temporary, progress);
    if (written && progress.cancelled())
        written = cancelledError();
    if (written)
        written = moveIntoPlace(temporary, targetInfo.absoluteFilePath(), overwrite);
    if (!written) {
        QFile::remove(temporary);
        // A writer whose library only says "write failed" (libxlsxwriter does) still gets the
        // message that says what to do when the disk has no room left.
        if (written.error().code == ErrorCode::Io && folderIsFull(folder))
            return diskFullError(folder);
        return written;
    }
    return Ok{};
}

} // namespace isms::reports
