#pragma once
// The user guide in a window of its own (Help › User Guide, F1), beside the work it explains:
// Back, Forward and Contents as in any help browser.

#include <QWidget>

#include <memory>

namespace Ui {
class UserGuideWindow;
}

namespace isms::app {

class GuideBrowser;

class UserGuideWindow : public QWidget {
    Q_OBJECT

public:
    explicit UserGuideWindow(QWidget* parent = nullptr);
    ~UserGuideWindow() override;

    GuideBrowser* browser() const;
    void showContents();

private:
    std::unique_ptr<Ui::UserGuideWindow> m_ui;
};

} // namespace isms::app
