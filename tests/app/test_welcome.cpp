// The consultant's way in: the New wizard proposes a folder that exists and makes a typed one;
// the recent files show each file's last change read fresh and mark audit copies; a recent file
// in use offers Open Read-Only.
#include "app_fixture.h"

#include "app/dialogs/message_presenter.h"
#include "app/settings/app_settings.h"
#include "app/welcome/welcome_view.h"
#include "app/window/file_controller.h"
#include "app/window/main_window.h"
#include "app/wizard/new_file_location.h"
#include "app/wizard/new_file_wizard.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTreeWidget>

#include <catch2/catch_test_macros.hpp>

using namespace isms;
using namespace isms::app;

namespace {

// A home folder of the test's own, without Documents, for as long as it lives.
struct HomeWithoutDocuments {
    QTemporaryDir dir;
    QByteArray oldHome = qgetenv("HOME");
    QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
    HomeWithoutDocuments()
    {
        qputenv("HOME", dir.path().toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral(".config")).toLocal8Bit());
    }
    ~HomeWithoutDocuments()
    {
        qputenv("HOME", oldHome);
        if (oldConfig.isEmpty())
            qunsetenv("XDG_CONFIG_HOME");
        else
            qputenv("XDG_CONFIG_HOME", oldConfig);
    }
};

QTreeWidgetItem* rowFor(WelcomeView& welcome, const QString& path)
{
    QTreeWidget* list = welcome.recentList();
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->text(1) == QDir::toNativeSeparators(path))
            return list->topLevelItem(i);
    return nullptr;
}

QString shown(const std::string& isoUtc)
{
    return QLocale().toString(QDateTime::fromString(QString::fromStdString(isoUtc), Qt::ISODateWithMs).toLocalTime(),
                              QLocale::ShortFormat);
}

} // namespace

