// The pages: the navigation is the registry, each page says what it can do and the window's
// actions follow it, and a page added to the registry needs nothing else to appear and work.
#include "window_fixture.h"

#include "app/dashboard/dashboard_view.h"
#include "app/pages/dashboard/dashboard_page.h"
#include "app/pages/methodology/methodology_editor.h"
#include "app/pages/methodology/methodology_page.h"
#include "app/pages/page_registry.h"
#include "app/pages/register/register_page.h"
#include "app/models/register_table_model.h"
#include "app/settings/app_settings.h"
#include "app/settings/preferences_dialog.h"
#include "app/views/register_view.h"
#include "app/welcome/welcome_view.h"
#include "app/window/action_icons.h"
#include "app/window/navigation_tree.h"
#include "domain/catalogue.h"
#include "reports/report_kind.h"

#include "app/dashboard/risk_matrix_widget.h"

#include <QAction>
#include <QElapsedTimer>
#include <QTest>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

#include <catch2/catch_test_macros.hpp>

using namespace isms;
using namespace isms::app;

namespace {
QStringList keysOf(const PageRegistry& registry)
{
    QStringList keys;
    for (const PageDescription& page : registry.pages())
        keys << page.info.key;
    return keys;
}

// A screen that is not one of the application's: what a new page's folder would hold.
class FakePage final : public Page {
public:
    using Page::Page;
    PageActions actions() const override { return PageAction::Find; }
    void trigger(PageAction action) override
    {
        if (action == PageAction::Find)
            ++finds;
    }
    QByteArray saveState() const override { return state; }
    void restoreState(const QByteArray& restored) override { state = restored; }
    int finds = 0;
    QByteArray state;
};

PageDescription fakePage(const QString& key, const QString& group)
{
    PageInfo info{key, QStringLiteral("Fake page"), group, QStringLiteral("7.5"),
                  QStringLiteral("A page made by the test")};
    return {info, [info](const PageContext&) -> Page* { return new FakePage(info); }};
}

QString groupOf(const QTreeWidgetItem* item)
{
    return item && item->parent() ? item->parent()->text(0) : QString();
}
} // namespace

TEST_CASE("The navigation lists exactly the registry's pages, in its order", "[pages]")
{
    test::DemoWindow w;
    w.openDemo();
    const PageRegistry& registry = w.ws()->pages();
    CHECK(w.ws()->navigation()->pageKeys() == keysOf(registry));

    // Every register once, the dashboard first, the methodology under the risks' heading.
    const Catalogue& catalogue = w.session().catalogue();
    CHECK(registry.pages().size() == catalogue.registers().size() + 2);
    for (const RegisterDef& def : catalogue.registers())
        CHECK(registry.find(QString::fromStdString(def.key)) != nullptr);
    CHECK(registry.pages().front().info.key == DashboardPage::pageKey());
    NavigationTree* nav = w.ws()->navigation();
    CHECK(groupOf(nav->itemFor(MethodologyEditor::pageKey())) == groupOf(nav->itemFor(QStringLiteral("risks"))));
    CHECK(nav->topLevelItem(1)->text(0) == QStringLiteral("4 Context"));
    // A heading per group: no group is split in two.
    QStringList headings;
    for (int i = 0; i < nav->topLevelItemCount(); ++i)
        if (nav->topLevelItem(i)->childCount() > 0)
            headings << nav->topLevelItem(i)->text(0);
    CHECK(headings.removeDuplicates() == 0);
}

