#pragma once
// A main window over a demo file in a temporary folder, with recorded messages and settings of
// its own: what the window tests start from.

#include "app_fixture.h"

#include "app/dialogs/message_presenter.h"
#include "app/settings/app_settings.h"
#include "app/window/document_workspace.h"
#include "app/window/file_controller.h"
#include "app/window/main_window.h"

#include <stdexcept>

namespace isms::app::test {

// An audit copy of the demo file beside it, exported as File › Export Audit Copy does; its path.
inline QString exportAuditCopy(const DemoFile& demo, const QString& name = QStringLiteral("audit.isms"))
{
    const QString copy = demo.dir.filePath(name);
    auto session = demo.open();
    RecordingPresenter messages;
    AppSettings settings(demo.dir.filePath(QStringLiteral("settings.ini")));
    FileController files(messages, settings, demo.clock);
    if (!files.exportAuditCopyTo(*session, copy))
        throw std::runtime_error("audit copy: not exported");
    return copy;
}

// The main window on an audit copy of the demo, opened as someone asking to edit it would: the
// copy is opened read-only all the same.
struct AuditCopyWindow {
    DemoFile demo;
    QString copy = exportAuditCopy(demo);
    RecordingPresenter messages;
    AppSettings settings{demo.dir.filePath(QStringLiteral("settings.ini"))};
    MainWindow window{messages, settings, demo.clock};
    AuditCopyWindow()
    {
        if (!window.openFile(copy, false) || !window.session()->file().info().auditCopy)
            throw std::runtime_error("audit copy: not opened as one");
    }
};

struct DemoWindow {
    DemoFile demo;
    RecordingPresenter messages;
    AppSettings settings{demo.dir.filePath(QStringLiteral("settings.ini"))};
    MainWindow window{messages, settings, demo.clock};

    // Opens the demo in the window (throws when it cannot: the test cannot go on).
    void openDemo(bool readOnly = false)
    {
        if (!window.openFile(demo.path, readOnly))
            throw std::runtime_error("could not open the demo");
    }
    DocumentWorkspace* ws() const { return window.workspace(); }
    DocumentSession& session() const { return *window.session(); }
};

} // namespace isms::app::test
