// The application shell around the registers: messages, file error texts, settings, the welcome
// page and the New wizard.
#include <pwd.h>
#include <unistd.h>
#include "app/dialogs/file_error_text.h"
#include "app/dialogs/message_presenter.h"
#include "app/settings/app_settings.h"
#include "app/settings/logging.h"
#include "app/settings/preferences_dialog.h"
#include "app/welcome/welcome_view.h"
#include "app/wizard/new_file_wizard.h"
#include "app/dashboard/risk_matrix_widget.h"
#include "content/template.h"
#include "test_dashboard_support.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <spdlog/spdlog.h>

#include <catch2/catch_test_macros.hpp>

using namespace isms::app;
using isms::ErrorCode;

namespace {

// A settings file of its own for each test, so no test sees another's recent files.
struct TempSettings {
    QTemporaryDir dir;
    AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
};

QString touch(const QTemporaryDir& dir, const QString& name)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("x");
    return path;
}

// A real ISMS file whose last change was made on `day`: the recent files read it from the file.
QString ismsFile(const QTemporaryDir& dir, const QString& name, const QString& organisation, isms::Date day)
{
    const QString path = dir.filePath(name);
    isms::content::TemplateOptions options;
    options.organisation = organisation.toStdString();
    auto made = isms::content::createFromTemplate(std::filesystem::path(path.toStdString()), options,
                                                  isms::FixedClock(day));
    REQUIRE(made.ok());
    return path;
}

} // namespace

TEST_CASE("FileErrorText names the file and says what to do for every file error", "[dialogs]")
{
    const QString path = QStringLiteral("/home/ann/clients/acme.isms");
    struct Expect {
        ErrorCode code;
        const char* title;
        const char* inText;
        const char* inAdvice;
    };
    const Expect cases[] = {
        {ErrorCode::NotOurs, "Not an ISMS Desk file", "is not an ISMS Desk file", "ending in .isms"},
        {ErrorCode::Corrupt, "This file is damaged", "damaged or incomplete", "backup"},
        {ErrorCode::TooNew, "Made by a newer version", "newer version", "Install the latest"},
        {ErrorCode::Locked, "File in use", "another program", "read-only"},
        {ErrorCode::NotFound, "File not found", "no longer in /home/ann/clients", "remove it"},
        {ErrorCode::ReadOnly, "File cannot be changed", "read-only on disk", "copy it"},
        {ErrorCode::Io, "Could not use the file", "refused", "disk is not full"},
        {ErrorCode::Internal, "Unexpected problem", "unexpected problem", "report"},
    };
    for (const auto& c : cases) {
        const auto text = FileErrorText::forFile({c.code, "storage says: schema 7"}, path);
        INFO(c.title);
        CHECK(text.title == QString::fromUtf8(c.title));
        CHECK(text.text.contains(QStringLiteral("acme.isms")));
        CHECK(text.text.contains(QString::fromUtf8(c.inText)));
        CHECK(text.advice.contains(QString::fromUtf8(c.inAdvice)));
        // The storage layer's own words stay available as details.
        CHECK(text.details == QStringLiteral("storage says: schema 7"));
    }
}

TEST_CASE("FileErrorText is presented as an error with details", "[dialogs]")
{
    RecordingPresenter presenter;
    FileErrorText::forFile({ErrorCode::Locked, "database is locked"}, QStringLiteral("/tmp/a.isms"))
        .present(presenter);
    REQUIRE(presenter.calls().size() == 1);
    const auto& call = presenter.calls().front();
    CHECK(call.kind == RecordingPresenter::Kind::Error);
    CHECK(call.title == QStringLiteral("File in use"));
    CHECK(call.text.contains(QStringLiteral("a.isms")));
    CHECK(call.text.contains(QStringLiteral("Close it there")));
    CHECK(call.details == QStringLiteral("database is locked"));
}

TEST_CASE("The migration notice says where the backup is", "[dialogs]")
{
    const auto notice = MigrationNotice::forBackup(QStringLiteral("/data/acme.isms.v1.bak"));
    CHECK(notice.text
          == QStringLiteral("This file was upgraded to the current format. A backup of the "
                            "original is at /data/acme.isms.v1.bak."));
    CHECK_FALSE(notice.title.isEmpty());
}

