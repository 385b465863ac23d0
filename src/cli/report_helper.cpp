#include "cli/cli_common.h"
#include "cli/verbs.h"

#include <QCoreApplication>
#include <QFile>

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace isms::cli {

int runReportHelper(const QStringList& arguments)
{
    const QString helper = QCoreApplication::applicationDirPath() + QStringLiteral("/ismsctl-report");
    std::vector<QByteArray> encoded;
    for (const QString& argument : arguments)
        encoded.push_back(QFile::encodeName(argument));
    std::vector<char*> argv;
    for (auto& argument : encoded)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    const QByteArray path = QFile::encodeName(helper);
    ::execv(path.constData(), argv.data());  // returns only when it failed
    error(helper.toStdString() + " could not be started (" + std::strerror(errno)
          + "): it makes the reports and belongs beside ismsctl; reinstall ISMS Desk.");
    return kFailure;
}

} // namespace isms::cli
