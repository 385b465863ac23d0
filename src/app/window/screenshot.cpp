#include "app/window/screenshot.h"

#include "app/models/register_table_model.h"
#include "app/views/register_view.h"
#include "app/window/document_workspace.h"
#include "app/window/main_window.h"

#include <QApplication>
#include <QPixmap>
#include <QScreen>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace isms::app {

void scheduleScreenshot(MainWindow& window, const ScreenshotRequest& request)
{
    // The picture of a maximised window: the screen's size is the size being checked (there is
    // no window manager under Xvfb to maximise it).
    if (const QScreen* screen = window.screen())
        window.setGeometry(screen->availableGeometry());
    QTimer::singleShot(300, &window, [&window, request] {
        if (DocumentWorkspace* workspace = window.workspace()) {
            // The dashboard and counts are read beside the window: picture them filled in.
            while (workspace->summariesPending())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            if (request.page == QStringLiteral("dashboard"))
                workspace->showDashboard();
            else if (!request.page.isEmpty()) {
                workspace->showRegister(request.page);
                if (RegisterView* view = workspace->currentRegisterView())
                    if (view->model()->rowCount() > 0 && view->currentId() == 0)
                        view->table()->selectRow(0);
            }
        }
        // Let layouts and paints settle before grabbing.
        QTimer::singleShot(500, &window, [&window, request] {
            const bool saved = window.grab().save(request.path, "PNG");
            if (!saved)
                std::fprintf(stderr, "Could not write the screenshot %s\n",
                             qPrintable(request.path));
            QApplication::exit(saved ? 0 : 1);
        });
    });
}

} // namespace isms::app