TEST_CASE("RecordingPresenter records calls and answers confirm from its script", "[dialogs]")
{
    RecordingPresenter p;
    p.scriptAnswers({true, false});
    p.warning(QStringLiteral("W"), QStringLiteral("careful"), QStringLiteral("why"));
    CHECK(p.confirm(QStringLiteral("Q1"), QStringLiteral("sure?"), QStringLiteral("Replace")));
    CHECK_FALSE(p.confirm(QStringLiteral("Q2"), QStringLiteral("sure?"), QStringLiteral("Delete")));
    // Script used up: the default answer (false unless set) applies.
    CHECK_FALSE(p.confirm(QStringLiteral("Q3"), QStringLiteral("sure?"), QStringLiteral("OK")));
    p.setDefaultAnswer(true);
    CHECK(p.confirm(QStringLiteral("Q4"), QStringLiteral("sure?"), QStringLiteral("OK")));
    p.information(QStringLiteral("I"), QStringLiteral("done"));

    REQUIRE(p.calls().size() == 6);
    CHECK(p.count(RecordingPresenter::Kind::Confirm) == 4);
    CHECK(p.count(RecordingPresenter::Kind::Warning) == 1);
    CHECK(p.calls()[0].details == QStringLiteral("why"));
    CHECK(p.calls()[1].acceptLabel == QStringLiteral("Replace"));
    CHECK(p.calls()[1].answer);
    CHECK_FALSE(p.calls()[2].answer);
    CHECK(p.last()->kind == RecordingPresenter::Kind::Information);
}

TEST_CASE("Settings default the author to the login name", "[settings]")
{
    TempSettings t;
    const bool hadUser = qEnvironmentVariableIsSet("USER");
    const bool hadUserName = qEnvironmentVariableIsSet("USERNAME");
    const QByteArray oldUser = qgetenv("USER");
    const QByteArray oldUserName = qgetenv("USERNAME");
    qputenv("USER", "jsmith");
    CHECK(AppSettings::defaultAuthor() == QStringLiteral("jsmith"));
    CHECK(t.settings.authorName() == QStringLiteral("jsmith"));
    qunsetenv("USER");
    qputenv("USERNAME", "JSMITH-WIN");
    CHECK(AppSettings::defaultAuthor() == QStringLiteral("JSMITH-WIN"));
    qunsetenv("USERNAME");
    CHECK(AppSettings::defaultAuthor() == QString::fromLocal8Bit(getpwuid(getuid())->pw_name));
    qputenv("USER", "jsmith");

    t.settings.setAuthorName(QStringLiteral("  Jane Smith "));
    CHECK(t.settings.authorName() == QStringLiteral("Jane Smith"));
    t.settings.setAuthorName(QStringLiteral("   "));
    CHECK(t.settings.authorName() == QStringLiteral("jsmith"));
    CHECK(t.settings.recentFiles().isEmpty());

    if (hadUser)
        qputenv("USER", oldUser);
    else
        qunsetenv("USER");
    if (hadUserName)
        qputenv("USERNAME", oldUserName);
    else
        qunsetenv("USERNAME");
}

