// The search boxes that open (Ctrl+K quick open, the link pickers) take the keyboard at once:
// typed text lands in the box, Up and Down move through the results while the box keeps the
// focus, Enter chooses. Driven as a user would: keys go to whatever widget has the focus.

#include "app_fixture.h"
#include "window_fixture.h"

#include "app/detail/detail_pane.h"
#include "app/detail/links_panel.h"
#include "app/dialogs/message_presenter.h"
#include "app/session/record_labels.h"
#include "app/settings/app_settings.h"
#include "app/window/document_workspace.h"
#include "app/window/main_window.h"
#include "app/window/quick_open.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <catch2/catch_test_macros.hpp>

#include <functional>

using namespace isms;
using namespace isms::app;

namespace {
struct Window : test::DemoWindow {
    Window()
    {
        openDemo();
        window.show();
        QApplication::setActiveWindow(&window);
        if (!QTest::qWaitForWindowActive(&window))
            throw std::runtime_error("the window did not become active");
    }
};

// What the user saw and did inside the popup, recorded while its exec() runs.
struct PopupVisit {
    bool opened = false;
    bool focusInBox = false;
    QString boxText;
    int rowBeforeDown = -1;
    int rowAfterDown = -1;
    bool focusStayedInBox = false;
    QString chosenText;
};

// Runs `open` (which shows a QuickOpen modally) and, inside it, types `typed` into the focused
// widget, waits for the results, presses Down once and Enter. Never leaves the popup open.
PopupVisit typeIntoPopup(const std::function<void()>& open, const QString& typed)
{
    PopupVisit visit;
    QTimer::singleShot(0, [&visit, typed] {
        QuickOpen* popup = nullptr;
        test::waitUntil([&] {
            for (QWidget* w : QApplication::topLevelWidgets())
                if (auto* found = qobject_cast<QuickOpen*>(w); found && found->isVisible())
                    popup = found;
            return popup != nullptr;
        }, 3000);
        if (!popup)
            return;
        visit.opened = true;
        QWidget* focused = QApplication::focusWidget();
        visit.focusInBox = focused == popup->searchBox();
        // Keys go where the application sends them: to the focused widget, or else the popup.
        QTest::keyClicks(focused ? focused : popup, typed);
        visit.boxText = popup->searchBox()->text();
        QTest::qWait(300);  // the search runs after a short pause in typing
        visit.rowBeforeDown = popup->results()->currentRow();
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : popup;
        QTest::keyClick(target, Qt::Key_Down);
        visit.rowAfterDown = popup->results()->currentRow();
        visit.focusStayedInBox = QApplication::focusWidget() == popup->searchBox();
        if (QListWidgetItem* item = popup->results()->currentItem())
            visit.chosenText = item->text();
        target = QApplication::focusWidget() ? QApplication::focusWidget() : popup;
        QTest::keyClick(target, Qt::Key_Return);
        if (popup->isVisible())
            popup->reject();
    });
    open();
    return visit;
}
} // namespace

TEST_CASE("Ctrl+K opens with the keyboard in its search box; Down and Enter choose", "[window][focus]")
{
    Window w;
    DocumentWorkspace* ws = w.window.workspace();
    const PopupVisit visit =
        typeIntoPopup([&] { w.window.actions().quickOpen->trigger(); }, QStringLiteral("R-00"));
    REQUIRE(visit.opened);
    CHECK(visit.focusInBox);
    CHECK(visit.boxText == QStringLiteral("R-00"));
    CHECK(visit.rowBeforeDown == 0);
    CHECK(visit.rowAfterDown == 1);
    CHECK(visit.focusStayedInBox);
    // Enter chose the second result: the window shows that record.
    REQUIRE(visit.chosenText.startsWith(QStringLiteral("R-00")));
    const QString ref = visit.chosenText.section(QLatin1Char(' '), 0, 0);
    const Record chosen = test::recordByRef(*w.window.session(), reg::risks, ref.toStdString());
    CHECK(ws->location() == Location{QStringLiteral("risks"), chosen.id});
    CHECK(ws->detail()->recordId() == chosen.id);
}

TEST_CASE("Down pressed before the search has caught up with typing is kept by Enter", "[window][focus]")
{
    test::DemoFile demo;
    auto session = demo.open();
    QuickOpen popup(*session, {});
    popup.show();
    QApplication::setActiveWindow(&popup);
    REQUIRE(QTest::qWaitForWindowExposed(&popup));
    REQUIRE(QApplication::focusWidget() == popup.searchBox());
    QTest::keyClicks(popup.searchBox(), QStringLiteral("R-01"));
    // No pause: the results still list everything. Down must move within R-01's results.
    QTest::keyClick(popup.searchBox(), Qt::Key_Down);
    REQUIRE(popup.results()->currentItem() != nullptr);
    CHECK(popup.results()->currentRow() == 1);
    CHECK(popup.results()->currentItem()->text().startsWith(QStringLiteral("R-01")));
    QTest::keyClick(popup.searchBox(), Qt::Key_Return);
    CHECK(popup.result() == QDialog::Accepted);
    CHECK(session->labels().ref(popup.chosenRegister().toStdString(), popup.chosenId())
          .startsWith(QStringLiteral("R-01")));
}

TEST_CASE("the link picker opens with the keyboard in its search box", "[window][focus][links]")
{
    Window w;
    DocumentWorkspace* ws = w.window.workspace();
    DocumentSession& session = *w.window.session();
    const Record risk = test::recordByRef(session, reg::risks, "R-003");
    ws->showRecord(QStringLiteral("risks"), risk.id);
    QToolButton* add = nullptr;
    for (auto* button : ws->detail()->links()->findChildren<QToolButton*>())
        if (button->text() == QStringLiteral("Add link"))
            add = button;
    REQUIRE(add != nullptr);
    REQUIRE(add->menu() != nullptr);
    QAction* treatedBy = nullptr;
    for (QAction* action : add->menu()->actions())
        if (action->text().startsWith(QStringLiteral("Treated by control")))
            treatedBy = action;
    REQUIRE(treatedBy != nullptr);
    const auto before = session.file().links("risks", risk.id)->size();

    const PopupVisit visit = typeIntoPopup([&] { treatedBy->trigger(); }, QStringLiteral("A.8.1"));
    REQUIRE(visit.opened);
    CHECK(visit.focusInBox);
    CHECK(visit.boxText == QStringLiteral("A.8.1"));
    CHECK(visit.rowAfterDown == visit.rowBeforeDown + 1);
    CHECK(visit.focusStayedInBox);
    // Enter linked the chosen control.
    const auto after = *session.file().links("risks", risk.id);
    REQUIRE(after.size() == before + 1);
    const QString ref = visit.chosenText.section(QLatin1Char(' '), 0, 0);
    CHECK(ref.startsWith(QStringLiteral("A.8.1")));
    bool linked = false;
    for (const auto& link : after)
        if (link.link == "risk_controls"
            && session.labels().ref(link.toRegister, link.toId) == ref)
            linked = true;
    CHECK(linked);
}
