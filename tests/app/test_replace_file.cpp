// Replacing an existing file from the GUI (the wizard's Replace, Save a Copy As, Export Audit
// Copy, Save as Template over a name): never a file another window has open, and never lost when
// making the new one fails.

#include "app_fixture.h"

#include "app/dialogs/message_presenter.h"
#include "app/settings/app_settings.h"
#include "app/window/file_controller.h"
#include "app/wizard/new_file_wizard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch_test_macros.hpp>

using namespace isms;
using namespace isms::app;

namespace {
using test::bytesOf;

NewFileRequest replacing(const QString& path)
{
    NewFileRequest request;
    request.organisation = QStringLiteral("Next Ltd");
    request.path = path;
    request.replaceExisting = true;
    return request;
}
} // namespace

TEST_CASE("Replace in the new-file wizard never removes a file open in another window", "[files][replace]")
{
    test::DemoFile demo;
    RecordingPresenter messages;
    AppSettings settings(demo.dir.filePath(QStringLiteral("settings.ini")));
    FileController files(messages, settings, demo.clock);
    const QString tpl = demo.dir.filePath(QStringLiteral("Base.isms-template"));
    {
        auto source = demo.open();
        REQUIRE(files.saveAsTemplateTo(*source, tpl));
    }

    auto editor = demo.open();  // the other window
    const QByteArray before = bytesOf(demo.path);
    const QDateTime mtime = QFileInfo(demo.path).lastModified();

    CHECK(files.createFromTemplateTo(tpl, replacing(demo.path)) == nullptr);
    REQUIRE(messages.last() != nullptr);
    CHECK(messages.last()->kind == RecordingPresenter::Kind::Error);
    CHECK(messages.last()->text.contains(QStringLiteral("cannot be replaced")));
    CHECK(bytesOf(demo.path) == before);
    CHECK(QFileInfo(demo.path).lastModified() == mtime);
    CHECK(editor->organisation() == QStringLiteral("Fernbrook Analytics Ltd"));

    // Closed, it is replaced.
    editor.reset();
    auto made = files.createFromTemplateTo(tpl, replacing(demo.path));
    REQUIRE(made != nullptr);
    CHECK(made->organisation() == QStringLiteral("Next Ltd"));
    CHECK(QDir(demo.dir.path()).entryList(QDir::Hidden | QDir::Files).filter(QStringLiteral("replaced")).isEmpty());
}

TEST_CASE("a replace whose new file cannot be made puts the old file back", "[files][replace]")
{
    test::DemoFile demo;
    RecordingPresenter messages;
    AppSettings settings(demo.dir.filePath(QStringLiteral("settings.ini")));
    FileController files(messages, settings, demo.clock);
    const QByteArray before = bytesOf(demo.path);

    const QString missingTemplate = demo.dir.filePath(QStringLiteral("gone.isms-template"));
    CHECK(files.createFromTemplateTo(missingTemplate, replacing(demo.path)) == nullptr);
    CHECK(messages.count(RecordingPresenter::Kind::Error) == 1);
    CHECK(bytesOf(demo.path) == before);
    auto reopened = demo.open();
    CHECK(reopened->organisation() == QStringLiteral("Fernbrook Analytics Ltd"));
}

TEST_CASE("Save a Copy As and Export Audit Copy refuse the open file's own name, and replace others", "[files][replace]")
{
    test::DemoFile demo;
    RecordingPresenter messages;
    AppSettings settings(demo.dir.filePath(QStringLiteral("settings.ini")));
    FileController files(messages, settings, demo.clock);
    auto session = demo.open();
    const QByteArray before = bytesOf(demo.path);

    CHECK_FALSE(files.saveCopyTo(*session, demo.path));
    CHECK_FALSE(files.exportAuditCopyTo(*session, demo.path, nullptr));
    CHECK(messages.count(RecordingPresenter::Kind::Error) == 2);
    CHECK(bytesOf(demo.path) == before);

    // An older audit copy and its checksum give way to the new ones.
    const QString copy = demo.dir.filePath(QStringLiteral("audit.isms"));
    REQUIRE(files.exportAuditCopyTo(*session, copy, nullptr));
    REQUIRE(files.exportAuditCopyTo(*session, copy, nullptr));
    CHECK_FALSE(bytesOf(copy + QStringLiteral(".sha256")).isEmpty());
    CHECK(QDir(demo.dir.path()).entryList(QDir::Hidden | QDir::Files).filter(QStringLiteral("replaced")).isEmpty());
    CHECK(messages.count(RecordingPresenter::Kind::Error) == 2);
}
