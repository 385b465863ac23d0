// The window at the sizes people use: 1024x640 (a small laptop), 1400 wide, with the navigation,
// the table and the form each usable, column headers never cut, and the heat map's text legible
// (WCAG AA) on its band colours in light and dark palettes.

#include "app_fixture.h"

#include "app/dashboard/risk_matrix_widget.h"
#include "app/detail/detail_pane.h"
#include "app/dialogs/message_presenter.h"
#include "app/form/record_form.h"
#include "app/models/register_table_model.h"
#include "app/settings/app_settings.h"
#include "app/views/register_view.h"
#include "app/window/document_workspace.h"
#include "app/window/main_window.h"
#include "app/window/navigation_tree.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

using namespace isms;
using namespace isms::app;

namespace {
// A window of the given size, as on a first start (nothing remembered), on `registerKey`.
struct SizedWindow {
    test::DemoFile demo;
    RecordingPresenter messages;
    AppSettings settings{demo.dir.filePath(QStringLiteral("settings.ini"))};
    std::unique_ptr<MainWindow> window;

    SizedWindow(QSize size, const QString& registerKey)
    {
        QSettings stored;
        for (const QString& key : stored.allKeys())
            if (key.startsWith(QLatin1String("window/")) || key.startsWith(QLatin1String("registers/")))
                stored.remove(key);
        window = std::make_unique<MainWindow>(messages, settings, demo.clock);
        window->resize(size);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            throw std::runtime_error("the window was not shown");
        if (!window->openFile(demo.path, false))
            throw std::runtime_error("could not open the demo");
        test::waitUntil([&] { return !window->workspace()->summariesPending(); });
        window->workspace()->showRegister(registerKey);
        if (RegisterView* view = window->workspace()->currentRegisterView())
            view->table()->selectRow(0);
        QTest::qWait(50);  // layouts settle
    }
    DocumentWorkspace* ws() const { return window->workspace(); }
};

QScrollArea* formScrollArea(DetailPane* detail)
{
    for (auto* area : detail->findChildren<QScrollArea*>())
        if (area->widget() && area->widget()->isAncestorOf(detail->form()))
            return area;
    return nullptr;
}

void checkSplitterSidesUsable(DocumentWorkspace* ws)
{
    QSplitter* splitter = ws->splitter();
    const QList<int> sizes = splitter->sizes();
    REQUIRE(sizes.size() == 3);
    for (int i = 0; i < 3; ++i) {
        INFO("splitter side " << i << ": " << sizes[i] << " px");
        QWidget* side = splitter->widget(i);
        CHECK(side->minimumWidth() >= 140);
        CHECK(sizes[i] >= side->minimumWidth());
        CHECK(side->width() >= side->minimumSizeHint().width());
    }
}

// No visible header of the table cuts its text (the sort arrow and margins included).
void checkHeadersWhole(QTableView* table)
{
    QHeaderView* header = table->horizontalHeader();
    const int margin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c))
            continue;
        const QString text = table->model()->headerData(c, Qt::Horizontal).toString();
        INFO(text.toStdString());
        CHECK(header->sectionSize(c) >= header->fontMetrics().horizontalAdvance(text) + margin);
        CHECK(header->sectionSize(c) >= header->sectionSizeHint(c));
    }
}
} // namespace

TEST_CASE("at 1024x640 the form scrolls rather than being cut, and every side stays usable", "[window][layout]")
{
    SizedWindow w(QSize(1024, 640), QStringLiteral("risks"));
    DetailPane* detail = w.ws()->detail();
    REQUIRE(detail->recordId() != 0);
    QScrollArea* scroll = formScrollArea(detail);
    REQUIRE(scroll != nullptr);
    QWidget* content = scroll->widget();
    const QSize viewport = scroll->viewport()->size();
    INFO("form " << content->width() << "x" << content->height() << " in " << viewport.width()
                 << "x" << viewport.height());
    // Taller than the pane: the vertical bar can reach the rest.
    CHECK((content->height() <= viewport.height() || scroll->verticalScrollBar()->maximum() > 0));
    // Never wider than what can be seen without a horizontal bar to reach it.
    CHECK((content->width() <= viewport.width()
           || (scroll->horizontalScrollBar()->isVisible()
               && scroll->horizontalScrollBar()->maximum() > 0)));
    CHECK(content->minimumSizeHint().width() <= viewport.width());
    checkSplitterSidesUsable(w.ws());

    // The register's title keeps its count beside the filter box.
    for (const QString& key : {QStringLiteral("risks"), QStringLiteral("controls")}) {
        w.ws()->showRegister(key);
        QTest::qWait(20);
        RegisterView* view = w.ws()->currentRegisterView();
        const QString heading = QString::fromStdString(view->registerDef().title) + QStringLiteral(" (");
        QLabel* title = nullptr;
        for (auto* label : view->findChildren<QLabel*>())
            if (label->text().startsWith(heading))
                title = label;
        INFO(heading.toStdString());
        REQUIRE(title != nullptr);
        CHECK(title->width() >= title->sizeHint().width());
    }

    // A long navigation title that does not fit is elided, and its tooltip says it in full.
    NavigationTree* nav = w.ws()->navigation();
    QTreeWidgetItem* requirements = nav->itemFor(QStringLiteral("requirements"));
    REQUIRE(requirements != nullptr);
    CHECK(requirements->toolTip(0).startsWith(QStringLiteral("Requirements of interested parties")));
}

