#pragma once
// The icons of ui/icons (qrc:/icons): the application icon and the window's actions, each in
// the variant that reads on the palette (dark/ on a dark palette), and the tool bar that shows
// the most used actions.

#include <QIcon>
#include <QToolBar>

class QPalette;

namespace isms::app {

struct MainActions;

// `name` ("edit-undo") from ui/icons, its dark/ variant when the palette's window is dark.
QIcon themedIcon(const QString& name, const QPalette& palette);
// The shield with the check mark.
QIcon applicationIcon();

// The main window's tool bar: file, navigation and record actions with their icons, which it
// sets on the actions (so the menus show them too) and sets again when the palette changes.
class MainToolBar final : public QToolBar {
    Q_OBJECT

public:
    MainToolBar(const MainActions& actions, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyIcons();

    const MainActions& m_actions;
};

} // namespace isms::app
