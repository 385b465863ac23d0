// File › Import CSV or XLSX…: the mapping step (columns and words chosen in the dialog, saved and
// loaded as the file `ismsctl import --map` reads), updating records whose ref exists, and adding
// the assets a row names — each taken back whole by one undo and put back by redo.
#include "app_fixture.h"

#include "app/import/import_csv_dialog.h"
#include "app/import/import_mapping_editor.h"
#include "content/import_map.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

using namespace isms;
using namespace isms::app;

namespace {

QString writeTemp(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

std::int64_t countOf(DocumentSession& session, std::string_view key)
{
    auto count = session.file().count(session.catalogue().get(key));
    REQUIRE(count);
    return *count;
}

// Chooses the entry whose data is `data` in a combo box, as a person picking it does.
void choose(QComboBox* box, const QString& data)
{
    REQUIRE(box);
    const int index = box->findData(data);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
    emit box->activated(index);
    QCoreApplication::processEvents();  // the dialog refreshes once the signal has returned
}

int rowOf(QTableWidget* table, const QString& text)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0) && table->item(r, 0)->text() == text)
            return r;
    return -1;
}

} // namespace

TEST_CASE("The mapping step names columns and words, and a saved mapping loads again", "[import][mapping]")
{
    test::DemoFile demo;
    auto session = demo.open();
    QTemporaryDir dir;
    const QString csv = writeTemp(dir, QStringLiteral("register.csv"),
                                  "Risk ID,Scenario,Probability,Severity,Comment\n"
                                  "EXT-1,Supplier breach,High,Medium,first draft\n"
                                  "EXT-2,Insider misuse,Low,High,\n");
    ImportCsvDialog dialog(*session, csv, "risks");
    dialog.setRegisterKey("risks");
    auto* columns = dialog.findChild<QTableWidget*>(QStringLiteral("columnsTable"));
    auto* words = dialog.findChild<QTableWidget*>(QStringLiteral("wordsTable"));
    REQUIRE(columns);
    REQUIRE(words);
    REQUIRE(columns->rowCount() == 5);
    CHECK_FALSE(dialog.importButton()->isEnabled());  // "risk id" and the others are no field

    ImportMappingEditor* editor = dialog.mappingEditor();
    choose(editor->columnChoice(rowOf(columns, QStringLiteral("Risk ID"))), QStringLiteral("ref"));
    choose(editor->columnChoice(rowOf(columns, QStringLiteral("Scenario"))), QStringLiteral("title"));
    choose(editor->columnChoice(rowOf(columns, QStringLiteral("Probability"))), QStringLiteral("inherent_likelihood"));
    choose(editor->columnChoice(rowOf(columns, QStringLiteral("Severity"))), QStringLiteral("inherent_impact"));
    choose(editor->columnChoice(rowOf(columns, QStringLiteral("Comment"))), QString());
    CHECK(dialog.options().map.columns.at("risk id") == "ref");
    CHECK(dialog.options().map.columns.at("comment").empty());

    // Now the words: High and Low for likelihood; Medium and High for impact.
    REQUIRE(words->rowCount() == 4);
    CHECK_FALSE(dialog.importButton()->isEnabled());
    const auto tabs = dialog.findChild<QTabWidget*>(QStringLiteral("pages"));
    CHECK(tabs->tabText(2) == QStringLiteral("&Words (4)"));
    CHECK(dialog.problems().join(QLatin1Char('\n')).contains(QStringLiteral("'High' is not a level of the file's likelihood scale")));
    for (int r = 0; r < words->rowCount(); ++r) {
        QComboBox* box = dialog.mappingEditor()->wordChoice(r);
        const QString word = words->item(r, 0)->text();
        choose(box, word == QStringLiteral("High") ? QStringLiteral("4") : word == QStringLiteral("Low") ? QStringLiteral("2")
                                                                                                            : QStringLiteral("3"));
    }
    // A mapped word stays listed, with what it now means.
    REQUIRE(words->rowCount() == 4);
    CHECK(dialog.mappingEditor()->wordChoice(0)->currentData().toString() == QStringLiteral("4"));
    REQUIRE(dialog.importButton()->isEnabled());
    CHECK(dialog.importButton()->text() == QStringLiteral("&Import 2 Records"));

    // Saved, it is the file the command line reads; loaded into a new dialog, it maps the same.
    const QString mapPath = dir.filePath(QStringLiteral("register.mapping.json"));
    REQUIRE(dialog.saveMapping(mapPath));
    QFile saved(mapPath);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    auto map = content::readImportMap(saved.readAll().toStdString());
    REQUIRE(map.ok());
    CHECK(*map == dialog.options().map);

    ImportCsvDialog again(*session, csv, "risks");
    again.setRegisterKey("risks");
    CHECK_FALSE(again.importButton()->isEnabled());
    REQUIRE(again.loadMapping(mapPath));
    CHECK(again.importButton()->isEnabled());
    QString error;
    const QString badPath = writeTemp(dir, QStringLiteral("bad.json"), "{\"columns\": [1]}");
    CHECK_FALSE(again.loadMapping(badPath, &error));
    CHECK(error.contains(QStringLiteral("has \"columns\" as something other than an object")));
    CHECK(again.importButton()->isEnabled());  // a bad file leaves the mapping as it was
    CHECK_FALSE(again.loadMapping(dir.filePath(QStringLiteral("none.json")), &error));
    CHECK(error.contains(QStringLiteral("none.json")));

    REQUIRE(dialog.importNow());
    const Record ext1 = test::recordByRef(*session, reg::risks, "EXT-1");
    const auto& risks = session->catalogue().get(reg::risks);
    CHECK(ext1.integer(risks, "inherent_likelihood") == 4);
    CHECK(ext1.integer(risks, "inherent_impact") == 3);
}

