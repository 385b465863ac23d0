#include "app_fixture.h"

#include "app/detail/attachments_panel.h"
#include "app/detail/detail_pane.h"
#include "app/detail/links_panel.h"
#include "app/dialogs/message_presenter.h"
#include "app/form/field_editor.h"
#include "app/form/record_form.h"
#include "app/models/register_table_model.h"
#include "app/settings/app_settings.h"
#include "app/views/register_view.h"
#include "app/window/document_workspace.h"
#include "app/window/file_controller.h"
#include "app/window/main_window.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QTemporaryDir>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

using namespace isms;
using namespace isms::app;

namespace {
void tryEveryEditPath(MainWindow& window, test::DemoFile& demo)
{
    DocumentWorkspace* ws = window.workspace();
    DocumentSession& session = *window.session();
    const RegisterDef& risks = session.catalogue().get(reg::risks);
    const Record r1 = test::recordByRef(session, reg::risks, "R-001");
    ws->showRecord(QStringLiteral("risks"), r1.id);
    RegisterView* view = ws->currentRegisterView();
    REQUIRE(view != nullptr);
    RegisterTableModel* model = view->model();
    const int row = model->rowOf(r1.id);
    REQUIRE(row >= 0);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));

    // Menus: every editing action is disabled, and triggering them anyway does nothing.
    const MainActions& a = window.actions();
    for (QAction* action : {a.add, a.duplicate, a.remove, a.editCell, a.attach, a.undo, a.redo}) {
        CHECK_FALSE(action->isEnabled());
        action->trigger();
    }
    view->addRecord();
    view->duplicateCurrent();
    CHECK_FALSE(view->deleteCurrent());

    // Table: nothing editable, setData refused, no drag or drop, no edit triggers.
    const QModelIndex title = model->index(row, model->columnOf("title"));
    CHECK_FALSE(model->flags(title) & Qt::ItemIsEditable);
    CHECK_FALSE(model->flags(model->index(row, model->columnOf("affects_c")))
                & Qt::ItemIsUserCheckable);
    CHECK_FALSE(model->setData(title, QStringLiteral("Changed"), Qt::EditRole));
    CHECK_FALSE(model->setData(model->index(row, model->columnOf("affects_c")), Qt::Checked,
                               Qt::CheckStateRole));
    CHECK(view->table()->editTriggers() == QAbstractItemView::NoEditTriggers);
    CHECK(view->table()->dragDropMode() == QAbstractItemView::NoDragDrop);
    CHECK_FALSE(view->table()->acceptDrops());
    CHECK_FALSE(model->flags(title) & (Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled));
    auto* mime = new QMimeData;
    mime->setText(QStringLiteral("Pasted"));
    QApplication::clipboard()->setMimeData(mime);
    view->table()->setFocus();
    view->table()->setCurrentIndex(title);
    for (const QKeySequence& key : {QKeySequence(QKeySequence::Paste), QKeySequence(QKeySequence::Delete),
                                    QKeySequence(Qt::Key_F2), QKeySequence(Qt::CTRL | Qt::Key_D),
                                    QKeySequence(QKeySequence::New), QKeySequence(Qt::Key_X)})
        QTest::keySequence(view->table(), key);
    QTest::keyClick(view->table(), Qt::Key_Return);

    // Form: editors are read-only, and an edit signal is ignored.
    FormView* form = ws->detail()->form();
    FieldEditor* threat = form->editor("threat");
    auto* threatEdit = threat->findChild<QLineEdit*>();
    REQUIRE(threatEdit != nullptr);
    CHECK(threatEdit->isReadOnly());
    threatEdit->setText(QStringLiteral("Typed anyway"));
    threatEdit->setModified(true);
    emit threatEdit->editingFinished();
    auto* likelihood = form->editor("inherent_likelihood")->findChild<QComboBox*>();
    // Shown as read-only text instead of the combo (not a greyed-out disabled combo).
    CHECK_FALSE(likelihood->isVisibleTo(form));
    emit likelihood->activated(1);

    // Links and evidence.
    ws->detail()->links()->addLink("risk_controls", "controls", 1);
    ws->detail()->links()->removeSelectedLink();
    CHECK_FALSE(ws->detail()->attachments()->attachFile(demo.path));

    CHECK(session.undoStack()->count() == 0);
    CHECK(test::recordByRef(session, reg::risks, "R-001").values == r1.values);
    CHECK(session.file().count(risks).value() == model->totalCount());
}
} // namespace