TEST_CASE("Recent files: most recent first, no duplicates, at most ten", "[settings]")
{
    TempSettings t;
    const QDateTime when(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
    for (int i = 0; i < 12; ++i)
        t.settings.addRecentFile({t.dir.filePath(QStringLiteral("client%1.isms").arg(i)),
                                  QStringLiteral("Client %1").arg(i), when.addDays(i)});
    auto files = t.settings.recentFiles();
    REQUIRE(files.size() == AppSettings::kMaxRecentFiles);
    CHECK(files.front().organisation == QStringLiteral("Client 11"));
    CHECK(files.back().organisation == QStringLiteral("Client 2"));
    CHECK(files.front().lastChange == when.addDays(11));

    // Opening an older one again moves it to the top without duplicating it.
    t.settings.addRecentFile({t.dir.filePath(QStringLiteral("client5.isms")),
                              QStringLiteral("Client 5 Ltd"), when});
    files = t.settings.recentFiles();
    REQUIRE(files.size() == AppSettings::kMaxRecentFiles);
    CHECK(files.front().organisation == QStringLiteral("Client 5 Ltd"));
    int fives = 0;
    for (const auto& f : files)
        fives += f.path.endsWith(QStringLiteral("client5.isms")) ? 1 : 0;
    CHECK(fives == 1);

    t.settings.removeRecentFile(t.dir.filePath(QStringLiteral("client5.isms")));
    CHECK(t.settings.recentFiles().size() == AppSettings::kMaxRecentFiles - 1);
    CHECK(t.settings.recentFiles().front().organisation == QStringLiteral("Client 11"));

    // What was written is what another instance reads.
    t.settings.sync();
    AppSettings again(t.dir.filePath(QStringLiteral("settings.ini")));
    CHECK(again.recentFiles().size() == AppSettings::kMaxRecentFiles - 1);
    t.settings.clearRecentFiles();
    CHECK(t.settings.recentFiles().isEmpty());
}

TEST_CASE("The preferences dialog stores the author name", "[settings]")
{
    TempSettings t;
    PreferencesDialog dialog(t.settings);
    dialog.authorEdit()->setText(QStringLiteral("A. Auditor"));
    dialog.apply();
    CHECK(t.settings.authorName() == QStringLiteral("A. Auditor"));
    dialog.authorEdit()->clear();
    dialog.apply();
    CHECK(t.settings.authorName() == AppSettings::defaultAuthor());
}

TEST_CASE("Logging writes to a rotating file in the given folder", "[settings]")
{
    QTemporaryDir dir;
    const auto setup = setupLogging(dir.filePath(QStringLiteral("logs")));
    REQUIRE(setup.problem.isEmpty());
    REQUIRE_FALSE(setup.logFile.isEmpty());
    spdlog::warn("dashboard test marker");  // warnings are flushed at once
    QFile log(setup.logFile);
    REQUIRE(log.open(QIODevice::ReadOnly));
    CHECK(log.readAll().contains("dashboard test marker"));
    // Later tests must not write into this temporary folder after it is gone.
    spdlog::set_default_logger(std::make_shared<spdlog::logger>("after-test"));
    qInstallMessageHandler(nullptr);
}

TEST_CASE("The welcome page emits what the user asks for", "[welcome]")
{
    TempSettings t;
    WelcomeView view(t.settings);
    QSignalSpy newSpy(&view, &WelcomeView::newRequested);
    QSignalSpy openSpy(&view, &WelcomeView::openRequested);
    QSignalSpy demoSpy(&view, &WelcomeView::openDemoRequested);
    view.newButton()->click();
    view.openButton()->click();
    view.demoButton()->click();
    view.demoButton()->click();
    CHECK(newSpy.count() == 1);
    CHECK(openSpy.count() == 1);
    CHECK(demoSpy.count() == 2);
}

TEST_CASE("The welcome page lists recent files and opens them", "[welcome]")
{
    TempSettings t;
    const QString acme = ismsFile(t.dir, QStringLiteral("acme.isms"), QStringLiteral("Acme Ltd"), {2026, 11, 20});
    const QString gone = t.dir.filePath(QStringLiteral("gone.isms"));
    t.settings.addRecentFile({gone, QStringLiteral("Gone GmbH"), {}});
    t.settings.addRecentFile(
        {acme, QStringLiteral("Acme Ltd"), QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC)});

    WelcomeView view(t.settings);
    view.resize(900, 500);
    QTreeWidget* list = view.recentList();
    REQUIRE(list->topLevelItemCount() == 2);
    CHECK(list->topLevelItem(0)->text(0) == QStringLiteral("Acme Ltd"));
    CHECK(list->topLevelItem(0)->text(1).endsWith(QStringLiteral("acme.isms")));
    CHECK(list->topLevelItem(0)->text(2).contains(QStringLiteral("2026")));
    CHECK(list->topLevelItem(1)->text(0) == QStringLiteral("Gone GmbH"));
    CHECK(list->topLevelItem(1)->text(2) == QStringLiteral("File missing"));

    QSignalSpy spy(&view, &WelcomeView::recentRequested);
    // Enter on the current row opens it read-write.
    view.show();
    list->setFocus();
    list->setCurrentItem(list->topLevelItem(0));
    QTest::keyClick(list, Qt::Key_Return);
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).toString() == acme);
    CHECK(spy.at(0).at(1).toBool() == false);

    // Double click opens too.
    const QRect second = list->visualItemRect(list->topLevelItem(1));
    // A real double click is press, release, then the double-click event.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, second.center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, second.center());
    REQUIRE(spy.count() >= 2);
    CHECK(spy.last().at(0).toString() == gone);

    // The context menu: Open Read-Only, then Remove from List.
    spy.clear();
    std::unique_ptr<QMenu> menu(view.createContextMenu(acme, &view));
    menu->findChild<QAction*>(QStringLiteral("recentOpenReadOnly"))->trigger();
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).toString() == acme);
    CHECK(spy.at(0).at(1).toBool() == true);
    menu->findChild<QAction*>(QStringLiteral("recentRemove"))->trigger();
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(0) == QStringLiteral("Gone GmbH"));
    CHECK(t.settings.recentFiles().size() == 1);
}