TEST_CASE("Every page can be shown and says what it can do", "[pages]")
{
    test::DemoWindow w;
    w.openDemo();
    DocumentWorkspace* ws = w.ws();
    for (const PageDescription& description : ws->pages().pages()) {
        const QString key = description.info.key;
        INFO("page " << key.toStdString());
        ws->showRegister(key);
        Page* page = ws->currentPage();
        REQUIRE(page != nullptr);
        CHECK(page->key() == key);
        CHECK(page->isVisibleTo(ws));
        CHECK(ws->location().registerKey == key);
        CHECK(ws->navigation()->currentItem() == ws->navigation()->itemFor(key));
        CHECK_FALSE(page->info().title.isEmpty());
        CHECK_FALSE(page->info().toolTip.isEmpty());
        const bool isRegister = w.session().catalogue().find(key.toStdString()) != nullptr;
        CHECK(page->actions().testFlag(PageAction::NewRecord) == isRegister);
        CHECK(page->actions().testFlag(PageAction::Find) == isRegister);
        CHECK(page->showsRecordDetail() == isRegister);
        // Export and Print exactly where there is a report to make, and every kind is one the
        // report registry lists (once its builders are in).
        const QString kind = page->reportKind();
        CHECK(page->actions().testFlag(PageAction::Export) == !kind.isEmpty());
        CHECK(page->actions().testFlag(PageAction::Print) == !kind.isEmpty());
        if (!kind.isEmpty() && !reports::reportKinds().empty())
            CHECK(reports::findReportKind(kind) != nullptr);
    }
    CHECK(ws->page(DashboardPage::pageKey())->reportKind() == QStringLiteral("readiness"));
    CHECK(ws->page(MethodologyEditor::pageKey())->reportKind() == QStringLiteral("criteria"));
    CHECK(ws->page(QStringLiteral("controls"))->reportKind() == QStringLiteral("soa"));
    CHECK(ws->page(QStringLiteral("risks"))->reportKind() == QStringLiteral("risks"));
    CHECK(ws->page(QStringLiteral("treatments"))->reportKind() == QStringLiteral("treatment"));
    CHECK(ws->page(QStringLiteral("people"))->reportKind().isEmpty());
    CHECK(ws->page(QStringLiteral("no-such-page")) == nullptr);
    // An unknown key leaves the user where they were.
    ws->showRegister(QStringLiteral("people"));
    ws->showRegister(QStringLiteral("no-such-page"));
    CHECK(ws->currentPage()->key() == QStringLiteral("people"));
}

TEST_CASE("The window's actions follow the page shown", "[pages]")
{
    test::DemoWindow w;
    w.openDemo();
    DocumentWorkspace* ws = w.ws();
    const MainActions& a = w.window.actions();

    ws->showDashboard();
    CHECK_FALSE(a.add->isEnabled());
    CHECK_FALSE(a.duplicate->isEnabled());
    CHECK_FALSE(a.find->isEnabled());

    ws->showRegister(QStringLiteral("risks"));
    CHECK(a.add->isEnabled());
    CHECK(a.find->isEnabled());
    const Record r1 = test::recordByRef(w.session(), reg::risks, "R-001");
    ws->showRecord(QStringLiteral("risks"), r1.id);
    CHECK(a.duplicate->isEnabled());
    CHECK(a.editCell->isEnabled());
    CHECK(a.attach->isEnabled());
    CHECK(a.remove->isEnabled() == w.session().canDelete("risks", r1.id));

    // An Annex A control cannot be deleted: the page says so and Delete is off.
    const Record a51 = test::recordByRef(w.session(), reg::controls, "A.5.1");
    ws->showRecord(QStringLiteral("controls"), a51.id);
    CHECK(a.duplicate->isEnabled());
    CHECK_FALSE(a.remove->isEnabled());

    ws->showRegister(MethodologyEditor::pageKey());
    CHECK_FALSE(a.add->isEnabled());
    CHECK_FALSE(a.remove->isEnabled());
    CHECK_FALSE(a.find->isEnabled());

    // Add Record goes to the page: a new risk.
    ws->showRegister(QStringLiteral("risks"));
    const auto before = w.session().file().count(w.session().catalogue().get(reg::risks));
    a.add->trigger();
    const auto after = w.session().file().count(w.session().catalogue().get(reg::risks));
    REQUIRE(before);
    REQUIRE(after);
    CHECK(*after == *before + 1);
}

TEST_CASE("A read-only file enables none of the editing actions on any page", "[pages]")
{
    test::DemoWindow w;
    w.openDemo(true);
    DocumentWorkspace* ws = w.ws();
    const MainActions& a = w.window.actions();
    const Record r1 = test::recordByRef(w.session(), reg::risks, "R-001");
    ws->showRecord(QStringLiteral("risks"), r1.id);
    REQUIRE(ws->currentPage()->actions().testFlag(PageAction::Duplicate));  // the page could
    for (QAction* action : {a.add, a.duplicate, a.remove, a.editCell, a.attach})
        CHECK_FALSE(action->isEnabled());
    CHECK(a.find->isEnabled());  // filtering changes nothing
    const auto before = w.session().file().count(w.session().catalogue().get(reg::risks));
    a.add->trigger();
    a.duplicate->trigger();
    const auto after = w.session().file().count(w.session().catalogue().get(reg::risks));
    REQUIRE(before);
    REQUIRE(after);
    CHECK(*after == *before);
}

