#include "app_fixture.h"
#include "window_fixture.h"

#include "app/dashboard/dashboard_view.h"
#include "app/detail/detail_pane.h"
#include "app/detail/history_panel.h"
#include "app/form/field_editor.h"
#include "app/form/record_form.h"
#include "app/detail/links_panel.h"
#include "app/dialogs/message_presenter.h"
#include "app/models/register_table_model.h"
#include "app/settings/app_settings.h"
#include "app/views/register_view.h"
#include "app/window/document_workspace.h"
#include "app/window/main_window.h"
#include "app/window/navigation_tree.h"
#include "app/window/quick_open.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

using namespace isms;
using namespace isms::app;

namespace {
struct Window : test::DemoWindow {};
} // namespace

TEST_CASE("the window opens a file with its title, navigation and status", "[window]")
{
    Window w;
    REQUIRE(w.window.openFile(w.demo.path, false));
    REQUIRE(w.window.session() != nullptr);
    // The counts and the dashboard are read on another thread while the window shows.
    REQUIRE(test::waitUntil([&] { return !w.window.workspace()->summariesPending(); }));
    CHECK(w.window.windowTitle()
          == QStringLiteral("Fernbrook Analytics Ltd \u2014 demo.isms"));
    CHECK_FALSE(w.window.readOnlyBanner()->isVisibleTo(&w.window));
    CHECK(w.window.statusLabel()->text().contains(QStringLiteral("overdue")));
    CHECK(w.settings.recentFiles().first().path == w.demo.path);

    NavigationTree* nav = w.window.workspace()->navigation();
    CHECK(nav->topLevelItem(0)->text(0) == QStringLiteral("Dashboard"));
    CHECK(nav->topLevelItem(1)->text(0) == QStringLiteral("4 Context"));
    CHECK(nav->topLevelItem(7)->text(0) == QStringLiteral("10 Improvement"));
    QTreeWidgetItem* risks = nav->itemFor(QStringLiteral("risks"));
    REQUIRE(risks != nullptr);
    const auto count = w.window.session()->file().count(
        w.window.session()->catalogue().get(reg::risks));
    CHECK(risks->text(1).startsWith(QString::number(*count)));
    // The demo has overdue risk reviews: the badge says so with a sign, not only colour.
    CHECK(risks->text(1).contains(QStringLiteral("\u26a0")));
    CHECK(w.messages.calls().empty());

    // Overdue records are marked in their register: red, a warning sign and what is due.
    w.window.workspace()->showRegister(QStringLiteral("risks"));
    RegisterTableModel* model = w.window.workspace()->currentRegisterView()->model();
    int marked = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex ref = model->index(row, 0);
        if (!model->isOverdue(model->idAt(row)))
            continue;
        ++marked;
        CHECK(ref.data(Qt::DecorationRole).isValid());
        CHECK(ref.data(Qt::ForegroundRole).isValid());
        CHECK(ref.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Overdue")));
    }
    CHECK(marked == w.window.workspace()->overdueByRegister().at("risks"));
    CHECK(marked > 0);
}

TEST_CASE("the first summary is read beside the window and equals one read directly", "[window][dashboard]")
{
    Window w;
    REQUIRE(w.window.openFile(w.demo.path, false));
    DocumentWorkspace* ws = w.window.workspace();
    // Just opened: the dashboard is blank rather than empty-looking, and says nothing yet.
    if (ws->summariesPending()) {
        CHECK_FALSE(ws->dashboard()->summary().has_value());
        CHECK(ws->dashboard()->errorText().isEmpty());
    }
    REQUIRE(test::waitUntil([&] { return !ws->summariesPending(); }));
    REQUIRE(ws->dashboard()->summary().has_value());
    const auto background = *ws->dashboard()->summary();
    const auto backgroundCounts = ws->recordsByRegister();
    const auto backgroundOverdue = ws->overdueByRegister();

    ws->refreshSummaries();  // the same, read through the file on this thread
    const auto direct = *ws->dashboard()->summary();
    CHECK(ws->recordsByRegister() == backgroundCounts);
    CHECK(ws->overdueByRegister() == backgroundOverdue);
    CHECK(background.organisation == direct.organisation);
    CHECK(background.openRisks == direct.openRisks);
    CHECK(background.due.overdue.size() == direct.due.overdue.size());
    CHECK(background.due.dueSoon.size() == direct.due.dueSoon.size());
    CHECK(background.riskFlags.size() == direct.riskFlags.size());
    CHECK(background.soaInconsistencies.size() == direct.soaInconsistencies.size());
    CHECK(backgroundCounts.at("risks") > 0);
}

