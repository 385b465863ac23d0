// The form always shows the register's current row, or nothing: a record that leaves the view
// (filtered out, deleted, its insertion undone) never stays in the form where it could be edited
// by mistake.

#include "app_fixture.h"
#include "window_fixture.h"

#include "app/detail/detail_pane.h"
#include "app/dialogs/message_presenter.h"
#include "app/form/field_editor.h"
#include "app/form/record_form.h"
#include "app/models/register_table_model.h"
#include "app/settings/app_settings.h"
#include "app/views/register_view.h"
#include "app/window/document_workspace.h"
#include "app/window/main_window.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

using namespace isms;
using namespace isms::app;

namespace {
struct Window : test::DemoWindow {
    Window() { openDemo(); }
};

// The form shows the view's current record, and that record is one of the rows (or nothing).
void checkFormFollowsView(DocumentWorkspace* ws)
{
    RegisterView* view = ws->currentRegisterView();
    REQUIRE(view != nullptr);
    const RecordId shown = ws->detail()->recordId();
    CHECK(shown == view->currentId());
    CHECK(ws->detail()->form()->recordId() == shown);
    if (shown != 0)
        CHECK(view->model()->rowOf(shown) >= 0);
}

void typeFilter(RegisterView* view, const QString& text)
{
    view->filterBox()->setText(text);
    QTest::keyClick(view->filterBox(), Qt::Key_Return);
}
} // namespace

TEST_CASE("filtering out the selected record takes it out of the form", "[window][selection]")
{
    Window w;
    DocumentSession& session = w.window.session()[0];
    const RegisterDef& controls = session.catalogue().get(reg::controls);
    const Record hidden = test::recordByRef(session, reg::controls, "A.5.8");
    const Record wanted = test::recordByRef(session, reg::controls, "A.5.17");
    w.ws()->showRecord(QStringLiteral("controls"), hidden.id);
    RegisterView* view = w.ws()->currentRegisterView();
    REQUIRE(w.ws()->detail()->recordId() == hidden.id);

    typeFilter(view, QStringLiteral("A.5.17"));
    REQUIRE(view->model()->rowOf(hidden.id) < 0);
    REQUIRE(view->model()->rowOf(wanted.id) >= 0);
    checkFormFollowsView(w.ws());
    CHECK(w.ws()->detail()->recordId() != hidden.id);

    // Whatever the form shows now, an edit in it never reaches the hidden record.
    const std::string before = hidden.text(controls, "justification");
    if (FieldEditor* editor = w.ws()->detail()->form()->editor("justification")) {
        editor->setValue(Value{std::string("Typed after filtering")});
        emit editor->edited();
    }
    CHECK(session.file().get(controls, hidden.id)->text(controls, "justification") == before);

    // Clearing the filter keeps the record the user now looks at.
    const RecordId current = view->currentId();
    typeFilter(view, {});
    CHECK(view->currentId() == current);
    checkFormFollowsView(w.ws());
}

TEST_CASE("a filter that matches nothing empties the form", "[window][selection]")
{
    Window w;
    const Record risk = test::recordByRef(*w.window.session(), reg::risks, "R-004");
    w.ws()->showRecord(QStringLiteral("risks"), risk.id);
    RegisterView* view = w.ws()->currentRegisterView();
    typeFilter(view, QStringLiteral("no record says this zqxj"));
    REQUIRE(view->model()->rowCount() == 0);
    CHECK(w.ws()->detail()->recordId() == 0);
    CHECK(w.ws()->detail()->form()->recordId() == 0);
    checkFormFollowsView(w.ws());
}

TEST_CASE("a column filter that hides the selected record takes it out of the form", "[window][selection]")
{
    Window w;
    DocumentSession& session = *w.window.session();
    const Record risk = test::recordByRef(session, reg::risks, "R-006");
    w.ws()->showRecord(QStringLiteral("risks"), risk.id);
    RegisterView* view = w.ws()->currentRegisterView();
    view->model()->setColumnFilter(view->model()->columnOf("title"), QStringLiteral("phishing"));
    REQUIRE(view->model()->rowOf(risk.id) < 0);
    REQUIRE(view->model()->rowCount() > 0);
    checkFormFollowsView(w.ws());
    CHECK(w.ws()->detail()->recordId() != risk.id);
}

TEST_CASE("undoing an insertion or deleting moves the form to the new current row", "[window][selection]")
{
    Window w;
    DocumentSession& session = *w.window.session();
    w.ws()->showRegister(QStringLiteral("risks"));
    RegisterView* view = w.ws()->currentRegisterView();

    w.window.actions().add->trigger();
    const RecordId added = view->currentId();
    REQUIRE(added != 0);
    REQUIRE(w.ws()->detail()->recordId() == added);
    session.undoStack()->undo();
    REQUIRE(view->model()->rowOf(added) < 0);
    checkFormFollowsView(w.ws());
    CHECK(w.ws()->detail()->recordId() != added);

    const Record doomed = test::recordByRef(session, reg::risks, "R-010");
    w.ws()->showRecord(QStringLiteral("risks"), doomed.id);
    w.messages.scriptAnswers({true});
    REQUIRE(view->deleteCurrent());
    checkFormFollowsView(w.ws());
    CHECK(w.ws()->detail()->recordId() != doomed.id);
    CHECK(w.ws()->detail()->recordId() != 0);  // the next record took its place
}

TEST_CASE("sorting keeps the selected record in the form and in view", "[window][selection]")
{
    Window w;
    const Record risk = test::recordByRef(*w.window.session(), reg::risks, "R-012");
    w.ws()->showRecord(QStringLiteral("risks"), risk.id);
    RegisterView* view = w.ws()->currentRegisterView();
    view->table()->sortByColumn(view->model()->columnOf("title"), Qt::DescendingOrder);
    CHECK(view->currentId() == risk.id);
    CHECK(w.ws()->detail()->recordId() == risk.id);
    checkFormFollowsView(w.ws());
}
