#pragma once
// A main window over a demo file in a temporary folder, with recorded messages and settings of
// its own: what the window tests start from.

#include "app_fixture.h"

#include "app/dialogs/message_presenter.h"
#include "app/settings/app_settings.h"
#include "app/window/document_workspace.h"
#include "app/window/main_window.h"

#include <stdexcept>

namespace isms::app::test {

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