TEST_CASE("A page added to the registry appears and works with no other change", "[pages]")
{
    test::DemoFile demo;
    auto session = demo.open();
    RecordingPresenter messages;
    PageRegistry registry = PageRegistry::standard(session->catalogue());
    const QString planning = registry.find(QStringLiteral("risks"))->info.group;
    registry.add(fakePage(QStringLiteral("@fake"), planning));              // the one line
    registry.add(fakePage(QStringLiteral("@elsewhere"), QStringLiteral("Extra")));

    // Kept with its group: after the group's last page, the new group last.
    const QStringList keys = keysOf(registry);
    CHECK(keys.indexOf(QStringLiteral("@fake")) == keys.indexOf(MethodologyEditor::pageKey()) + 1);
    CHECK(keys.last() == QStringLiteral("@elsewhere"));

    QSettings().setValue(QStringLiteral("pages/@fake/state"), QByteArray("kept"));
    {
        DocumentWorkspace ws(*session, messages, registry);
        NavigationTree* nav = ws.navigation();
        CHECK(nav->pageKeys() == keys);
        QTreeWidgetItem* item = nav->itemFor(QStringLiteral("@fake"));
        REQUIRE(item != nullptr);
        CHECK(item->text(0) == QStringLiteral("Fake page"));
        CHECK(item->toolTip(0) == QStringLiteral("A page made by the test"));
        CHECK(groupOf(item) == planning);
        CHECK(groupOf(nav->itemFor(QStringLiteral("@elsewhere"))) == QStringLiteral("Extra"));

        nav->setCurrentItem(item);  // what a click does
        auto* fake = dynamic_cast<FakePage*>(ws.currentPage());
        REQUIRE(fake != nullptr);
        CHECK(ws.location().registerKey == QStringLiteral("@fake"));
        CHECK(fake->state == QByteArray("kept"));  // its saved state came back
        fake->trigger(PageAction::Find);
        CHECK(fake->finds == 1);
        fake->state = "changed";

        ws.showRegister(QStringLiteral("risks"));
        ws.goBack();
        CHECK(ws.currentPage() == fake);
    }
    // Closing the workspace keeps the page's state.
    CHECK(QSettings().value(QStringLiteral("pages/@fake/state")).toByteArray() == "changed");
}

TEST_CASE("A register page keeps its columns where the table always kept them", "[pages]")
{
    test::DemoFile demo;
    auto session = demo.open();
    RecordingPresenter messages;
    const QString key = QStringLiteral("registers/risks/header");
    QSettings().remove(key);
    int hidden = -1;
    {
        DocumentWorkspace ws(*session, messages);
        RegisterView* view = ws.registerView(QStringLiteral("risks"));
        REQUIRE(view != nullptr);
        for (int c = 1; c < view->model()->columnCount(); ++c)
            if (!view->table()->isColumnHidden(c)) {
                hidden = c;
                break;
            }
        REQUIRE(hidden > 0);
        view->table()->setColumnHidden(hidden, true);
    }
    CHECK_FALSE(QSettings().value(key).toByteArray().isEmpty());
    DocumentWorkspace ws(*session, messages);
    CHECK(ws.registerView(QStringLiteral("risks"))->table()->isColumnHidden(hidden));

    // A damaged saved state gives the first look's columns, not an empty table.
    QSettings().setValue(key, QByteArray("not a header state"));
    DocumentWorkspace fresh(*session, messages);
    RegisterView* view = fresh.registerView(QStringLiteral("risks"));
    int shown = 0;
    for (int c = 0; c < view->model()->columnCount(); ++c)
        shown += view->table()->isColumnHidden(c) ? 0 : 1;
    CHECK(shown > 2);
    QSettings().remove(key);
}

TEST_CASE("The Designer forms load with the names the code and tests use", "[pages][forms]")
{
    test::DemoFile demo;
    AppSettings settings(demo.dir.filePath(QStringLiteral("settings.ini")));
    PreferencesDialog preferences(settings);
    CHECK(preferences.findChild<QLineEdit*>(QStringLiteral("authorEdit")) == preferences.authorEdit());
    CHECK(preferences.findChild<QLabel*>(QStringLiteral("authorHint")) != nullptr);
    CHECK(preferences.signingSection() != nullptr);
    CHECK(preferences.windowTitle() == QStringLiteral("Preferences"));

    WelcomeView welcome(settings);
    CHECK(welcome.findChild<QPushButton*>(QStringLiteral("welcomeNew")) == welcome.newButton());
    CHECK(welcome.findChild<QPushButton*>(QStringLiteral("welcomeOpen")) == welcome.openButton());
    CHECK(welcome.findChild<QPushButton*>(QStringLiteral("welcomeDemo")) == welcome.demoButton());
    CHECK(welcome.findChild<QTreeWidget*>(QStringLiteral("recentFiles")) == welcome.recentList());
    CHECK(welcome.recentList()->columnCount() == 3);
}

