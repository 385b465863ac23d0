#include "app_fixture.h"

#include "app/dialogs/message_presenter.h"
#include "app/pages/methodology/methodology_editor.h"
#include "app/settings/app_settings.h"
#include "app/window/document_workspace.h"
#include "app/window/main_window.h"
#include "app/window/navigation_tree.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

using namespace isms;
using namespace isms::app;

namespace {

Methodology stored(DocumentSession& session)
{
    auto m = session.file().methodology();
    if (!m)
        throw std::runtime_error(m.error().message);
    return m.value();
}

// A risk whose residual likelihood and impact are assessed (the demo has several).
Record assessedRisk(DocumentSession& session)
{
    const RegisterDef& risks = session.catalogue().get(reg::risks);
    auto all = session.file().list(risks);
    if (!all)
        throw std::runtime_error(all.error().message);
    for (const Record& risk : *all)
        if (risk.integer(risks, "residual_likelihood") > 0 && risk.integer(risks, "residual_impact") > 0)
            return risk;
    throw std::runtime_error("no assessed risk in the demo");
}

QTableWidgetItem* matrixCell(MethodologyEditor& editor, int likelihood, int impact)
{
    // Highest likelihood is the top row.
    QTableWidget* table = editor.matrixTable();
    return table->item(table->rowCount() - likelihood, impact - 1);
}

} // namespace

TEST_CASE("applying an edited methodology re-evaluates risks and undo restores it",
          "[methodology][undo]")
{
    test::DemoFile demo;
    auto session = demo.open();
    const RegisterDef& risks = session->catalogue().get(reg::risks);
    const Methodology before = stored(*session);
    const Record risk = assessedRisk(*session);
    const int rl = static_cast<int>(risk.integer(risks, "residual_likelihood"));
    const int ri = static_cast<int>(risk.integer(risks, "residual_impact"));
    const Value levelBefore = risk.get(risks, "residual_level");
    REQUIRE(levelBefore == Value(std::int64_t{before.score(rl, ri)}));

    MethodologyEditor editor(*session);
    CHECK(editor.likelihoodTable()->item(0, 0)->text() == QString::fromStdString(before.likelihood[0].label));
    CHECK_FALSE(editor.applyButton()->isEnabled());

    editor.likelihoodTable()->item(0, 0)->setText(QStringLiteral("Hardly ever"));
    // The grid's row of likelihood 1 (the bottom row) is renamed as it is typed.
    QTableWidget* grid = editor.matrixTable();
    CHECK(grid->verticalHeaderItem(grid->rowCount() - 1)->text().contains(QStringLiteral("Hardly ever")));
    CHECK(editor.message()->text().contains(QStringLiteral("No risk changes level")));
    editor.acceptableMaxScore()->setValue(before.acceptableMaxScore + 1);
    // Above every band's lowest level, so the risk moves to the top band and beyond the threshold.
    const int newScore = before.score(rl, ri) + 40;
    matrixCell(editor, rl, ri)->setData(Qt::EditRole, newScore);

    CHECK(editor.applyButton()->isEnabled());
    CHECK(editor.message()->text().contains(QStringLiteral("changes the level of")));
    editor.applyButton()->click();

    const Methodology after = stored(*session);
    CHECK(after.likelihood[0].label == "Hardly ever");
    CHECK(after.acceptableMaxScore == before.acceptableMaxScore + 1);
    CHECK(after.score(rl, ri) == newScore);
    const Record reevaluated = session->file().get(risks, risk.id).value();
    CHECK(reevaluated.get(risks, "residual_level") == Value(std::int64_t{newScore}));
    // The session's methodology (which level cells and flags read) follows the file.
    CHECK_FALSE(session->methodology().acceptable(newScore));
    CHECK(session->methodology().band(newScore) == &session->methodology().bands.back());
    REQUIRE(session->undoStack()->count() == 1);
    // The page shows the file's methodology again: nothing left to apply.
    CHECK_FALSE(editor.applyButton()->isEnabled());

    session->undoStack()->undo();
    const Methodology restored = stored(*session);
    CHECK(restored.likelihood[0].label == before.likelihood[0].label);
    CHECK(restored.acceptableMaxScore == before.acceptableMaxScore);
    CHECK(restored.matrix == before.matrix);
    CHECK(session->file().get(risks, risk.id).value().get(risks, "residual_level") == levelBefore);
    // The change notification refreshed the page.
    CHECK(editor.likelihoodTable()->item(0, 0)->text() == QString::fromStdString(before.likelihood[0].label));
    CHECK(matrixCell(editor, rl, ri)->data(Qt::EditRole).toInt() == before.score(rl, ri));
}