TEST_CASE("at 1400 px the table has most of the width and no header is cut", "[window][layout]")
{
    SizedWindow w(QSize(1400, 900), QStringLiteral("risks"));
    checkSplitterSidesUsable(w.ws());
    const QList<int> sizes = w.ws()->splitter()->sizes();
    const int total = sizes[0] + sizes[1] + sizes[2];
    INFO("navigation " << sizes[0] << ", table " << sizes[1] << ", form " << sizes[2]);
    CHECK(sizes[1] * 2 >= total);  // the table is what is scanned: at least half

    // Every title in the navigation whole, beside its badge.
    NavigationTree* nav = w.ws()->navigation();
    for (QTreeWidgetItemIterator it(nav); *it; ++it) {
        const QTreeWidgetItem* item = *it;
        const QRect rect = nav->visualItemRect(item);
        const int indent = item->parent() ? nav->indentation() : 0;
        INFO(item->text(0).toStdString());
        CHECK(nav->columnWidth(0) - indent
              >= QFontMetrics(item->font(0)).horizontalAdvance(item->text(0)));
        CHECK(rect.isValid());
    }

    // The form, its links and history fit the pane's width: nothing is cut at the right.
    QScrollArea* scroll = formScrollArea(w.ws()->detail());
    REQUIRE(scroll != nullptr);
    INFO("form content " << scroll->widget()->width() << " in " << scroll->viewport()->width());
    CHECK(scroll->widget()->width() <= scroll->viewport()->width());
    CHECK_FALSE(scroll->horizontalScrollBar()->isVisible());

    for (const char* key : {"risks", "controls", "requirements", "findings", "actions", "treatments"}) {
        INFO(key);
        w.ws()->showRegister(QString::fromLatin1(key));
        checkHeadersWhole(w.ws()->currentRegisterView()->table());
    }
}

TEST_CASE("a wider window widens the table, not the form or the navigation", "[window][layout]")
{
    SizedWindow w(QSize(1366, 768), QStringLiteral("risks"));
    const QList<int> before = w.ws()->splitter()->sizes();
    w.window->resize(1920, 1080);
    QTest::qWait(50);
    const QList<int> after = w.ws()->splitter()->sizes();
    CHECK(after[0] == before[0]);
    CHECK(after[2] == before[2]);
    CHECK(after[1] > before[1] + 500);
    checkSplitterSidesUsable(w.ws());
}

TEST_CASE("the first division of the window keeps each side within its range", "[window][layout]")
{
    for (int width : {700, 1024, 1366, 1400, 1920, 2560}) {
        INFO(width);
        const QList<int> sizes = DocumentWorkspace::initialSplitterSizes(width, 290);
        REQUIRE(sizes.size() == 3);
        CHECK(sizes[0] >= 140);
        CHECK(sizes[0] <= 290);
        CHECK(sizes[1] >= 320);
        CHECK(sizes[2] >= 300);
        CHECK(sizes[2] <= 440);
        if (width >= 1024)
            CHECK(sizes[0] + sizes[1] + sizes[2] == width);
        if (width >= 1366)
            CHECK(sizes[1] * 2 >= width);
    }
}

TEST_CASE("contrast ratios are WCAG's", "[window][layout][contrast]")
{
    CHECK(contrastRatio(Qt::black, Qt::white) == 21.0);
    CHECK(contrastRatio(Qt::white, Qt::black) == 21.0);
    CHECK(contrastRatio(QColor(0x33, 0x66, 0x99), QColor(0x33, 0x66, 0x99)) == 1.0);
    // #767676 is the lightest grey that passes AA on white; #777777 just fails.
    CHECK(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
    CHECK(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
}

TEST_CASE("the heat map's text passes WCAG AA on every cell colour, light and dark", "[window][layout][contrast]")
{
    std::vector<QColor> fills;
    for (int levels : {3, 4, 5, 6, 10})
        for (const auto& band : Methodology::preset(levels).bands)
            fills.emplace_back(QString::fromStdString(band.colour));
    // Empty cells are the band colour faded into the palette's base (light and dark).
    const std::vector<QColor> faded = [&] {
        std::vector<QColor> result;
        for (const QColor& base : {QColor(Qt::white), QColor(0x1e, 0x1e, 0x1e)})
            for (const QColor& band : fills)
                result.push_back(QColor::fromRgbF(base.redF() * 0.72f + band.redF() * 0.28f,
                                                  base.greenF() * 0.72f + band.greenF() * 0.28f,
                                                  base.blueF() * 0.72f + band.blueF() * 0.28f));
        return result;
    }();
    fills.insert(fills.end(), faded.begin(), faded.end());
    // Grey steps, including the one where black and white are equally poor.
    for (int v = 0; v <= 255; v += 5)
        fills.emplace_back(v, v, v);
    for (const QColor& fill : fills) {
        INFO(fill.name().toStdString());
        CHECK(contrastRatio(readableTextOn(fill), fill) >= 4.5);
        const QColor quiet = subduedTextOn(fill);
        CHECK(contrastRatio(quiet, fill) >= 4.5);
        CHECK(quiet.alpha() == 255);  // what is measured is what is painted
    }
    // Quieter than full ink where there is room for it.
    CHECK(subduedTextOn(Qt::white) != QColor(Qt::black));
    CHECK(contrastRatio(subduedTextOn(Qt::white), Qt::white)
          < contrastRatio(QColor(Qt::black), Qt::white));
}