TEST_CASE("an edit made before the first summary arrives is not overwritten by it", "[window][dashboard]")
{
    Window w;
    REQUIRE(w.window.openFile(w.demo.path, false));
    DocumentWorkspace* ws = w.window.workspace();
    DocumentSession& session = *w.window.session();
    const RegisterDef& risks = session.catalogue().get(reg::risks);
    const auto before = session.file().count(risks).value();
    Record added = Record::blank(risks);
    added.set(risks, "title", std::string("Added before the dashboard was read"));
    REQUIRE(session.file().insert(risks, added).ok());
    ws->refreshSummaries();  // what the debounced refresh after an edit does
    CHECK(ws->recordsByRegister().at("risks") == before + 1);
    // The background read saw the file as opened; its late result must be dropped.
    QTest::qWait(300);
    CHECK(ws->recordsByRegister().at("risks") == before + 1);
    CHECK_FALSE(ws->summariesPending());
}

TEST_CASE("Enter on a cell takes the keyboard to that field of the form", "[window]")
{
    Window w;
    REQUIRE(w.window.openFile(w.demo.path, false));
    DocumentWorkspace* ws = w.window.workspace();
    const Record r = test::recordByRef(*w.window.session(), reg::risks, "R-002");
    ws->showRecord(QStringLiteral("risks"), r.id);
    RegisterView* view = ws->currentRegisterView();
    w.window.show();
    QApplication::setActiveWindow(&w.window);
    REQUIRE(QTest::qWaitForWindowActive(&w.window));
    const int column = view->model()->columnOf("title");
    view->table()->setCurrentIndex(view->model()->index(view->model()->rowOf(r.id), column));
    view->table()->setFocus();
    QTest::keyClick(view->table(), Qt::Key_Return);
    FieldEditor* title = ws->detail()->form()->editor("title");
    REQUIRE(title != nullptr);
    CHECK(title->isAncestorOf(QApplication::focusWidget()));
}

TEST_CASE("following a link, then Back and Forward", "[window][links]")
{
    Window w;
    REQUIRE(w.window.openFile(w.demo.path, false));
    DocumentWorkspace* ws = w.window.workspace();
    const Record r1 = test::recordByRef(*w.window.session(), reg::risks, "R-001");
    ws->showRecord(QStringLiteral("risks"), r1.id);
    CHECK(ws->location() == Location{QStringLiteral("risks"), r1.id});
    CHECK(ws->detail()->recordId() == r1.id);
    CHECK(ws->detail()->history()->tree()->topLevelItemCount() >= 1);

    QListWidget* links = ws->detail()->links()->list();
    REQUIRE(links->count() >= 1);
    QListWidgetItem* first = links->item(0);
    const QRect rect = links->visualItemRect(first);
    w.window.show();
    QTest::mouseClick(links->viewport(), Qt::LeftButton, {}, rect.center());
    const Location there = ws->location();
    CHECK(there.registerKey != QStringLiteral("risks"));
    CHECK(ws->detail()->recordId() == there.id);
    CHECK(ws->currentRegisterView()->registerDef().key == there.registerKey.toStdString());

    w.window.actions().back->trigger();
    CHECK(ws->location() == Location{QStringLiteral("risks"), r1.id});
    CHECK(ws->detail()->recordId() == r1.id);
    w.window.actions().forward->trigger();
    CHECK(ws->location() == there);
    CHECK(w.window.actions().back->shortcuts().contains(QKeySequence(Qt::ALT | Qt::Key_Left)));
}

