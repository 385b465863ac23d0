// File › Import CSV…: a preview mapped as the content layer maps it, every problem listed with its
// line, and an import that is all or nothing and one undo step.
#include "app_fixture.h"

#include "app/dialogs/file_error_text.h"
#include "app/dialogs/message_presenter.h"
#include "app/import/csv_preview.h"
#include "app/import/import_controller.h"
#include "app/import/import_csv_dialog.h"
#include "app/settings/app_settings.h"
#include "app/views/register_view.h"
#include "app/window/document_workspace.h"
#include "app/window/main_window.h"

#include <QAction>
#include <QFile>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

using namespace isms;
using namespace isms::app;

namespace {

QString sample(const char* name)
{
    return QStringLiteral(ISMS_TEST_DATA_DIR "/csv/") + QString::fromLatin1(name);
}

std::int64_t countOf(DocumentSession& session, std::string_view key)
{
    auto count = session.file().count(session.catalogue().get(key));
    REQUIRE(count);
    return *count;
}

bool hasRef(DocumentSession& session, std::string_view key, const std::string& ref)
{
    auto found = session.file().findByRef(session.catalogue().get(key), ref);
    REQUIRE(found);
    return found->has_value();
}

QString heading(const ImportCsvDialog& dialog, int column)
{
    const QTableWidgetItem* item = dialog.previewTable()->horizontalHeaderItem(column);
    return item ? item->text() : QString();
}

} // namespace

TEST_CASE("Import CSV previews the file with each column's field and imports it as one undo step",
          "[import]")
{
    test::DemoFile demo;
    auto session = demo.open();
    const auto before = countOf(*session, reg::treatments);
    const int undoBefore = session->undoStack()->count();

    ImportCsvDialog dialog(*session, sample("treatments_good.csv"), "risks");
    // The register is guessed from the file name (and the header fits it).
    CHECK(dialog.registerKey() == "treatments");

    // The preview: the first rows as the import reads them, headed by the field each fills.
    QTableWidget* table = dialog.previewTable();
    REQUIRE(table->columnCount() == 8);
    CHECK(heading(dialog, 0) == QStringLiteral("ref \u2192 Reference"));
    CHECK(heading(dialog, 1) == QStringLiteral("title \u2192 Action"));
    CHECK(heading(dialog, 3) == QStringLiteral("due_date \u2192 Due"));
    CHECK(table->rowCount() == 3);
    CHECK(table->item(0, 0)->text() == QStringLiteral("RTP-100"));
    // A quoted cell with a comma and a line break stays one cell.
    CHECK(table->item(1, 1)->text() == QStringLiteral("Review firewall rules, quarterly"));
    CHECK(table->item(1, 7)->text().contains(QLatin1Char('\n')));
    CHECK(table->verticalHeaderItem(2)->text() == QStringLiteral("line 5"));
    CHECK(dialog.problems().isEmpty());
    REQUIRE(dialog.importButton()->isEnabled());
    CHECK(dialog.importButton()->text() == QStringLiteral("&Import 3 Records"));

    REQUIRE(dialog.importNow());
    CHECK(countOf(*session, reg::treatments) == before + 3);
    REQUIRE(dialog.importedRefs().size() == 3);
    CHECK(dialog.importedRefs().front() == "RTP-100");
    // One step on the undo stack for the whole file.
    CHECK(session->undoStack()->count() == undoBefore + 1);
    CHECK(session->undoStack()->undoText().contains(QStringLiteral("Import into")));

    session->undoStack()->undo();
    CHECK(countOf(*session, reg::treatments) == before);
    for (const auto& ref : dialog.importedRefs())
        CHECK_FALSE(hasRef(*session, reg::treatments, ref));

    // Redo puts back exactly those records, under the same refs.
    session->undoStack()->redo();
    CHECK(countOf(*session, reg::treatments) == before + 3);
    for (const auto& ref : dialog.importedRefs())
        CHECK(hasRef(*session, reg::treatments, ref));
    const Record first = test::recordByRef(*session, reg::treatments, "RTP-100");
    CHECK(std::get<std::string>(first.values[0]) == "Encrypt the reporting database");
}

TEST_CASE("Import CSV with one bad row imports nothing and lists the line and what is wrong",
          "[import]")
{
    test::DemoFile demo;
    auto session = demo.open();
    const auto before = countOf(*session, reg::treatments);
    const int undoBefore = session->undoStack()->count();

    ImportCsvDialog dialog(*session, sample("treatments_invalid_date.csv"), {});
    dialog.setRegisterKey("treatments");
    const QStringList problems = dialog.problems();
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().startsWith(QStringLiteral("line 7, column due_date: ")));
    // The preview shows the rows, numbered by the same lines as the problems.
    REQUIRE(dialog.previewTable()->rowCount() == 6);
    CHECK(dialog.previewTable()->verticalHeaderItem(5)->text() == QStringLiteral("line 7"));
    CHECK(dialog.previewTable()->item(5, 3)->text() == QStringLiteral("2026-02-30"));
    // That row, and only that one, is marked with the problem.
    CHECK_FALSE(dialog.previewTable()->verticalHeaderItem(5)->icon().isNull());
    CHECK(dialog.previewTable()->verticalHeaderItem(5)->toolTip() == problems.front());
    CHECK(dialog.previewTable()->verticalHeaderItem(4)->icon().isNull());
    CHECK(problems.front().contains(QStringLiteral("YYYY-MM-DD")));
    CHECK(dialog.summaryText().startsWith(QStringLiteral("Nothing was imported into")));
    CHECK(dialog.summaryText().contains(QStringLiteral("Correct the CSV")));
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK_FALSE(dialog.importNow());
    CHECK(countOf(*session, reg::treatments) == before);
    CHECK(session->undoStack()->count() == undoBefore);
}

