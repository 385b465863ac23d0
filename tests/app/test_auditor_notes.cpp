// Auditor notes in the window: the notes dialog on a read-only audit copy (reachable from the
// File menu and the banner, the copy unchanged) and Merge Auditor Notes on the working file.
#include "app_fixture.h"

#include "app/dialogs/auditor_notes_dialog.h"
#include "app/dialogs/merge_notes_dialog.h"
#include "app/dialogs/message_presenter.h"
#include "app/dialogs/note_editor_dialog.h"
#include "app/settings/app_settings.h"
#include "app/window/file_controller.h"
#include "app/window/main_window.h"
#include "app/window/notes_controller.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

#include <catch2/catch_test_macros.hpp>

using namespace isms;
using namespace isms::app;

namespace {

using test::bytesOf;

// A demo file with an audit copy exported from it.
struct Copied {
    test::DemoFile demo;
    QString copy = demo.dir.filePath(QStringLiteral("audit.isms"));
    Copied()
    {
        auto session = demo.open();
        RecordingPresenter messages;
        AppSettings settings(demo.dir.filePath(QStringLiteral("settings.ini")));
        FileController files(messages, settings, demo.clock);
        if (!files.exportAuditCopyTo(*session, copy))
            throw std::runtime_error("export failed");
    }
};

storage::AuditNote note(const char* type, const char* text)
{
    storage::AuditNote n;
    n.type = type;
    n.clause = "A.5.15";
    n.text = text;
    return n;
}

} // namespace

TEST_CASE("an auditor keeps notes beside an open audit copy, which stays unchanged", "[notes]")
{
    Copied c;
    const QByteArray bytes = bytesOf(c.copy);
    const auto written = QFileInfo(c.copy).lastModified();
    RecordingPresenter messages;
    AppSettings settings(c.demo.dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(messages, settings, c.demo.clock);
    REQUIRE(window.openFile(c.copy, false));
    REQUIRE(window.session()->isReadOnly());
    // Reachable from the menu and from the banner; merging is for working files.
    CHECK(window.actions().auditorNotes->isEnabled());
    CHECK_FALSE(window.actions().mergeNotes->isEnabled());
    CHECK(window.bannerNotesButton()->isVisibleTo(&window));

    const QString notesPath = AuditorNotesDialog::notesPathFor(c.copy, &window);
    CHECK(notesPath == c.copy + QStringLiteral(".notes"));
    auto notes = openNotesFor(*window.session(), notesPath);
    REQUIRE(notes.ok());
    AuditorNotesDialog dialog(std::move(*notes), window.session()->catalogue());

    // The editor, as the keyboard fills it.
    NoteEditorDialog editor(window.session()->catalogue(), {});
    auto* ok = editor.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());  // no text yet
    editor.typeBox()->setCurrentIndex(editor.typeBox()->findData(QStringLiteral("minor")));
    editor.clauseEdit()->setText(QStringLiteral("A.5.15"));
    editor.registerBox()->setCurrentIndex(editor.registerBox()->findData(QStringLiteral("risks")));
    editor.textEdit()->setPlainText(QStringLiteral("Access reviews are not recorded"));
    CHECK_FALSE(ok->isEnabled());  // a register without a ref
    editor.refEdit()->setText(QStringLiteral("R-003"));
    CHECK(ok->isEnabled());
    editor.evidenceEdit()->setPlainText(QStringLiteral("3 of 12 requests"));
    const storage::AuditNote fromEditor = editor.note();
    CHECK(fromEditor.type == "minor");
    CHECK(fromEditor.recordRegister == "risks");
    CHECK(fromEditor.recordRef == "R-003");

    REQUIRE(dialog.addNote(fromEditor));
    REQUIRE(dialog.addNote(note("observation", "Policy owner unclear")));
    CHECK(dialog.table()->rowCount() == 2);
    CHECK(dialog.table()->item(0, 0)->text() == QStringLiteral("Minor nonconformity"));
    CHECK(dialog.table()->item(0, 2)->text() == QStringLiteral("risks R-003"));
    CHECK_FALSE(dialog.addNote(note("critical", "x")));
    CHECK(dialog.messageLine()->text().contains(QStringLiteral("critical")));
    CHECK(dialog.table()->rowCount() == 2);

    storage::AuditNote changed = dialog.notes().at(1);
    changed.text = "Policy owner not named";
    REQUIRE(dialog.updateNote(changed));
    CHECK(dialog.table()->item(1, 3)->text() == QStringLiteral("Policy owner not named"));
    REQUIRE(dialog.deleteNote(dialog.notes().at(1).id));
    CHECK(dialog.table()->rowCount() == 1);
    REQUIRE(dialog.addNote(note("opportunity", "Automate joiner process")));

    window.closeFile();
    CHECK(bytesOf(c.copy) == bytes);
    CHECK(QFileInfo(c.copy).lastModified() == written);
    CHECK_FALSE(QFile::exists(c.copy + QStringLiteral("-wal")));
    CHECK(QFile::exists(notesPath));
}

TEST_CASE("the manager previews and merges the notes as findings of a chosen audit, once", "[notes]")
{
    Copied c;
    const QString notesPath = c.copy + QStringLiteral(".notes");
    {
        auto session = DocumentSession::open(c.copy, true, QStringLiteral("Auditor"), c.demo.clock);
        REQUIRE(session.ok());
        auto notes = openNotesFor(**session, notesPath);
        REQUIRE(notes.ok());
        REQUIRE((*notes)->add(note("minor", "First")).ok());
        REQUIRE((*notes)->add(note("major", "Second")).ok());
    }
    RecordingPresenter messages;
    AppSettings settings(c.demo.dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(messages, settings, c.demo.clock);
    REQUIRE(window.openFile(c.demo.path, false));
    CHECK(window.actions().mergeNotes->isEnabled());
    CHECK_FALSE(window.actions().auditorNotes->isEnabled());
    CHECK_FALSE(window.bannerNotesButton()->isVisibleTo(&window));
    DocumentSession& session = *window.session();
    const RegisterDef& findings = session.catalogue().get(reg::findings);
    const auto before = session.file().count(findings).value();
    int inserted = 0;
    QObject::connect(&session, &DocumentSession::recordInserted, &session,
                     [&](const QString& key) { inserted += key == QStringLiteral("findings"); });

    MergeNotesDialog dialog(session, notesPath);
    REQUIRE(dialog.auditBox()->count() == 3);
    CHECK(dialog.auditBox()->currentData().toString() == QStringLiteral("AU-001"));
    CHECK(dialog.preview()->text() == QStringLiteral("2 note(s) will become findings."));
    CHECK(dialog.canMerge());
    CHECK(session.file().count(findings).value() == before);  // the preview wrote nothing

    auto report = dialog.merge();
    REQUIRE(report);
    CHECK(report->addedFindings.size() == 2);
    CHECK(session.file().count(findings).value() == before + 2);
    CHECK(inserted == 2);  // the views hear of the new findings
    CHECK(dialog.lastSummary().contains(QStringLiteral("became findings of AU-001")));

    MergeNotesDialog again(session, notesPath);
    CHECK_FALSE(again.canMerge());
    CHECK(again.preview()->text().contains(QStringLiteral("Nothing to merge")));
    CHECK_FALSE(again.merge());
    CHECK(session.file().count(findings).value() == before + 2);
}