TEST_CASE("an invalid methodology is explained inline and cannot be applied", "[methodology]")
{
    test::DemoFile demo;
    auto session = demo.open();
    MethodologyEditor editor(*session);
    QTableWidget* bands = editor.bandsTable();
    REQUIRE(bands->rowCount() >= 2);

    bands->item(0, 2)->setText(QStringLiteral("green"));
    CHECK_FALSE(editor.applyButton()->isEnabled());
    CHECK(editor.message()->text().contains(QStringLiteral("#RRGGBB")));
    // No swatch for a colour that cannot be read; a hex colour gets one again.
    CHECK_FALSE(bands->item(0, 2)->data(Qt::DecorationRole).isValid());
    bands->item(0, 2)->setText(QStringLiteral("#336699"));
    CHECK(bands->item(0, 2)->data(Qt::DecorationRole).value<QColor>() == QColor(0x33, 0x66, 0x99));
    CHECK(editor.applyButton()->isEnabled());

    editor.revertButton()->click();
    CHECK_FALSE(editor.revertButton()->isEnabled());
    bands->item(1, 1)->setData(Qt::EditRole, bands->item(0, 1)->data(Qt::EditRole).toInt());
    CHECK_FALSE(editor.applyButton()->isEnabled());
    CHECK(editor.message()->text().contains(QStringLiteral("ascending")));

    const Methodology before = stored(*session);
    editor.apply();  // refused, as the disabled button says
    CHECK(session->undoStack()->count() == 0);
    CHECK(stored(*session).bands[1].minScore == before.bands[1].minScore);
}

TEST_CASE("resizing the scales keeps labels and fills new cells", "[methodology]")
{
    test::DemoFile demo;
    auto session = demo.open();
    const Methodology before = stored(*session);
    REQUIRE(before.likelihood.size() == 5);
    MethodologyEditor editor(*session);

    editor.likelihoodLevels()->setValue(4);
    editor.impactLevels()->setValue(4);
    Methodology m = editor.edited();
    CHECK(m.likelihood.size() == 4);
    CHECK(m.impact.size() == 4);
    CHECK(m.matrix.size() == 16);
    CHECK(m.validate().ok());
    CHECK(m.likelihood[3].label == before.likelihood[3].label);
    CHECK(m.score(3, 2) == before.score(3, 2));
    CHECK(editor.matrixTable()->rowCount() == 4);
    CHECK(editor.matrixTable()->columnCount() == 4);

    editor.likelihoodLevels()->setValue(6);
    m = editor.edited();
    CHECK(m.likelihood.size() == 6);
    CHECK(m.likelihood[3].label == before.likelihood[3].label);  // kept through both resizes
    CHECK_FALSE(m.likelihood[5].label.empty());
    CHECK(m.score(6, 4) == 24);
    CHECK(m.validate().ok());

    editor.likelihoodLevels()->setValue(4);
    editor.applyButton()->click();
    const Methodology after = stored(*session);
    CHECK(after.likelihood.size() == 4);
    CHECK(after.impact.size() == 4);
    CHECK(after.matrix.size() == 16);
}

TEST_CASE("a read-only session shows the methodology and cannot change it",
          "[methodology][readonly]")
{
    test::DemoFile demo;
    const QByteArray fingerprint = demo.fingerprint();
    {
        auto session = demo.open(true);
        MethodologyEditor editor(*session);
        CHECK(editor.applyButton()->isHidden());
        CHECK_FALSE(editor.likelihoodTable()->isEnabled());
        CHECK_FALSE(editor.bandsTable()->isEnabled());
        CHECK_FALSE(editor.acceptableMaxScore()->isEnabled());
        CHECK_FALSE(editor.acceptanceCriteria()->isEnabled());

        editor.acceptableMaxScore()->setValue(editor.acceptableMaxScore()->value() + 3);
        CHECK_FALSE(editor.applyButton()->isEnabled());
        editor.apply();
        CHECK(session->undoStack()->count() == 0);
    }
    CHECK(demo.fingerprint() == fingerprint);
}

TEST_CASE("the navigation opens the methodology page and Back returns", "[methodology][window]")
{
    test::DemoFile demo;
    RecordingPresenter messages;
    AppSettings settings{demo.dir.filePath(QStringLiteral("settings.ini"))};
    MainWindow window{messages, settings, demo.clock};
    REQUIRE(window.openFile(demo.path, false));
    DocumentWorkspace* ws = window.workspace();

    QTreeWidgetItem* entry = ws->navigation()->itemFor(MethodologyEditor::pageKey());
    REQUIRE(entry != nullptr);
    CHECK(entry->parent()->text(0) == QStringLiteral("6 Planning"));
    ws->showRegister(QStringLiteral("risks"));
    ws->navigation()->setCurrentItem(entry);  // what a click does
    CHECK(ws->location().registerKey == MethodologyEditor::pageKey());
    CHECK(ws->methodologyEditor()->isVisibleTo(ws));

    ws->goBack();
    CHECK(ws->location().registerKey == QStringLiteral("risks"));
    ws->goForward();
    CHECK(ws->location().registerKey == MethodologyEditor::pageKey());
}