TEST_CASE("Import CSV names the line of bytes that are not text, and shows unknown columns",
          "[import]")
{
    test::DemoFile demo;
    auto session = demo.open();
    const auto before = countOf(*session, reg::treatments);

    SECTION("a byte that is never UTF-8")
    {
        ImportCsvDialog dialog(*session, sample("bytes_never_utf8.csv"), "treatments");
        dialog.setRegisterKey("treatments");
        REQUIRE_FALSE(dialog.problems().isEmpty());
        CHECK(dialog.problems().front().startsWith(QStringLiteral("line 3, column 5")));
        CHECK(dialog.summaryText().contains(QStringLiteral("not UTF-8")));
        CHECK(dialog.previewTable()->rowCount() == 0);
        CHECK_FALSE(dialog.importNow());
    }
    SECTION("Windows-1252 text")
    {
        ImportCsvDialog dialog(*session, sample("bytes_windows_1252.csv"), "treatments");
        dialog.setRegisterKey("treatments");
        REQUIRE_FALSE(dialog.problems().isEmpty());
        CHECK(dialog.problems().join(QLatin1Char(' ')).contains(QStringLiteral("UTF-8")));
        CHECK_FALSE(dialog.importButton()->isEnabled());
    }
    SECTION("a column the register does not have")
    {
        ImportCsvDialog dialog(*session, sample("treatments_unknown_column.csv"), {});
        dialog.setRegisterKey("treatments");
        CHECK(heading(dialog, 5) == QStringLiteral("colour \u2192 not a field"));
        REQUIRE(dialog.problems().size() == 1);
        CHECK(dialog.problems().front().startsWith(QStringLiteral("line 1, column colour")));
        CHECK_FALSE(dialog.importNow());
    }
    SECTION("a file that is gone")
    {
        ImportCsvDialog dialog(*session, demo.dir.filePath(QStringLiteral("gone.csv")), "risks");
        CHECK(dialog.summaryText().contains(QStringLiteral("could not be read")));
        CHECK_FALSE(dialog.importNow());
    }
    CHECK(countOf(*session, reg::treatments) == before);
}

TEST_CASE("File › Import CSV… imports from the window, says how to undo, and is off read-only",
          "[import]")
{
    test::DemoFile demo;
    RecordingPresenter messages;
    AppSettings settings{demo.dir.filePath(QStringLiteral("settings.ini"))};
    {
        MainWindow window{messages, settings, demo.clock};
        CHECK_FALSE(window.actions().importCsv->isEnabled());  // no file open
        REQUIRE(window.openFile(demo.path, false));
        CHECK(window.actions().importCsv->isEnabled());
        auto* controller = window.findChild<ImportController*>();
        REQUIRE(controller != nullptr);
        ImportCsvDialog* dialog = controller->openImport(sample("treatments_good.csv"));
        REQUIRE(dialog != nullptr);
        CHECK(dialog->isVisible());
        dialog->importButton()->click();
        REQUIRE(messages.last() != nullptr);
        CHECK(messages.last()->kind == RecordingPresenter::Kind::Information);
        CHECK(messages.last()->text.startsWith(QStringLiteral("3 records were added to")));
        CHECK(messages.last()->text.contains(QStringLiteral("Undo takes the whole import back in one step")));
        // The register the records went into is shown.
        REQUIRE(window.workspace()->currentRegisterView() != nullptr);
        CHECK(window.workspace()->currentRegisterView()->registerDef().key == "treatments");
        window.closeFile();
    }
    {
        MainWindow window{messages, settings, demo.clock};
        REQUIRE(window.openFile(demo.path, true));
        CHECK_FALSE(window.actions().importCsv->isEnabled());
        auto* controller = window.findChild<ImportController*>();
        REQUIRE(controller != nullptr);
        CHECK(controller->openImport(sample("treatments_good.csv")) == nullptr);
    }
}

TEST_CASE("The register of a CSV is guessed from its name, else from its header", "[import]")
{
    const Catalogue& catalogue = Catalogue::standard();
    QFile good(sample("treatments_good.csv"));
    REQUIRE(good.open(QIODevice::ReadOnly));
    const QByteArray bytes = good.readAll();
    CHECK(guessRegister(catalogue, QStringLiteral("risk-treatments.csv"), bytes, "risks")
          == "treatments");
    // A name the header does not fit loses to the header.
    const std::string byHeader =
        guessRegister(catalogue, QStringLiteral("risks.csv"), bytes, "risks");
    CHECK(byHeader != "risks");
    CHECK_FALSE(byHeader.empty());
    // Nothing to go by: the register the user was in.
    CHECK(guessRegister(catalogue, QStringLiteral("data.csv"), QByteArray("\xF5"), "assets")
          == "assets");
}

TEST_CASE("The \"not an ISMS file\" advice names File › Import CSV…", "[import]")
{
    const auto text =
        FileErrorText::forFile({ErrorCode::NotOurs, "not ours"}, QStringLiteral("/tmp/x.csv"));
    CHECK(text.advice.contains(QStringLiteral("File \u203a Import CSV or XLSX\u2026")));
}
