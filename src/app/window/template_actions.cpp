// The File menu's client template actions, kept apart from main_window.cpp.
#include "app/window/file_controller.h"
#include "app/window/main_window.h"

#include "app/session/document_session.h"

#include <QAction>

namespace isms::app {

void MainWindow::connectTemplateActions()
{
    connect(m_actions.newFromTemplate, &QAction::triggered, this, [this] {
        if (auto session = m_files->createFromTemplate(this))
            setSession(std::move(session));
    });
    connect(m_actions.saveAsTemplate, &QAction::triggered, this, [this] {
        if (m_session)
            m_files->saveAsTemplate(*m_session, this);
    });
}

} // namespace isms::app
