#include "app/welcome/welcome_view.h"

#include "app/settings/app_settings.h"
#include "app/welcome/recent_file_status.h"

#include "ui_welcome_view.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace isms::app {

namespace {

constexpr int kPathRole = Qt::UserRole + 1;

enum Column { OrganisationColumn, PathColumn, LastChangeColumn };

} // namespace

WelcomeView::WelcomeView(AppSettings& settings, QWidget* parent, ReadRecentFiles read)
    : QWidget(parent), m_settings(settings), m_ui(std::make_unique<Ui::WelcomeView>()),
      m_readWhenShown(read == ReadRecentFiles::WhenShown)
{
    // The layout and texts are ui/forms/welcome_view.ui; the sizes that follow the user's font
    // and the style's icons are set here.
    m_ui->setupUi(this);
    QFont titleFont = m_ui->title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setWeight(QFont::DemiBold);
    m_ui->title->setFont(titleFont);
    m_ui->subtitle->setForegroundRole(QPalette::PlaceholderText);

    // Command links: the native "do this" button with a one-line description, left-aligned
    // without a style sheet (which would make a push button lose the platform's look).
    const QStyle* s = style();
    m_new = m_ui->welcomeNew;
    m_open = m_ui->welcomeOpen;
    m_demo = m_ui->welcomeDemo;
    m_new->setIcon(s->standardIcon(QStyle::SP_FileIcon));
    m_open->setIcon(s->standardIcon(QStyle::SP_DialogOpenButton));
    m_demo->setIcon(s->standardIcon(QStyle::SP_FileDialogContentsView));

    QFont headingFont = m_ui->recentTitle->font();
    headingFont.setWeight(QFont::DemiBold);
    m_ui->recentTitle->setFont(headingFont);
    m_recent = m_ui->recentFiles;
    m_recent->header()->setSectionResizeMode(OrganisationColumn, QHeaderView::ResizeToContents);
    m_recent->header()->setSectionResizeMode(PathColumn, QHeaderView::Stretch);
    m_recent->header()->setSectionResizeMode(LastChangeColumn, QHeaderView::ResizeToContents);
    m_emptyHint = m_ui->emptyHint;
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);

    connect(m_new, &QPushButton::clicked, this, &WelcomeView::newRequested);
    connect(m_open, &QPushButton::clicked, this, &WelcomeView::openRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomeView::openDemoRequested);
    // itemActivated covers double click and Enter (and single click where the style says so).
    connect(m_recent, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item, int) { activate(item); });
    connect(m_recent, &QTreeWidget::customContextMenuRequested, this,
            &WelcomeView::showContextMenu);

    reloadRecentFiles();
}

WelcomeView::~WelcomeView() = default;

void WelcomeView::reloadRecentFiles()
{
    if (m_readWhenShown && !isVisible()) {
        m_readingOwed = true;
        return;
    }
    readRecentFiles();
}

QTreeWidget* WelcomeView::recentList()
{
    if (m_readingOwed)
        readRecentFiles();
    return m_recent;
}

void WelcomeView::showEvent(QShowEvent* event)
{
    // Once the event loop runs: the window is shown before the file named on the command line is
    // opened, and that replaces this page before anyone could see the list.
    if (m_readingOwed)
        QTimer::singleShot(0, this, [this] {
            if (m_readingOwed && isVisible())
                readRecentFiles();
        });
    QWidget::showEvent(event);
}

