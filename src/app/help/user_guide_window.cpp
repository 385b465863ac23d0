#include "app/help/user_guide_window.h"

#include "app/help/guide_browser.h"
#include "ui_user_guide_window.h"

#include <QKeySequence>
#include <QScrollBar>
#include <QShortcut>

namespace isms::app {

UserGuideWindow::UserGuideWindow(QWidget* parent)
    : QWidget(parent, Qt::Window), m_ui(std::make_unique<Ui::UserGuideWindow>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("userGuideWindow"));
    GuideBrowser* browser = m_ui->browser;
    connect(m_ui->backButton, &QToolButton::clicked, browser, &QTextBrowser::backward);
    connect(m_ui->forwardButton, &QToolButton::clicked, browser, &QTextBrowser::forward);
    connect(m_ui->homeButton, &QToolButton::clicked, this, &UserGuideWindow::showContents);
    connect(browser, &QTextBrowser::backwardAvailable, m_ui->backButton, &QWidget::setEnabled);
    connect(browser, &QTextBrowser::forwardAvailable, m_ui->forwardButton, &QWidget::setEnabled);
    auto* back = new QShortcut(QKeySequence::Back, this);
    connect(back, &QShortcut::activated, browser, &QTextBrowser::backward);
    auto* forward = new QShortcut(QKeySequence::Forward, this);
    connect(forward, &QShortcut::activated, browser, &QTextBrowser::forward);
    auto* close = new QShortcut(QKeySequence::Close, this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    showContents();
}

UserGuideWindow::~UserGuideWindow() = default;

GuideBrowser* UserGuideWindow::browser() const
{
    return m_ui->browser;
}

void UserGuideWindow::showContents()
{
    if (m_ui->browser->source() == userGuideUrl()) {
        m_ui->browser->scrollToAnchor({});
        m_ui->browser->verticalScrollBar()->setValue(0);
        return;
    }
    m_ui->browser->setSource(userGuideUrl(), QTextDocument::MarkdownResource);
}

} // namespace isms::app
