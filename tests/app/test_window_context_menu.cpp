// The register table's context menu: Open, Duplicate, Delete, Copy Reference, Copy as Text and
// Follow Link, each doing what its Edit-menu twin does (same confirmation, same undo).

#include "app_fixture.h"
#include "window_fixture.h"

#include "app/detail/detail_pane.h"
#include "app/dialogs/message_presenter.h"
#include "app/form/field_editor.h"
#include "app/form/record_form.h"
#include "app/models/register_table_model.h"
#include "app/session/record_labels.h"
#include "app/settings/app_settings.h"
#include "app/views/record_context_menu.h"
#include "app/views/register_view.h"
#include "app/window/document_workspace.h"
#include "app/window/main_window.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

#include <memory>

using namespace isms;
using namespace isms::app;

namespace {
struct Window : test::DemoWindow {
    explicit Window(bool readOnly = false) { openDemo(readOnly); }

    // The view of `registerKey` showing `ref`, and its context menu.
    std::unique_ptr<QMenu> menuFor(std::string_view registerKey, const std::string& ref)
    {
        const Record r = test::recordByRef(session(), registerKey, ref);
        ws()->showRecord(QString::fromUtf8(registerKey.data(), int(registerKey.size())), r.id);
        return std::unique_ptr<QMenu>(ws()->currentRegisterView()->createContextMenu(&window));
    }
};

QAction* entry(QMenu& menu, const char* name)
{
    for (QAction* action : menu.actions())
        if (action->objectName() == QLatin1String(name)
            || (action->menu() && action->menu()->objectName() == QLatin1String(name)))
            return action;
    return nullptr;
}
} // namespace

TEST_CASE("the context menu has the record verbs, writable or not", "[window][contextmenu]")
{
    {
        Window w;
        auto menu = w.menuFor(reg::risks, "R-002");
        REQUIRE(menu != nullptr);
        for (const char* name : {"open", "duplicate", "delete", "copyRef", "copyText", "followLinks"}) {
            INFO(name);
            REQUIRE(entry(*menu, name) != nullptr);
            CHECK(entry(*menu, name)->isEnabled());
        }
        // The keys of the Edit menu are shown beside their twins.
        CHECK(entry(*menu, "duplicate")->shortcut() == w.window.actions().duplicate->shortcut());
        CHECK(entry(*menu, "delete")->shortcut() == w.window.actions().remove->shortcut());
    }
    {
        Window w(true);
        auto menu = w.menuFor(reg::risks, "R-002");
        REQUIRE(menu != nullptr);
        CHECK_FALSE(entry(*menu, "duplicate")->isEnabled());
        CHECK_FALSE(entry(*menu, "delete")->isEnabled());
        CHECK(entry(*menu, "copyRef")->isEnabled());
        CHECK(entry(*menu, "copyText")->isEnabled());
        CHECK(entry(*menu, "followLinks")->isEnabled());
        const QByteArray before = w.demo.fingerprint();
        entry(*menu, "duplicate")->trigger();  // disabled: does nothing
        CHECK(w.demo.fingerprint() == before);
    }
}

TEST_CASE("no row, no menu", "[window][contextmenu]")
{
    Window w;
    w.ws()->showRegister(QStringLiteral("risks"));
    RegisterView* view = w.ws()->currentRegisterView();
    view->table()->setCurrentIndex({});
    CHECK(std::unique_ptr<QMenu>(view->createContextMenu(&w.window)) == nullptr);
}

TEST_CASE("context menu: Open takes the keyboard into the form", "[window][contextmenu]")
{
    Window w;
    w.window.show();
    QApplication::setActiveWindow(&w.window);
    REQUIRE(QTest::qWaitForWindowActive(&w.window));
    auto menu = w.menuFor(reg::risks, "R-003");
    w.ws()->currentRegisterView()->table()->setFocus();
    entry(*menu, "open")->trigger();
    FieldEditor* title = w.ws()->detail()->form()->editor("title");
    REQUIRE(title != nullptr);
    CHECK(title->isAncestorOf(QApplication::focusWidget()));
}

