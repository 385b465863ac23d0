#pragma once
// --screenshot: shows a page of the window, waits for it to settle, saves QWidget::grab() as a
// PNG and quits. For documentation images and for looking at the app on a headless machine.

#include <QString>

namespace isms::app {

class MainWindow;

struct ScreenshotRequest {
    QString path;  // PNG to write
    QString page;  // "dashboard", a register key, or empty for what the window shows
};

// Schedules the capture; the application quits after writing the file (exit code 1 on failure).
void scheduleScreenshot(MainWindow& window, const ScreenshotRequest& request);

} // namespace isms::app