TEST_CASE("filter box, quick open and add through the window", "[window]")
{
    Window w;
    REQUIRE(w.window.openFile(w.demo.path, false));
    DocumentWorkspace* ws = w.window.workspace();
    ws->showRegister(QStringLiteral("risks"));
    RegisterView* view = ws->currentRegisterView();
    REQUIRE(view != nullptr);
    const int all = view->model()->rowCount();

    w.window.actions().find->trigger();
    view->filterBox()->setText(QStringLiteral("laptop"));
    QTest::keyClick(view->filterBox(), Qt::Key_Return);
    CHECK(view->model()->rowCount() >= 1);
    CHECK(view->model()->rowCount() < all);

    QuickOpen popup(*w.window.session(), {});
    popup.searchBox()->setText(QStringLiteral("R-003"));
    popup.search();
    REQUIRE(popup.results()->count() >= 1);
    CHECK(popup.results()->item(0)->text().startsWith(QStringLiteral("R-003")));

    // Add in the register context: a new record, selected, undoable.
    view->filterBox()->clear();
    QTest::keyClick(view->filterBox(), Qt::Key_Return);
    const std::int64_t before = view->model()->totalCount();
    REQUIRE(w.window.actions().add->isEnabled());
    w.window.actions().add->trigger();
    CHECK(view->model()->totalCount() == before + 1);
    CHECK(view->currentId() != 0);
    CHECK(ws->detail()->recordId() == view->currentId());
    CHECK(w.messages.calls().empty());
    // Every register can be added to from an empty start, or says what to add first.
    for (const auto& def : w.window.session()->catalogue().registers()) {
        ws->showRegister(QString::fromStdString(def.key));
        const std::int64_t count = ws->currentRegisterView()->model()->totalCount();
        w.window.actions().add->trigger();
        const bool added = ws->currentRegisterView()->model()->totalCount() == count + 1;
        CHECK((added || w.messages.count(RecordingPresenter::Kind::Error) > 0));
        INFO(def.key);
        CHECK(added);
    }
    ws->showRegister(QStringLiteral("risks"));
    while (w.window.session()->undoStack()->canUndo())
        w.window.actions().undo->trigger();
    CHECK(view->model()->totalCount() == before);
}

TEST_CASE("delete asks once and can be undone", "[window]")
{
    Window w;
    REQUIRE(w.window.openFile(w.demo.path, false));
    DocumentWorkspace* ws = w.window.workspace();
    const Record r = test::recordByRef(*w.window.session(), reg::risks, "R-005");
    ws->showRecord(QStringLiteral("risks"), r.id);
    RegisterView* view = ws->currentRegisterView();

    w.messages.scriptAnswers({false});
    CHECK_FALSE(view->deleteCurrent());
    CHECK(w.window.session()->file().get(view->registerDef(), r.id).ok());

    w.messages.scriptAnswers({true});
    w.window.show();
    QApplication::setActiveWindow(&w.window);
    REQUIRE(QTest::qWaitForWindowActive(&w.window));
    view->table()->setFocus();
    QTest::keyClick(view->table(), Qt::Key_Delete);
    CHECK(w.messages.count(RecordingPresenter::Kind::Confirm) == 2);
    CHECK_FALSE(w.window.session()->file().get(view->registerDef(), r.id).ok());
    w.window.session()->undoStack()->undo();
    CHECK(w.window.session()->file().get(view->registerDef(), r.id).ok());
}

TEST_CASE("the history pane shows who changed what, before and after", "[window][history]")
{
    Window w;
    w.settings.setAuthorName(QStringLiteral("Tester"));  // recorded as the author of changes
    REQUIRE(w.window.openFile(w.demo.path, false));
    DocumentWorkspace* ws = w.window.workspace();
    DocumentSession& session = *w.window.session();
    const RegisterDef& risks = session.catalogue().get(reg::risks);
    const Record r = test::recordByRef(session, reg::risks, "R-006");
    ws->showRecord(QStringLiteral("risks"), r.id);
    const int row = ws->currentRegisterView()->model()->rowOf(r.id);
    RegisterTableModel* model = ws->currentRegisterView()->model();
    REQUIRE(model->setData(model->index(row, model->columnOf("status")), QStringLiteral("closed"),
                           Qt::EditRole));
    QTreeWidget* history = ws->detail()->history()->tree();
    REQUIRE(history->topLevelItemCount() >= 2);
    QTreeWidgetItem* newest = history->topLevelItem(0);
    CHECK(newest->text(1) == QStringLiteral("Tester"));
    const QString before = QString::fromStdString(risks.field("status")->option(
        r.text(risks, "status"))->label);
    CHECK(newest->text(2) == QStringLiteral("Status: %1 \u2192 Closed").arg(before));
    CHECK_FALSE(newest->text(0).isEmpty());
}

TEST_CASE("Delete typed in a form field never removes the record", "[window]")
{
    Window w;
    REQUIRE(w.window.openFile(w.demo.path, false));
    DocumentWorkspace* ws = w.window.workspace();
    const Record r = test::recordByRef(*w.window.session(), reg::risks, "R-007");
    ws->showRecord(QStringLiteral("risks"), r.id);
    w.window.show();
    QApplication::setActiveWindow(&w.window);
    REQUIRE(QTest::qWaitForWindowActive(&w.window));
    w.messages.setDefaultAnswer(true);
    QWidget* combo = ws->detail()->form()->editor("treatment");
    combo->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete);
    CHECK(w.messages.count(RecordingPresenter::Kind::Confirm) == 0);
    CHECK(w.window.session()->file().get(ws->currentRegisterView()->registerDef(), r.id).ok());
}
