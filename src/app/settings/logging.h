#pragma once
// One log for the whole application: spdlog's default logger writes to a rotating file in the
// application data folder (and Qt's own warnings go there too), so a user can send it with a report.

#include <QString>

namespace isms::app {

struct LoggingSetup {
    QString logFile;  // where the log is written; empty when it could not be opened
    QString problem;  // why not, when it could not (the app then logs to stderr only)
};

// Creates <directory>/isms-desk.log, 1 MB per file, 3 files kept. With no directory, uses
// QStandardPaths::AppDataLocation/logs. Safe to call again (replaces the default logger).
LoggingSetup setupLogging(const QString& directory = {});

} // namespace isms::app