void WelcomeView::readRecentFiles()
{
    m_readingOwed = false;
    m_recent->clear();
    const QLocale locale;
    const QList<RecentFile> files = m_settings.recentFiles();
    for (const RecentFile& listed : files) {
        auto* item = new QTreeWidgetItem(m_recent);
        // Read fresh: the file may have changed in another window or program since it was listed.
        const RecentFileStatus status = readRecentFileStatus(listed.path);
        RecentFile file = listed;
        if (status.state == RecentFileStatus::State::Present) {
            file.organisation = status.organisation;
            file.lastChange = status.lastChange;
            file.auditCopy = status.auditCopy;
            m_settings.refreshRecentFile(file);
        }
        const QString organisation = file.organisation.isEmpty() ? tr("(unnamed)") : file.organisation;
        item->setText(PathColumn, QDir::toNativeSeparators(file.path));
        item->setToolTip(PathColumn, QDir::toNativeSeparators(file.path));
        if (status.state == RecentFileStatus::State::Missing) {
            item->setText(OrganisationColumn, organisation);
            item->setText(LastChangeColumn, tr("File missing"));
            item->setIcon(OrganisationColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setToolTip(OrganisationColumn,
                             tr("This file is no longer where it was: it was moved, renamed or "
                                "deleted, or its drive is not connected."));
            for (int c = 0; c < 3; ++c)
                item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
        } else if (status.state == RecentFileStatus::State::Unreadable) {
            item->setText(OrganisationColumn, organisation);
            item->setText(LastChangeColumn, tr("Cannot be read"));
            item->setIcon(OrganisationColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setToolTip(OrganisationColumn, status.problem);
            item->setToolTip(LastChangeColumn, status.problem);
        } else {
            // An audit copy says so in words, not by its icon alone.
            item->setText(OrganisationColumn,
                          file.auditCopy ? tr("%1 (audit copy)").arg(organisation) : organisation);
            item->setIcon(OrganisationColumn,
                          style()->standardIcon(file.auditCopy ? QStyle::SP_FileDialogInfoView
                                                               : QStyle::SP_FileIcon));
            if (file.auditCopy)
                item->setToolTip(OrganisationColumn,
                                 tr("An exported audit copy: it opens read-only."));
            item->setText(LastChangeColumn,
                          file.lastChange.isValid()
                              ? locale.toString(file.lastChange.toLocalTime(), QLocale::ShortFormat)
                              : tr("No changes yet"));
            if (!status.lastChangeBy.isEmpty())
                item->setToolTip(LastChangeColumn, tr("Last changed by %1").arg(status.lastChangeBy));
        }
        item->setData(OrganisationColumn, kPathRole, file.path);
    }
    m_emptyHint->setText(files.isEmpty()
                             ? tr("Files you open or create will be listed here.")
                             : tr("Double-click or press Enter to open. Right-click to open "
                                  "read-only or to remove a file from the list."));
    if (m_recent->topLevelItemCount() > 0)
        m_recent->setCurrentItem(m_recent->topLevelItem(0));
}

void WelcomeView::activate(QTreeWidgetItem* item)
{
    if (item)
        emit recentRequested(item->data(OrganisationColumn, kPathRole).toString(), false);
}

QMenu* WelcomeView::createContextMenu(const QString& path, QWidget* parent)
{
    auto* menu = new QMenu(parent);
    QAction* open = menu->addAction(tr("&Open"));
    open->setObjectName(QStringLiteral("recentOpen"));
    QAction* readOnly = menu->addAction(tr("Open &Read-Only"));
    readOnly->setObjectName(QStringLiteral("recentOpenReadOnly"));
    menu->addSeparator();
    QAction* remove = menu->addAction(tr("Re&move from List"));
    remove->setObjectName(QStringLiteral("recentRemove"));
    menu->setDefaultAction(open);
    connect(open, &QAction::triggered, this, [this, path] { emit recentRequested(path, false); });
    connect(readOnly, &QAction::triggered, this, [this, path] { emit recentRequested(path, true); });
    connect(remove, &QAction::triggered, this, [this, path] {
        m_settings.removeRecentFile(path);
        reloadRecentFiles();
    });
    return menu;
}

void WelcomeView::showContextMenu(const QPoint& position)
{
    QTreeWidgetItem* item = m_recent->itemAt(position);
    if (!item)
        return;
    QMenu* menu = createContextMenu(item->data(OrganisationColumn, kPathRole).toString(), this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_recent->viewport()->mapToGlobal(position));
}

} // namespace isms::app