TEST_CASE("the wizard proposes a folder that exists and creates a missing one the user typed", "[wizard]")
{
    HomeWithoutDocuments home;
    REQUIRE_FALSE(QFileInfo::exists(home.dir.filePath(QStringLiteral("Documents"))));
    CHECK(proposedFolder() == home.dir.path());

    RecordingPresenter messages;
    NewFileWizard wizard(messages);
    wizard.show();
    wizard.organisationEdit()->setText(QStringLiteral("Acme Ltd"));
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == NewFileWizard::LocationPageId);
    const QString proposed = QDir::fromNativeSeparators(wizard.pathEdit()->text());
    CHECK(proposed == QDir(home.dir.path()).filePath(QStringLiteral("Acme Ltd.isms")));
    CHECK(wizard.validateCurrentPage());
    CHECK(wizard.request().createFolder.isEmpty());

    // A folder typed that does not exist yet: accepted, the summary says it will be made.
    const QString folder = home.dir.filePath(QStringLiteral("Clients/Acme"));
    wizard.pathEdit()->setText(QDir::toNativeSeparators(folder + QStringLiteral("/acme.isms")));
    CHECK(wizard.createSummary()->text().contains(QStringLiteral("will be created")));
    CHECK(wizard.createSummary()->text().contains(QDir::toNativeSeparators(folder)));
    CHECK(wizard.validateCurrentPage());
    const NewFileRequest request = wizard.request();
    CHECK(request.createFolder == folder);
    CHECK_FALSE(QFileInfo::exists(folder));  // nothing is made before the file is

    // Below a file, no folder can be made: refused with a message.
    QFile blocker(home.dir.filePath(QStringLiteral("notes.txt")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    wizard.pathEdit()->setText(home.dir.filePath(QStringLiteral("notes.txt/sub/acme.isms")));
    CHECK_FALSE(wizard.validateCurrentPage());
    CHECK(checkNewFileLocation(home.dir.filePath(QStringLiteral("notes.txt/sub/acme.isms")))
              .error.contains(QStringLiteral("is a file")));
    wizard.hide();
}

TEST_CASE("the new file is made in the folder the wizard will create", "[wizard][files]")
{
    test::DemoFile demo;
    RecordingPresenter messages;
    AppSettings settings(demo.dir.filePath(QStringLiteral("settings.ini")));
    FileController files(messages, settings, demo.clock);
    auto session = demo.open();
    const QString tpl = demo.dir.filePath(QStringLiteral("Base.isms-template"));
    REQUIRE(files.saveAsTemplateTo(*session, tpl));
    session.reset();
    NewFileRequest request;
    request.organisation = QStringLiteral("Next Ltd");
    request.createFolder = demo.dir.filePath(QStringLiteral("clients/next"));
    request.path = request.createFolder + QStringLiteral("/next.isms");
    auto made = files.createFromTemplateTo(tpl, request);
    REQUIRE(made != nullptr);
    CHECK(QFileInfo::exists(request.path));
}

TEST_CASE("the recent files show the last change read fresh and mark audit copies and missing files", "[welcome]")
{
    test::DemoFile demo;
    RecordingPresenter messages;
    AppSettings settings(demo.dir.filePath(QStringLiteral("settings.ini")));
    FileController files(messages, settings, demo.clock);
    const QString copy = demo.dir.filePath(QStringLiteral("audit.isms"));
    {
        auto session = files.open(demo.path, false);
        REQUIRE(session != nullptr);
        REQUIRE(files.exportAuditCopyTo(*session, copy));
    }
    REQUIRE(files.open(copy, false) != nullptr);
    const QString bogus = demo.dir.filePath(QStringLiteral("notes.isms"));
    {
        QFile file(bogus);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("plain text, not an ISMS file, which goes on for a while and then a bit more\n");
    }
    settings.addRecentFile({bogus, QStringLiteral("Old name"), {}, false});
    settings.addRecentFile({demo.dir.filePath(QStringLiteral("gone.isms")), QStringLiteral("Gone Ltd"), {}, false});
    const QDateTime listedChange = settings.recentFiles().at(3).lastChange;

    // Changed after it was listed, by an editor that is still open: the list reads beside it.
    auto later = std::make_shared<const FixedClock>(Date{2026, 12, 1});
    auto editor = DocumentSession::open(demo.path, false, QStringLiteral("Someone else"), later);
    REQUIRE(editor.ok());
    const RegisterDef& risks = (*editor)->catalogue().get(reg::risks);
    Record r1 = test::recordByRef(**editor, reg::risks, "R-001");
    r1.set(risks, "title", std::string("Changed after it was listed"));
    REQUIRE((*editor)->file().update(risks, r1).ok());
    const std::string freshChange = (*editor)->file().info().lastChangeAt;
    REQUIRE(QDateTime::fromString(QString::fromStdString(freshChange), Qt::ISODateWithMs) != listedChange);

    WelcomeView welcome(settings);
    QTreeWidgetItem* working = rowFor(welcome, demo.path);
    REQUIRE(working != nullptr);
    CHECK(working->text(2) == shown(freshChange));
    CHECK(working->toolTip(2).contains(QStringLiteral("Someone else")));
    CHECK_FALSE(working->text(0).contains(QStringLiteral("audit copy")));
    QTreeWidgetItem* audit = rowFor(welcome, copy);
    REQUIRE(audit != nullptr);
    CHECK(audit->text(0).contains(QStringLiteral("(audit copy)")));
    CHECK(audit->toolTip(0).contains(QStringLiteral("read-only")));
    QTreeWidgetItem* missing = rowFor(welcome, demo.dir.filePath(QStringLiteral("gone.isms")));
    REQUIRE(missing != nullptr);
    CHECK(missing->text(2) == QStringLiteral("File missing"));
    QTreeWidgetItem* unreadable = rowFor(welcome, bogus);
    REQUIRE(unreadable != nullptr);
    CHECK(unreadable->text(2) == QStringLiteral("Cannot be read"));
    CHECK_FALSE(unreadable->toolTip(2).isEmpty());
    // What was read is kept, so the File menu's list agrees.
    for (const RecentFile& f : settings.recentFiles())
        if (f.path == copy)
            CHECK(f.auditCopy);
    MainWindow window(messages, settings, demo.clock);
    emit window.actions().recent->aboutToShow();
    int markedCopies = 0;
    for (QAction* action : window.actions().recent->actions())
        if (action->text().contains(QStringLiteral("(audit copy)"))) {
            ++markedCopies;
            CHECK(action->text().contains(QDir::toNativeSeparators(copy)));
        }
    CHECK(markedCopies == 1);
    // The editor was not disturbed: it goes on writing.
    r1.set(risks, "title", std::string("Changed again"));
    CHECK((*editor)->file().update(risks, r1).ok());
}

TEST_CASE("a recent file in use offers Open Read-Only, which opens beside the editor", "[welcome][readonly][lock]")
{
    test::DemoFile demo;
    RecordingPresenter messages;
    AppSettings settings(demo.dir.filePath(QStringLiteral("settings.ini")));
    MainWindow editor(messages, settings, demo.clock);
    REQUIRE(editor.openFile(demo.path, false));

    MainWindow second(messages, settings, demo.clock);
    messages.clear();
    messages.scriptAnswers({false});
    emit second.welcome()->recentRequested(demo.path, false);
    CHECK(second.session() == nullptr);
    REQUIRE(messages.calls().size() == 1);
    CHECK(messages.last()->kind == RecordingPresenter::Kind::Confirm);
    CHECK(messages.last()->title == QStringLiteral("File in use"));
    CHECK(messages.last()->acceptLabel == QStringLiteral("Open &Read-Only"));

    messages.scriptAnswers({true});
    emit second.welcome()->recentRequested(demo.path, false);
    REQUIRE(second.session() != nullptr);
    CHECK(second.session()->isReadOnly());
    CHECK(second.readOnlyBanner()->isVisibleTo(&second));
    second.closeFile();
    CHECK(editor.session() != nullptr);
    CHECK_FALSE(editor.session()->isReadOnly());
}

TEST_CASE("the window reads the recent files when its welcome page is seen, not when a file opens at once",
          "[welcome][startup]")
{
    test::DemoFile demo;
    RecordingPresenter messages;
    AppSettings settings(demo.dir.filePath(QStringLiteral("settings.ini")));
    settings.addRecentFile({demo.path, QStringLiteral("Listed Ltd"), {}});
    const auto rows = [](MainWindow& window) {
        // The tree itself, without asking the page to read.
        return window.welcome()->findChild<QTreeWidget*>(QStringLiteral("recentFiles"))->topLevelItemCount();
    };

    SECTION("shown with no file: the list is filled once the event loop runs")
    {
        MainWindow window(messages, settings, demo.clock);
        window.show();
        CHECK(rows(window) == 0);
        QCoreApplication::processEvents();
        CHECK(rows(window) == 1);
    }
    SECTION("shown and a file opened at once, as on the command line: nothing read until closed")
    {
        MainWindow window(messages, settings, demo.clock);
        window.show();
        REQUIRE(window.openFile(demo.path, false));
        QCoreApplication::processEvents();
        CHECK(rows(window) == 0);
        window.closeFile();
        QCoreApplication::processEvents();
        CHECK(rows(window) == 1);
        // Read fresh: the organisation the file itself holds, not the one listed.
        CHECK(rowFor(*window.welcome(), demo.path)->text(0) == QString::fromStdString(content::kDemoOrganisation));
    }
}
