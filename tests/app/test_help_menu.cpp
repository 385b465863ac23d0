// Help menu: the user guide compiled in (offline, with its pictures), the keyboard shortcuts read
// from the window's own actions, and About with the versions that matter.
#include "app_fixture.h"
#include "window_fixture.h"

#include "app/dialogs/message_presenter.h"
#include "app/help/about_dialog.h"
#include "app/help/guide_browser.h"
#include "app/help/help_menu.h"
#include "app/help/shortcuts_dialog.h"
#include "app/help/user_guide_window.h"
#include "app/settings/app_settings.h"
#include "app/window/main_window.h"
#include "storage/isms_file.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QTextBlock>
#include <QTextDocument>

#include <catch2/catch_test_macros.hpp>

using namespace isms;
using namespace isms::app;

namespace {
struct Window : test::DemoWindow {
    HelpController& help() const
    {
        auto* controller = window.findChild<HelpController*>();
        REQUIRE(controller != nullptr);
        return *controller;
    }
};

// The first heading of the guide as it is in the repository.
QString firstHeadingOfGuide()
{
    QFile guide(QStringLiteral(ISMS_TEST_DATA_DIR "/../../docs/user-guide.md"));
    REQUIRE(guide.open(QIODevice::ReadOnly));
    while (!guide.atEnd()) {
        const QString line = QString::fromUtf8(guide.readLine()).trimmed();
        if (line.startsWith(QStringLiteral("# ")))
            return line.mid(2);
    }
    return {};
}

bool hasRow(const QStringList& rows, const QString& row)
{
    return rows.contains(row);
}
} // namespace

TEST_CASE("Help › User Guide (F1) shows the guide shipped with the application, pictures too",
          "[help]")
{
    Window w;
    REQUIRE(w.window.actions().userGuide != nullptr);
    CHECK(w.window.actions().userGuide->shortcut() == QKeySequence(Qt::Key_F1));
    w.window.actions().userGuide->trigger();
    auto* guide = w.window.findChild<UserGuideWindow*>();
    REQUIRE(guide != nullptr);
    CHECK(guide->isVisible());
    GuideBrowser* browser = guide->browser();
    CHECK(browser->source() == QUrl(QStringLiteral("qrc:/guide/user-guide.md")));

    const QString heading = firstHeadingOfGuide();
    REQUIRE_FALSE(heading.isEmpty());
    const QTextBlock first = browser->document()->firstBlock();
    CHECK(first.text() == heading);
    CHECK(first.blockFormat().headingLevel() == 1);
    // Markdown, not shown as plain text: no "#" or "![" left in the rendered text.
    CHECK_FALSE(browser->toPlainText().contains(QStringLiteral("![")));

    // Laying out the document loads its pictures from the resources beside the guide.
    browser->document()->setTextWidth(800);
    (void)browser->document()->size();
    CHECK(browser->imagesLoaded() >= 1);
    CHECK(browser->imagesMissing() == 0);
    const QVariant welcome = browser->document()->resource(
        QTextDocument::ImageResource, QUrl(QStringLiteral("qrc:/guide/images/welcome.png")));
    CHECK_FALSE(welcome.value<QImage>().isNull());
    CHECK(welcome.value<QImage>().width() <= GuideBrowser::kMaxImageWidth);

    // Asking again raises the same window rather than opening a second.
    w.window.actions().userGuide->trigger();
    CHECK(w.window.findChildren<UserGuideWindow*>().size() == 1);
}

TEST_CASE("Help › Keyboard Shortcuts lists the actions' own shortcuts and follows changes",
          "[help]")
{
    Window w;
    w.window.actions().shortcuts->trigger();
    auto* dialog = w.window.findChild<ShortcutsDialog*>();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->isVisible());

    const QStringList rows = dialog->visibleRows();
    CHECK(hasRow(rows, QStringLiteral("Go to Record | Ctrl+K | Go")));
    CHECK(hasRow(rows, QStringLiteral("Undo | Ctrl+Z | Edit")));
    CHECK(hasRow(rows, QStringLiteral("User Guide | F1 | Help")));
    // An action without a shortcut is not listed.
    CHECK_FALSE(rows.join(QLatin1Char('\n')).contains(QStringLiteral("Import CSV")));
    // Every listed row names an action of the menus that really has that shortcut.
    CHECK(rows.size() == static_cast<int>(shortcutEntries(w.window).size()));

    // The filter box has the keyboard and filters by key as well as by name.
    CHECK(dialog->focusWidget() == dialog->findChild<QLineEdit*>(QStringLiteral("filterEdit")));
    dialog->setFilter(QStringLiteral("ctrl+k"));
    CHECK(dialog->visibleRows() == QStringList{QStringLiteral("Go to Record | Ctrl+K | Go")});
    dialog->setFilter(QStringLiteral("dashboard"));
    CHECK(dialog->visibleRows() == QStringList{QStringLiteral("Dashboard | Ctrl+0 | Go")});

    // A shortcut changed on the action shows at once: the list is never stale.
    w.window.actions().dashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_9));
    CHECK(dialog->visibleRows() == QStringList{QStringLiteral("Dashboard | Ctrl+9 | Go")});
    dialog->setFilter({});
    w.window.actions().importCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    CHECK(hasRow(dialog->visibleRows(), QStringLiteral("Import CSV or XLSX | Ctrl+I | File")));
}

TEST_CASE("Help › About names the version, the licence and the file format version", "[help]")
{
    Window w;
    w.window.actions().about->trigger();
    auto* about = w.window.findChild<AboutDialog*>();
    REQUIRE(about != nullptr);
    CHECK(about->isVisible());
    CHECK(about->versionText() == QStringLiteral(ISMS_VERSION));
    CHECK(about->fileFormatText().contains(
        QStringLiteral("schema version %1").arg(storage::kSchemaVersion)));
    CHECK(aboutFacts().schemaVersion == storage::kSchemaVersion);
    // The full licence travels with the program.
    CHECK(about->licenceText().contains(QStringLiteral("GNU GENERAL PUBLIC LICENSE")));
    CHECK(about->licenceText().contains(QStringLiteral("Version 3, 29 June 2007")));
    CHECK(about->librariesText().contains(QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()))));
    CHECK(about->librariesText().contains(QStringLiteral("SQLite 3.")));
    CHECK(about->librariesText().contains(QStringLiteral("libsodium 1.")));
    REQUIRE(w.window.actions().aboutQt != nullptr);
    CHECK(w.window.actions().aboutQt->menuRole() == QAction::AboutQtRole);
}
