// Interim: writeReportFile (report_file.h) so that `ismsctl report -o` works on this branch.
// The export engineer's report_file.cpp implements the same declaration; when both are merged,
// theirs is kept and this file is deleted (with its line in CMakeLists.txt).
#include "reports/report_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <atomic>
#include <cstdio>
#include <unistd.h>

namespace isms::reports {

namespace {

QString text(const char* english)
{
    return QCoreApplication::translate("isms::reports", english);
}

// A fresh name beside the target, so the rename stays on one file system.
QString temporaryBeside(const QString& target)
{
    static std::atomic<int> counter{0};
    const QFileInfo info(target);
    for (;;) {
        const QString name = QStringLiteral(".%1.%2-%3.part")
                                 .arg(info.fileName())
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(counter++);
        const QString candidate = info.dir().filePath(name);
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

} // namespace

Result<void> writeReportFile(const ReportDocument& document, const ReportWriter& writer,
                             const QString& target, Overwrite overwrite, const WriteProgress& progress)
{
    const QFileInfo info(target);
    const auto exists = [&] {
        return makeError(ErrorCode::Conflict,
                         text("%1 exists: choose to replace it, or another name.").arg(target).toStdString());
    };
    if (overwrite == Overwrite::Refuse && info.exists())
        return exists();
    if (!info.dir().exists())
        return makeError(ErrorCode::Io, text("The folder of %1 does not exist: choose another folder.")
                                            .arg(target)
                                            .toStdString());
    const QString temporary = temporaryBeside(target);
    if (auto written = writer.write(document, temporary, progress); !written) {
        QFile::remove(temporary);
        return written;
    }
    const QByteArray from = QFile::encodeName(temporary), to = QFile::encodeName(target);
    // Refuse: link() never replaces, so a file that appeared meanwhile is kept. Replace: rename()
    // swaps the new file in at once; the old one is never missing.
    const bool placed = overwrite == Overwrite::Refuse
        ? ::link(from.constData(), to.constData()) == 0 && ::unlink(from.constData()) == 0
        : std::rename(from.constData(), to.constData()) == 0;
    if (!placed) {
        const bool conflict = overwrite == Overwrite::Refuse && QFileInfo::exists(target);
        QFile::remove(temporary);
        if (conflict)
            return exists();
        return makeError(ErrorCode::Io, text("Could not put the report in place as %1: check that "
                                             "the folder is writable.")
                                            .arg(target)
                                            .toStdString());
    }
    return {};
}

} // namespace isms::reports