TEST_CASE("The New wizard refuses an empty organisation", "[wizard]")
{
    RecordingPresenter presenter;
    QTemporaryDir dir;
    NewFileWizard wizard(presenter, dir.path());
    wizard.show();
    REQUIRE(wizard.currentId() == NewFileWizard::OrganisationPageId);
    CHECK_FALSE(wizard.currentPage()->isComplete());
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.organisationEdit()->setText(QStringLiteral("   "));
    CHECK_FALSE(wizard.currentPage()->isComplete());
    wizard.next();
    CHECK(wizard.currentId() == NewFileWizard::OrganisationPageId);
    CHECK(presenter.calls().empty());  // refused inline, not with a message box

    wizard.organisationEdit()->setText(QStringLiteral("Acme Ltd"));
    CHECK(wizard.currentPage()->isComplete());
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    CHECK(wizard.currentId() == NewFileWizard::MethodPageId);
}

TEST_CASE("The New wizard offers 3x3 to 10x10, 5x5 by default, with a preview", "[wizard]")
{
    RecordingPresenter presenter;
    NewFileWizard wizard(presenter, QDir::tempPath());
    QComboBox* preset = wizard.presetCombo();
    REQUIRE(preset->count() == 8);
    CHECK(preset->itemData(0).toInt() == 3);
    CHECK(preset->itemData(7).toInt() == 10);
    CHECK(preset->currentData().toInt() == 5);
    CHECK(wizard.matrixPreview()->methodology().likelihood.size() == 5);
    preset->setCurrentIndex(preset->findData(4));
    CHECK(wizard.matrixPreview()->methodology().impact.size() == 4);
    CHECK(wizard.matrixPreview()->methodology().score(4, 4) == 16);
    CHECK_FALSE(wizard.matrixPreview()->showsCounts());
}

TEST_CASE("The New wizard's result: trimmed answers and an .isms path", "[wizard]")
{
    RecordingPresenter presenter;
    QTemporaryDir dir;
    NewFileWizard wizard(presenter, dir.path());
    wizard.show();
    wizard.organisationEdit()->setText(QStringLiteral("  Acme / Widgets Ltd "));
    wizard.scopeEdit()->setPlainText(QStringLiteral("The customer portal.\n"));
    wizard.next();
    wizard.presetCombo()->setCurrentIndex(wizard.presetCombo()->findData(4));
    wizard.next();
    REQUIRE(wizard.currentId() == NewFileWizard::LocationPageId);
    // The proposed name follows the organisation, without characters a file name cannot hold.
    CHECK(wizard.pathEdit()->text() == QDir::toNativeSeparators(dir.filePath(QStringLiteral("Acme Widgets Ltd.isms"))));

    wizard.pathEdit()->setText(dir.filePath(QStringLiteral("client-acme")));
    REQUIRE(wizard.validateCurrentPage());
    const NewFileRequest r = wizard.request();
    CHECK(r.organisation == QStringLiteral("Acme / Widgets Ltd"));
    CHECK(r.scope == QStringLiteral("The customer portal."));
    CHECK(r.matrixLevels == 4);
    CHECK(r.methodology().likelihood.size() == 4);
    CHECK(r.path == dir.filePath(QStringLiteral("client-acme.isms")));
    CHECK_FALSE(r.replaceExisting);
    CHECK(presenter.calls().empty());
}

