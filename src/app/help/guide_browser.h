#pragma once
// The browser of the user guide: the guide is Markdown compiled into the application (Qt
// resources under qrc:/guide), so it reads offline and its pictures resolve beside it. The
// screenshots are taken at full window size; they are scaled down to a readable column here.

#include <QTextBrowser>
#include <QUrl>

namespace isms::app {

// The guide as shipped: docs/user-guide.md, with docs/images beside it.
QUrl userGuideUrl();

class GuideBrowser : public QTextBrowser {
    Q_OBJECT

public:
    static constexpr int kMaxImageWidth = 760;

    explicit GuideBrowser(QWidget* parent = nullptr);

    // How many images were loaded and how many of them could not be read (for tests).
    int imagesLoaded() const { return m_imagesLoaded; }
    int imagesMissing() const { return m_imagesMissing; }

    QVariant loadResource(int type, const QUrl& name) override;

private:
    int m_imagesLoaded = 0;
    int m_imagesMissing = 0;
};

} // namespace isms::app