TEST_CASE("read-only mode blocks every edit path and writes not one byte", "[readonly]")
{
    test::DemoFile demo;
    const QByteArray before = demo.fingerprint();
    {
        RecordingPresenter messages;
        AppSettings settings(demo.dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(messages, settings, demo.clock);
        REQUIRE(window.openFile(demo.path, true));
        REQUIRE(window.session()->isReadOnly());
        CHECK(window.readOnlyBanner()->isVisibleTo(&window));
        CHECK(window.readOnlyBanner()->text().contains(QStringLiteral("Read-only")));
        CHECK(window.windowTitle().contains(QStringLiteral("Read-only")));
        tryEveryEditPath(window, demo);
        window.closeFile();
    }
    CHECK(demo.fingerprint() == before);
}

TEST_CASE("an audit copy opens read-only even when writing is asked for", "[readonly]")
{
    test::DemoFile demo;
    const QString copy = demo.dir.filePath(QStringLiteral("audit.isms"));
    {
        auto session = demo.open();
        RecordingPresenter messages;
        AppSettings settings(demo.dir.filePath(QStringLiteral("settings.ini")));
        FileController files(messages, settings, demo.clock);
        REQUIRE(files.exportAuditCopyTo(*session, copy));
        REQUIRE(messages.last() != nullptr);
        CHECK(messages.last()->text.contains(QStringLiteral("SHA-256")));
    }
    QFile file(copy);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();

    RecordingPresenter messages;
    AppSettings settings(demo.dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(messages, settings, demo.clock);
    REQUIRE(window.openFile(copy, false));
    CHECK(window.session()->isReadOnly());
    CHECK(window.readOnlyBanner()->text().contains(QStringLiteral("audit copy")));
    window.closeFile();
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == bytes);
    CHECK_FALSE(QFile::exists(copy + QStringLiteral("-wal")));
}

TEST_CASE("Open Read-Only works beside an editor in another window; a second editor is refused", "[readonly][lock]")
{
    test::DemoFile demo;
    RecordingPresenter messages;
    AppSettings settings(demo.dir.filePath(QStringLiteral("settings.ini")));
    MainWindow editor(messages, settings, demo.clock);
    REQUIRE(editor.openFile(demo.path, false));
    REQUIRE_FALSE(editor.session()->isReadOnly());
    const RegisterDef& risks = editor.session()->catalogue().get(reg::risks);
    Record r1 = test::recordByRef(*editor.session(), reg::risks, "R-001");
    r1.set(risks, "title", std::string("Changed in the editor"));
    REQUIRE(editor.session()->file().update(risks, r1).ok());

    MainWindow second(messages, settings, demo.clock);
    CHECK_FALSE(second.openFile(demo.path, false));
    REQUIRE(messages.last() != nullptr);
    CHECK(messages.last()->title == QStringLiteral("File in use"));
    CHECK(messages.last()->text.contains(QStringLiteral("open in another program")));

    MainWindow reader(messages, settings, demo.clock);
    REQUIRE(reader.openFile(demo.path, true));
    CHECK(reader.session()->isReadOnly());
    CHECK(test::recordByRef(*reader.session(), reg::risks, "R-001").text(risks, "title")
          == "Changed in the editor");
    reader.closeFile();
    // The editor keeps writing after the reader has gone.
    r1.set(risks, "title", std::string("Changed again"));
    CHECK(editor.session()->file().update(risks, r1).ok());
}

TEST_CASE("an unreadable file is refused with a message and nothing opens", "[window]")
{
    test::DemoFile demo;
    const QString bogus = demo.dir.filePath(QStringLiteral("notes.isms"));
    QFile file(bogus);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("this is not an ISMS file at all, just some text that goes on for a while.\n");
    file.close();
    RecordingPresenter messages;
    AppSettings settings(demo.dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(messages, settings, demo.clock);
    CHECK_FALSE(window.openFile(bogus, false));
    CHECK(window.session() == nullptr);
    REQUIRE(messages.count(RecordingPresenter::Kind::Error) == 1);
    CHECK_FALSE(messages.last()->text.isEmpty());
}

TEST_CASE("a file found damaged after it opened is closed with a message and left unchanged", "[window][corpus]")
{
    // Its one damaged page is in the change log: it opens, and only the page check running
    // beside the window finds the damage.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged-log.isms"));
    REQUIRE(QFile::copy(QStringLiteral(ISMS_TEST_DATA_DIR "/damaged-log.isms"), path));
    QFile original(path);
    REQUIRE(original.open(QIODevice::ReadOnly));
    const QByteArray bytes = original.readAll();
    original.close();
    for (const bool readOnly : {false, true}) {
        RecordingPresenter messages;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(messages, settings, test::testClock());
        REQUIRE(window.openFile(path, readOnly));
        REQUIRE(test::waitUntil([&] { return window.session() == nullptr; }));
        REQUIRE(messages.count(RecordingPresenter::Kind::Error) == 1);
        INFO(messages.last()->title.toStdString() << ": " << messages.last()->text.toStdString() << " / "
             << messages.last()->details.toStdString());
        CHECK(messages.last()->title == QStringLiteral("This file is damaged"));
        CHECK(messages.last()->text.contains(QStringLiteral("damaged-log.isms")));
        CHECK(messages.last()->text.contains(QStringLiteral("closed")));
        CHECK(messages.last()->text.contains(QStringLiteral("backup")));
        CHECK(window.windowTitle() == QStringLiteral("ISMS Desk"));
        QFile after(path);
        REQUIRE(after.open(QIODevice::ReadOnly));
        CHECK(after.readAll() == bytes);
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-shm")));
    }
}

TEST_CASE("the demo is made once, then reopened; a copy can be saved", "[files]")
{
    QTemporaryDir dir;
    RecordingPresenter messages;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    FileController files(messages, settings, test::testClock());
    auto first = files.openDemo(dir.path());
    REQUIRE(first != nullptr);
    CHECK_FALSE(first->isReadOnly());
    CHECK(first->organisation() == QStringLiteral("Fernbrook Analytics Ltd"));
    const QString copy = dir.filePath(QStringLiteral("copy.isms"));
    REQUIRE(files.saveCopyTo(*first, copy));
    first.reset();

    auto again = files.openDemo(dir.path());
    REQUIRE(again != nullptr);
    CHECK(again->filePath() == FileController::demoPath(dir.path()));
    again.reset();
    auto copied = files.open(copy, false);
    REQUIRE(copied != nullptr);
    CHECK(copied->organisation() == QStringLiteral("Fernbrook Analytics Ltd"));
    CHECK(messages.count(RecordingPresenter::Kind::Error) == 0);
    CHECK(settings.recentFiles().first().path == copy);
}
