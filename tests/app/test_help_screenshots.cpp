// Pictures of the Help and Import windows for a person to look at (not a check): hidden, run with
//   ISMS_SHOTS_DIR=/some/folder test_app "[.shots]"
#include "app_fixture.h"

#include "app/dialogs/message_presenter.h"
#include "app/help/about_dialog.h"
#include "app/help/help_menu.h"
#include "app/help/shortcuts_dialog.h"
#include "app/help/user_guide_window.h"
#include "app/import/import_controller.h"
#include "app/import/import_csv_dialog.h"
#include "app/settings/app_settings.h"
#include "app/window/main_window.h"

#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>

#include <catch2/catch_test_macros.hpp>

using namespace isms;
using namespace isms::app;

namespace {
void save(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("ISMS_SHOTS_DIR", QDir::tempPath());
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    REQUIRE(widget.grab().save(QDir(dir).filePath(name), "PNG"));
}
} // namespace

TEST_CASE("pictures of the help and import windows", "[.shots]")
{
    test::DemoFile demo;
    RecordingPresenter messages;
    AppSettings settings{demo.dir.filePath(QStringLiteral("settings.ini"))};
    MainWindow window{messages, settings, demo.clock};
    REQUIRE(window.openFile(demo.path, false));
    window.show();
    auto* help = window.findChild<HelpController*>();
    REQUIRE(help);

    UserGuideWindow* guide = help->showUserGuide();
    guide->resize(900, 720);
    save(*guide, QStringLiteral("user-guide.png"));
    guide->close();

    ShortcutsDialog* shortcuts = help->showShortcuts();
    save(*shortcuts, QStringLiteral("shortcuts.png"));
    shortcuts->setFilter(QStringLiteral("ctrl+k"));
    save(*shortcuts, QStringLiteral("shortcuts-filtered.png"));
    shortcuts->close();

    AboutDialog* about = help->showAbout();
    save(*about, QStringLiteral("about.png"));
    about->findChild<QPushButton*>(QStringLiteral("licenceButton"))->click();
    save(*about, QStringLiteral("about-licence.png"));
    about->close();

    auto* importer = window.findChild<ImportController*>();
    ImportCsvDialog* good =
        importer->openImport(QStringLiteral(ISMS_TEST_DATA_DIR "/csv/treatments_good.csv"));
    save(*good, QStringLiteral("import-good.png"));
    good->close();
    ImportCsvDialog* bad = importer->openImport(
        QStringLiteral(ISMS_TEST_DATA_DIR "/csv/treatments_several_problems.csv"));
    save(*bad, QStringLiteral("import-problems.png"));
    bad->close();

    for (QMenu* menu : window.menuBar()->findChildren<QMenu*>(Qt::FindDirectChildrenOnly)) {
        const QString title = menu->title().remove(QLatin1Char('&'));
        if (title == QStringLiteral("Help") || title == QStringLiteral("File")) {
            menu->popup(window.mapToGlobal(QPoint(0, 0)));
            save(*menu, QStringLiteral("menu-%1.png").arg(title.toLower()));
            menu->hide();
        }
    }
}
