#include "app/settings/logging.h"

#include <QDir>
#include <QStandardPaths>
#include <QString>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <memory>
#include <vector>

namespace isms::app {

namespace {

constexpr std::size_t kMaxFileBytes = 1024 * 1024;
constexpr std::size_t kMaxFiles = 3;

void forwardQtMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const std::string text = message.toStdString();
    const char* category = context.category ? context.category : "qt";
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("[{}] {}", category, text);
        break;
    case QtInfoMsg:
        spdlog::info("[{}] {}", category, text);
        break;
    case QtWarningMsg:
        spdlog::warn("[{}] {}", category, text);
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        spdlog::error("[{}] {}", category, text);
        spdlog::default_logger()->flush();
        break;
    }
}

} // namespace

LoggingSetup setupLogging(const QString& directory)
{
    LoggingSetup result;
    std::vector<spdlog::sink_ptr> sinks;
    sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    sinks.back()->set_level(spdlog::level::warn);

    const QString dir = directory.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs")
        : directory;
    if (!QDir().mkpath(dir)) {
        result.problem = QStringLiteral("Cannot create the log folder %1").arg(dir);
    } else {
        const QString file = QDir(dir).filePath(QStringLiteral("isms-desk.log"));
        try {
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                QDir::toNativeSeparators(file).toStdString(), kMaxFileBytes, kMaxFiles));
            result.logFile = file;
        } catch (const spdlog::spdlog_ex& e) {
            result.problem = QString::fromStdString(e.what());
        }
    }

    auto logger = std::make_shared<spdlog::logger>("isms", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::info);
    logger->flush_on(spdlog::level::warn);
    logger->set_pattern("%Y-%m-%d %H:%M:%S.%e %^%l%$ %v");
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(forwardQtMessage);
    if (!result.problem.isEmpty())
        spdlog::warn("Logging to stderr only: {}", result.problem.toStdString());
    else
        spdlog::info("ISMS Desk {} started; log at {}", ISMS_VERSION, result.logFile.toStdString());
    return result;
}

} // namespace isms::app