TEST_CASE("context menu: Duplicate adds a copy under a new ref, dated today, undoably", "[window][contextmenu]")
{
    Window w;
    DocumentSession& session = w.session();
    const RegisterDef& measurements = session.catalogue().get(reg::measurements);
    auto all = session.file().list(measurements);
    REQUIRE(all.ok());
    REQUIRE_FALSE(all->empty());
    const Record original = all->front();
    REQUIRE(original.date(measurements, "date") != session.clock().today());
    auto menu = w.menuFor(reg::measurements, original.ref);
    const auto before = session.file().count(measurements).value();

    entry(*menu, "duplicate")->trigger();
    REQUIRE(session.file().count(measurements).value() == before + 1);
    RegisterView* view = w.ws()->currentRegisterView();
    const RecordId copyId = view->currentId();
    REQUIRE(copyId != original.id);
    CHECK(w.ws()->detail()->recordId() == copyId);  // the copy is where the user looks
    const Record copy = session.file().get(measurements, copyId).value();
    CHECK(copy.ref != original.ref);
    CHECK_FALSE(copy.ref.empty());
    CHECK(copy.date(measurements, "date") == session.clock().today());
    for (std::size_t i = 0; i < measurements.fields.size(); ++i) {
        if (measurements.fields[i].key == "date")
            continue;
        INFO(measurements.fields[i].key);
        CHECK(copy.values[i] == original.values[i]);
    }
    session.undoStack()->undo();
    CHECK(session.file().count(measurements).value() == before);
    CHECK_FALSE(session.file().get(measurements, copyId).ok());
}

TEST_CASE("context menu: Delete asks once, removes undoably, and No keeps the record", "[window][contextmenu]")
{
    Window w;
    DocumentSession& session = w.session();
    const RegisterDef& risks = session.catalogue().get(reg::risks);
    const Record r = test::recordByRef(session, reg::risks, "R-008");
    auto menu = w.menuFor(reg::risks, "R-008");

    w.messages.scriptAnswers({false});
    entry(*menu, "delete")->trigger();
    CHECK(w.messages.count(RecordingPresenter::Kind::Confirm) == 1);
    CHECK(session.file().get(risks, r.id).ok());

    w.messages.scriptAnswers({true});
    entry(*menu, "delete")->trigger();
    CHECK(w.messages.count(RecordingPresenter::Kind::Confirm) == 2);
    CHECK_FALSE(session.file().get(risks, r.id).ok());
    CHECK(session.undoStack()->undoText().contains(QStringLiteral("R-008")));
    session.undoStack()->undo();
    CHECK(session.file().get(risks, r.id).ok());
}

TEST_CASE("context menu: Copy Reference and Copy as Text", "[window][contextmenu]")
{
    Window w;
    DocumentSession& session = w.session();
    const RegisterDef& risks = session.catalogue().get(reg::risks);
    const Record r = test::recordByRef(session, reg::risks, "R-004");
    auto menu = w.menuFor(reg::risks, "R-004");
    QApplication::clipboard()->clear();

    entry(*menu, "copyRef")->trigger();
    CHECK(QApplication::clipboard()->text() == QStringLiteral("R-004"));

    entry(*menu, "copyText")->trigger();
    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'),
                                                                     Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    QTableView* table = w.ws()->currentRegisterView()->table();
    const QStringList header = lines[0].split(QLatin1Char('\t'));
    const QStringList row = lines[1].split(QLatin1Char('\t'));
    int visible = 0;
    for (int c = 0; c < table->model()->columnCount(); ++c)
        visible += table->isColumnHidden(c) ? 0 : 1;
    CHECK(header.size() == visible);
    CHECK(row.size() == visible);
    CHECK(header.first() == QStringLiteral("Ref"));
    CHECK(header.contains(QStringLiteral("Title")));
    CHECK(row.first() == QStringLiteral("R-004"));
    CHECK(row[header.indexOf(QStringLiteral("Title"))] == QString::fromStdString(r.text(risks, "title")));
    // A hidden column is not copied.
    CHECK_FALSE(header.contains(QStringLiteral("Threat")));

    // Several rows: one line each, under one header; line breaks inside values flattened.
    RegisterTableModel* model = w.ws()->currentRegisterView()->model();
    const int titleColumn = model->columnOf("title");
    REQUIRE(model->setData(model->index(0, titleColumn), QStringLiteral("Two\nlines\tand a tab"),
                           Qt::EditRole));
    const QString text = rowsAsText(*table, {0, 1, 2});
    const QStringList three = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(three.size() == 4);
    CHECK(three[1].split(QLatin1Char('\t')).size() == visible);
    CHECK(three[1].contains(QStringLiteral("Two lines and a tab")));
}

