// ismsctl-report: the verbs that lay documents out, `ismsctl report` and `ismsctl check` (its
// readiness summary is the readiness report as text), which ismsctl hands over to
// (report_helper.cpp). It
// links Qt Gui for the report writers; the command line has no display, so Qt Gui runs on the
// offscreen platform unless the user chose another one.
#include "cli/cli_common.h"
#include "cli/verbs.h"

#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

QtMessageHandler qtDefaultHandler = nullptr;

// Qt Gui looks up the runtime folder, which cron and CI jobs often lack; Qt then uses a private
// one under /tmp and says so on stderr on every run, which tells a user of ismsctl nothing.
void withoutRuntimeDirNotice(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (qtDefaultHandler)
        qtDefaultHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

int main(int argc, char* argv[])
{
    // `check` only builds the readiness document and lays it out as text: no fonts, no painter,
    // so no platform to start. `report` paints (PDF, ODT) and needs Qt Gui's application.
    const bool check = argc > 1 && std::strcmp(argv[1], "check") == 0;
    std::unique_ptr<QCoreApplication> app;
    if (check) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        qtDefaultHandler = qInstallMessageHandler(withoutRuntimeDirNotice);
        app = std::make_unique<QGuiApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("ismsctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ISMS_VERSION));
    const QStringList arguments = QCoreApplication::arguments();
    return check ? isms::cli::runCheck(arguments) : isms::cli::runReport(arguments);
}
