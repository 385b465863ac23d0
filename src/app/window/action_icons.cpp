#include "app/window/action_icons.h"

#include "app/window/main_actions.h"

#include <QAction>
#include <QEvent>
#include <QFile>
#include <QPalette>

#include <utility>
#include <vector>

// The icons are a resource of the static library: pull them in wherever the icons are used.
static void initIconResources()
{
    Q_INIT_RESOURCE(icons);
}

namespace isms::app {

namespace {
bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

std::vector<std::pair<QAction*, const char*>> iconsOf(const MainActions& a)
{
    return {{a.newFile, "document-new"},  {a.open, "document-open"},
            {a.importCsv, "document-import"}, {a.back, "go-back"},
            {a.forward, "go-forward"},    {a.dashboard, "view-dashboard"},
            {a.undo, "edit-undo"},        {a.redo, "edit-redo"},
            {a.add, "record-new"},        {a.duplicate, "record-duplicate"},
            {a.remove, "record-delete"},  {a.find, "edit-find"}};
}
} // namespace

QIcon themedIcon(const QString& name, const QPalette& palette)
{
    initIconResources();
    const QString dark = QStringLiteral(":/icons/dark/%1.svg").arg(name);
    if (isDark(palette) && QFile::exists(dark))
        return QIcon(dark);
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}

QIcon applicationIcon()
{
    initIconResources();
    return QIcon(QStringLiteral(":/icons/isms-desk.svg"));
}

MainToolBar::MainToolBar(const MainActions& actions, QWidget* parent)
    : QToolBar(tr("Main"), parent), m_actions(actions)
{
    setObjectName(QStringLiteral("mainToolBar"));  // restoreState finds it by name
    setMovable(false);
    setToolButtonStyle(Qt::ToolButtonIconOnly);
    setIconSize(QSize(20, 20));
    const MainActions& a = actions;
    for (QAction* action : {a.newFile, a.open})
        addAction(action);
    addSeparator();
    for (QAction* action : {a.back, a.forward, a.dashboard})
        addAction(action);
    addSeparator();
    for (QAction* action : {a.add, a.duplicate, a.remove})
        addAction(action);
    addSeparator();
    for (QAction* action : {a.undo, a.redo, a.find, a.importCsv})
        addAction(action);
    applyIcons();
}

void MainToolBar::applyIcons()
{
    for (const auto& [action, name] : iconsOf(m_actions))
        if (action)
            action->setIcon(themedIcon(QString::fromLatin1(name), palette()));
}

void MainToolBar::changeEvent(QEvent* event)
{
    QToolBar::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyIcons();
}

} // namespace isms::app