TEST_CASE("context menu: Follow Link lists the linked records and goes to one", "[window][contextmenu][links]")
{
    Window w;
    DocumentSession& session = w.session();
    const Record r = test::recordByRef(session, reg::risks, "R-001");
    auto menu = w.menuFor(reg::risks, "R-001");
    QAction* follow = entry(*menu, "followLinks");
    REQUIRE(follow != nullptr);
    const auto links = session.file().links("risks", r.id).value();
    REQUIRE_FALSE(links.empty());
    REQUIRE(follow->menu()->actions().size() == int(links.size()));
    QAction* first = follow->menu()->actions().first();
    const LinkedRecord expected = linkedRecords(session, "risks", r.id).front();
    CHECK(first->text() == expected.label);
    first->trigger();
    CHECK(w.ws()->location() == Location{expected.registerKey, expected.id});
    CHECK(w.ws()->detail()->recordId() == expected.id);
    w.window.actions().back->trigger();
    CHECK(w.ws()->location() == Location{QStringLiteral("risks"), r.id});

    // A record without links says so, and offers nothing to follow.
    auto none = w.menuFor(reg::measurements,
                          session.file().list(session.catalogue().get(reg::measurements))->front().ref);
    QMenu* empty = entry(*none, "followLinks")->menu();
    REQUIRE(empty->actions().size() == 1);
    CHECK_FALSE(empty->actions().first()->isEnabled());
}

TEST_CASE("a right click opens the menu on the row under the pointer", "[window][contextmenu]")
{
    Window w;
    w.window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w.window));
    w.ws()->showRegister(QStringLiteral("risks"));
    RegisterView* view = w.ws()->currentRegisterView();
    QTableView* table = view->table();
    table->setCurrentIndex(table->model()->index(0, 0));
    const QPoint at = table->visualRect(table->model()->index(3, 1)).center();
    QString shownFor;
    QTimer::singleShot(0, [&] {
        test::waitUntil([] { return QApplication::activePopupWidget() != nullptr; }, 3000);
        if (auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) {
            shownFor = menu->objectName();
            menu->close();
        }
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, table->viewport()->mapToGlobal(at));
    QApplication::sendEvent(table->viewport(), &event);
    CHECK(shownFor == QStringLiteral("recordContextMenu"));
    CHECK(table->currentIndex().row() == 3);
    CHECK(w.ws()->detail()->recordId() == view->model()->idAt(3));

    // The Menu key: the menu of the current row, whatever the position the event carries.
    shownFor.clear();
    QTimer::singleShot(0, [&] {
        test::waitUntil([] { return QApplication::activePopupWidget() != nullptr; }, 3000);
        if (auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) {
            shownFor = menu->objectName();
            menu->close();
        }
    });
    const QPoint elsewhere = table->visualRect(table->model()->index(0, 1)).center();
    QContextMenuEvent key(QContextMenuEvent::Keyboard, elsewhere, table->mapToGlobal(elsewhere));
    QApplication::sendEvent(table, &key);
    CHECK(shownFor == QStringLiteral("recordContextMenu"));
    CHECK(table->currentIndex().row() == 3);
}