TEST_CASE("An import that updates and adds assets is one undo step, and redo puts it all back", "[import][mapping]")
{
    test::DemoFile demo;
    auto session = demo.open();
    QTemporaryDir dir;
    const auto& risks = session->catalogue().get(reg::risks);
    const Record before = test::recordByRef(*session, reg::risks, "R-001");
    const auto assetsBefore = countOf(*session, reg::assets);
    const auto risksBefore = countOf(*session, reg::risks);
    const QString csv = writeTemp(dir, QStringLiteral("risks.csv"),
                                  "ref;name;residual_proba;assets\n"
                                  "R-001;A renamed first risk;Rare;Customer payroll database|Shadow IT spreadsheet\n"
                                  "R.900;A new scenario;Likely;Shadow IT spreadsheet\n");
    ImportCsvDialog dialog(*session, csv, "risks");
    dialog.setRegisterKey("risks");
    CHECK(dialog.problems().join(QLatin1Char('\n')).contains(QStringLiteral("R-001 already exists")));
    dialog.setUpdate(true);
    CHECK(dialog.problems().join(QLatin1Char('\n')).contains(QStringLiteral("no asset 'Shadow IT spreadsheet'")));
    dialog.setCreateMissing(true);
    REQUIRE(dialog.importButton()->isEnabled());
    CHECK(dialog.importButton()->text() == QStringLiteral("&Import and Update"));
    CHECK(dialog.summaryText().contains(QStringLiteral("1 asset the file names will be added.")));

    const int undoBefore = session->undoStack()->count();
    REQUIRE(dialog.importNow());
    CHECK(session->undoStack()->count() == undoBefore + 1);
    CHECK(dialog.importSummary().updatedRefs == std::vector<std::string>{"R-001"});
    CHECK(dialog.importSummary().refs == std::vector<std::string>{"R.900"});
    REQUIRE(dialog.importSummary().createdRefs.size() == 1);
    const Record updated = test::recordByRef(*session, reg::risks, "R-001");
    CHECK(updated.text(risks, "title") == "A renamed first risk");
    CHECK(updated.integer(risks, "residual_likelihood") == 1);
    CHECK(countOf(*session, reg::assets) == assetsBefore + 1);
    CHECK(countOf(*session, reg::risks) == risksBefore + 1);
    auto linksAfter = session->file().links(std::string(reg::risks), updated.id);
    REQUIRE(linksAfter);

    session->undoStack()->undo();
    const Record undone = test::recordByRef(*session, reg::risks, "R-001");
    CHECK(undone.values == before.values);
    CHECK(countOf(*session, reg::assets) == assetsBefore);
    CHECK(countOf(*session, reg::risks) == risksBefore);
    auto check = session->file().check();
    REQUIRE(check);
    CHECK(check->healthy());

    session->undoStack()->redo();
    CHECK(test::recordByRef(*session, reg::risks, "R-001").values == updated.values);
    CHECK(countOf(*session, reg::assets) == assetsBefore + 1);
    CHECK(countOf(*session, reg::risks) == risksBefore + 1);
    auto linksRedone = session->file().links(std::string(reg::risks), updated.id);
    REQUIRE(linksRedone);
    CHECK(linksRedone->size() == linksAfter->size());
    auto healthy = session->file().check();
    REQUIRE(healthy);
    CHECK(healthy->healthy());
}

// For the user guide (scripts/screenshots.sh runs it): the dialog on CISO Assistant's export,
// with missing assets to be added, and its Columns page.
TEST_CASE("a picture of the import dialog", "[.shots]")
{
    test::DemoFile demo;
    auto session = demo.open();
    ImportCsvDialog dialog(*session, QStringLiteral(ISMS_TEST_DATA_DIR "/import/ciso-assistant-risks.xlsx"), "risks");
    dialog.setRegisterKey("risks");
    dialog.setCreateMissing(true);
    dialog.resize(960, 560);
    dialog.show();
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    const QString dir = qEnvironmentVariable("ISMS_SHOTS_DIR", QDir::tempPath());
    REQUIRE(dialog.grab().save(QDir(dir).filePath(QStringLiteral("import_dialog.png")), "PNG"));
    dialog.findChild<QTabWidget*>(QStringLiteral("pages"))->setCurrentIndex(1);
    QCoreApplication::processEvents();
    REQUIRE(dialog.grab().save(QDir(dir).filePath(QStringLiteral("import_dialog_columns.png")), "PNG"));
}