TEST_CASE("The New wizard asks before replacing a file and refuses a folder that cannot be made", "[wizard]")
{
    RecordingPresenter presenter;
    QTemporaryDir dir;
    const QString existing = touch(dir, QStringLiteral("acme.isms"));
    NewFileWizard wizard(presenter, dir.path());
    wizard.show();
    wizard.organisationEdit()->setText(QStringLiteral("Acme"));
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == NewFileWizard::LocationPageId);

    wizard.pathEdit()->setText(existing);
    presenter.scriptAnswers({false});
    CHECK_FALSE(wizard.validateCurrentPage());
    REQUIRE(presenter.count(RecordingPresenter::Kind::Confirm) == 1);
    CHECK(presenter.last()->text.contains(QStringLiteral("acme.isms")));

    presenter.scriptAnswers({true});
    CHECK(wizard.validateCurrentPage());
    CHECK(wizard.request().replaceExisting);

    presenter.clear();
    // A missing folder is made with the file; one below a file cannot be.
    wizard.pathEdit()->setText(dir.filePath(QStringLiteral("no/such/folder/acme.isms")));
    CHECK(wizard.validateCurrentPage());
    CHECK(wizard.request().createFolder == dir.filePath(QStringLiteral("no/such/folder")));
    wizard.pathEdit()->setText(existing + QStringLiteral("/folder/acme.isms"));
    CHECK_FALSE(wizard.validateCurrentPage());
    CHECK_FALSE(wizard.request().replaceExisting);
    CHECK(presenter.calls().empty());
}

TEST_CASE("Matrix text stays readable on every band colour", "[dashboard]")
{
    CHECK(readableTextOn(QColor(QStringLiteral("#2e7d32"))) == QColor(Qt::white));
    CHECK(readableTextOn(QColor(QStringLiteral("#f9a825"))) == QColor(Qt::black));
    CHECK(readableTextOn(QColor(QStringLiteral("#c62828"))) == QColor(Qt::white));
    CHECK(readableTextOn(QColor(Qt::white)) == QColor(Qt::black));
}

TEST_CASE("The shell widgets render offscreen", "[screenshot]")
{
    using isms::app::test::saveScreenshot;
    TempSettings t;
    const QString acme = ismsFile(t.dir, QStringLiteral("acme-ltd.isms"), QStringLiteral("Acme Ltd"), {2026, 11, 20});
    const QString northwind = ismsFile(t.dir, QStringLiteral("northwind-traders.isms"),
                                       QStringLiteral("Northwind Traders"), {2026, 11, 2});
    t.settings.addRecentFile({t.dir.filePath(QStringLiteral("old-client.isms")),
                              QStringLiteral("Old Client plc"), {}});
    t.settings.addRecentFile({northwind, QStringLiteral("Northwind Traders"),
                              QDateTime(QDate(2026, 11, 2), QTime(16, 5), Qt::UTC)});
    t.settings.addRecentFile({acme, QStringLiteral("Acme Ltd"),
                              QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC)});
    WelcomeView welcome(t.settings);
    saveScreenshot(welcome, {960, 520}, QStringLiteral("welcome"));

    RecordingPresenter presenter;
    NewFileWizard wizard(presenter, QStringLiteral("/home/ann/Documents"));
    wizard.organisationEdit()->setText(QStringLiteral("Acme Ltd"));
    wizard.scopeEdit()->setPlainText(
        QStringLiteral("Development and operation of the Acme customer portal."));
    saveScreenshot(wizard, {640, 520}, QStringLiteral("wizard-organisation"));
    wizard.next();
    saveScreenshot(wizard, {640, 520}, QStringLiteral("wizard-method"));
    wizard.presetCombo()->setCurrentIndex(wizard.presetCombo()->findData(10));
    saveScreenshot(wizard, {640, 620}, QStringLiteral("wizard-method-10x10"));
    wizard.next();
    saveScreenshot(wizard, {640, 520}, QStringLiteral("wizard-location"));

    PreferencesDialog preferences(t.settings);
    saveScreenshot(preferences, preferences.sizeHint(), QStringLiteral("preferences"));
}