TEST_CASE("Every icon is there in its light and dark variant", "[pages][icons]")
{
    CHECK_FALSE(applicationIcon().isNull());
    CHECK_FALSE(applicationIcon().pixmap(64).isNull());
    QPalette light;
    light.setColor(QPalette::Window, Qt::white);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    for (const char* name : {"document-new", "document-open", "go-back", "go-forward", "record-new",
                             "record-duplicate", "record-delete", "document-import",
                             "document-export", "document-print", "edit-undo", "edit-redo",
                             "edit-find", "view-dashboard", "risk-methodology"}) {
        INFO(name);
        CHECK(QFile::exists(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name))));
        CHECK(QFile::exists(QStringLiteral(":/icons/dark/%1.svg").arg(QLatin1String(name))));
        const QImage onLight = themedIcon(QLatin1String(name), light).pixmap(24).toImage();
        const QImage onDark = themedIcon(QLatin1String(name), dark).pixmap(24).toImage();
        REQUIRE_FALSE(onLight.isNull());
        REQUIRE_FALSE(onDark.isNull());
        CHECK(onLight != onDark);  // the dark palette gets the light strokes
    }
    // The window shows them: its icon and the tool bar's actions.
    test::DemoWindow w;
    CHECK_FALSE(w.window.windowIcon().isNull());
    CHECK_FALSE(w.window.actions().add->icon().isNull());
}

TEST_CASE("A heat map cell opens the risks register filtered to exactly that cell's risks", "[pages][dashboard]")
{
    test::DemoWindow w;
    w.openDemo();
    DocumentWorkspace* ws = w.ws();
    ws->showRegister(DashboardPage::pageKey());
    auto* dashboard = ws->currentPage()->findChild<DashboardView*>();
    REQUIRE(dashboard);
    w.window.resize(1400, 900);
    w.window.show();
    QElapsedTimer waited;
    waited.start();
    while (!dashboard->inherentMap() && waited.elapsed() < 10000)
        QTest::qWait(20);
    RiskMatrixWidget* map = dashboard->inherentMap();
    REQUIRE(map);
    // The fullest cell of the inherent map, so the count says something.
    int likelihood = 0, impact = 0, most = 0;
    for (int l = 1; l <= static_cast<int>(map->methodology().likelihood.size()); ++l)
        for (int i = 1; i <= static_cast<int>(map->methodology().impact.size()); ++i)
            if (map->count(l, i) > most) {
                most = map->count(l, i);
                likelihood = l;
                impact = i;
            }
    REQUIRE(most > 0);

    QTest::mouseClick(map, Qt::LeftButton, {}, map->cellRect(likelihood, impact).center());
    REQUIRE(ws->currentPage()->key() == QStringLiteral("risks"));
    auto* view = ws->currentPage()->findChild<RegisterView*>();
    REQUIRE(view);
    const int all = static_cast<int>(view->model()->totalCount());
    CHECK(view->hasRecordFilter());
    CHECK(view->model()->rowCount() == most);  // the rows are the cell's number
    CHECK(view->recordFilterText().contains(QStringLiteral("inherent likelihood %1").arg(likelihood)));
    CHECK(view->model()->columnFilter(view->model()->columnOf("inherent_likelihood")).isEmpty());
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const auto likelihoodAt = view->model()->index(row, view->model()->columnOf("inherent_likelihood"));
        CHECK(likelihoodAt.data(RegisterTableModel::ValueRole).toLongLong() == likelihood);
    }
    // Esc in the table shows every record again.
    view->table()->setFocus();
    QTest::keyClick(view->table(), Qt::Key_Escape);
    CHECK_FALSE(view->hasRecordFilter());
    CHECK(view->model()->rowCount() == all);
    CHECK(view->recordFilterText().isEmpty());

    // From the residual map by keyboard, then cleared with the bar's button.
    ws->showRegister(DashboardPage::pageKey());
    RiskMatrixWidget* residual = dashboard->residualMap();
    REQUIRE(residual);
    int rl = 0, ri = 0;
    for (int l = 1; l <= static_cast<int>(residual->methodology().likelihood.size()) && !rl; ++l)
        for (int i = 1; i <= static_cast<int>(residual->methodology().impact.size()); ++i)
            if (residual->count(l, i) > 0) {
                rl = l;
                ri = i;
                break;
            }
    REQUIRE(rl > 0);
    residual->setFocus();
    residual->setFocusCell(rl, ri);
    QTest::keyClick(residual, Qt::Key_Enter);
    REQUIRE(ws->currentPage()->key() == QStringLiteral("risks"));
    CHECK(view->model()->rowCount() == residual->count(rl, ri));
    QPushButton* showAll = nullptr;
    for (auto* button : view->findChildren<QPushButton*>())
        if (button->isVisibleTo(view) && button->text() == QStringLiteral("Show All"))
            showAll = button;
    REQUIRE(showAll);
    QTest::mouseClick(showAll, Qt::LeftButton);
    CHECK(view->model()->rowCount() == all);
}
