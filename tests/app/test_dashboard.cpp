// The dashboard over real files: what it lists is what the rules find for a fixed today, the
// heat maps count the open risks per cell, and every listed item is one click from its record.
#include "app/dashboard/dashboard_view.h"
#include "app/dashboard/risk_matrix_widget.h"
#include "app/report_view/report_table_widget.h"
#include "app/report_view/report_view.h"
#include "reports/builders/readiness_report.h"
#include "content/demo.h"
#include "content/template.h"
#include "domain/catalogue.h"
#include "domain/clock.h"
#include "storage/isms_file.h"
#include "test_dashboard_support.h"

#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch_test_macros.hpp>

#include <map>

using namespace isms;
using isms::app::DashboardView;
using isms::app::RecordFilter;

namespace {

const Date kToday{2026, 11, 23};

std::filesystem::path inDir(const QTemporaryDir& dir, const char* name)
{
    return std::filesystem::path(dir.filePath(QString::fromLatin1(name)).toStdString());
}

namespace readiness = isms::reports::readiness;

// The row of a drawn report table whose record column (1) reads `title`.
QTreeWidgetItem* rowTitled(QTreeWidget* table, const QString& title)
{
    for (int i = 0; table && i < table->topLevelItemCount(); ++i)
        if (table->topLevelItem(i)->text(1) == title)
            return table->topLevelItem(i);
    return nullptr;
}

// Open risks (not closed, not opportunities) per likelihood/impact cell, counted here
// independently of the rules the dashboard uses.
std::map<std::pair<int, int>, int> cellsOf(const IsmsData& data, const char* likelihood,
                                           const char* impact)
{
    const RegisterDef& def = data.def(reg::risks);
    std::map<std::pair<int, int>, int> cells;
    for (const auto& r : data.of(reg::risks)) {
        if (r.text(def, "status") == "closed" || r.text(def, "kind") == "opportunity")
            continue;
        const int l = static_cast<int>(r.integer(def, likelihood));
        const int i = static_cast<int>(r.integer(def, impact));
        if (l > 0 && i > 0)
            ++cells[{l, i}];
    }
    return cells;
}

void checkHeatMap(const app::RiskMatrixWidget* map, const std::map<std::pair<int, int>, int>& expected)
{
    int total = 0;
    for (int l = 1; l <= 5; ++l)
        for (int i = 1; i <= 5; ++i) {
            const auto it = expected.find({l, i});
            const int want = it == expected.end() ? 0 : it->second;
            INFO("cell " << l << "," << i);
            CHECK(map->count(l, i) == want);
            total += want;
        }
    CHECK(map->total() == total);
}

Record blank(const char* registerKey)
{
    return Record::blank(Catalogue::standard().get(registerKey));
}

void set(Record& r, const char* registerKey, const char* field, Value value)
{
    r.set(Catalogue::standard().get(registerKey), field, std::move(value));
}

RecordId insert(storage::IsmsFile& file, const char* registerKey, Record r)
{
    auto stored = file.insert(Catalogue::standard().get(registerKey), std::move(r));
    REQUIRE(stored.ok());
    return stored->id;
}

void clickRow(QTreeWidget* tree, QTreeWidgetItem* item)
{
    tree->scrollToItem(item);
    const QRect rect = tree->visualItemRect(item);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

TEST_CASE("The dashboard lists exactly the overdue and due items of a file, one click away",
          "[dashboard]")
{
    QTemporaryDir dir;
    FixedClock clock(kToday);
    content::TemplateOptions options;
    options.organisation = "Acme Ltd";
    options.author = "test";
    auto created = content::createFromTemplate(inDir(dir, "acme.isms"), options, clock);
    REQUIRE(created.ok());
    storage::IsmsFile& file = **created;

    Record policy = blank("documents");
    set(policy, "documents", "title", std::string("Information security policy"));
    set(policy, "documents", "status", std::string("approved"));
    set(policy, "documents", "mandatory", std::string("policy"));
    set(policy, "documents", "next_review", kToday.addDays(-10));
    const RecordId policyId = insert(file, "documents", policy);

    Record soon = blank("treatments");
    set(soon, "treatments", "title", std::string("Encrypt laptops"));
    set(soon, "treatments", "status", std::string("planned"));
    set(soon, "treatments", "due_date", kToday.addDays(5));
    const RecordId soonId = insert(file, "treatments", soon);

    Record later = blank("treatments");
    set(later, "treatments", "title", std::string("Replace the firewall"));
    set(later, "treatments", "status", std::string("planned"));
    set(later, "treatments", "due_date", kToday.addDays(45));
    insert(file, "treatments", later);

    auto risk = [&](const char* title, int il, int ii, int rl, int ri, const char* status) {
        Record r = blank("risks");
        set(r, "risks", "title", std::string(title));
        set(r, "risks", "status", std::string(status));
        set(r, "risks", "inherent_likelihood", std::int64_t{il});
        set(r, "risks", "inherent_impact", std::int64_t{ii});
        if (rl > 0) {
            set(r, "risks", "residual_likelihood", std::int64_t{rl});
            set(r, "risks", "residual_impact", std::int64_t{ri});
        }
        insert(file, "risks", r);
    };
    risk("Ransomware on the file server", 4, 5, 2, 3, "treating");
    risk("Laptop theft", 4, 5, 0, 0, "assessed");
    risk("Old datacentre flood", 5, 5, 1, 1, "closed");

    DashboardView view(clock);
    view.resize(1200, 900);
    view.show();
    view.setFile(&file);
    REQUIRE(view.summary().has_value());
    CHECK(view.errorText().isEmpty());

    QTreeWidget* overdue = view.table(readiness::kOverdue);
    QTreeWidget* dueSoon = view.table(readiness::kDueSoon);
    REQUIRE(overdue);
    REQUIRE(dueSoon);

    // The policy past its review date is overdue by 10 days, shown in red with its due date.
    QTreeWidgetItem* policyRow = rowTitled(overdue, QStringLiteral("Information security policy"));
    REQUIRE(policyRow);
    CHECK(policyRow->text(4) == QStringLiteral("10 days overdue"));
    CHECK(policyRow->text(3) == QStringLiteral("13/11/2026"));
    CHECK(policyRow->foreground(1).color() != overdue->palette().color(QPalette::Text));
    // What is not overdue keeps the palette's text colour.
    // A new file has held no management review and planned none: that is a readiness gap, not an
    // overdue item "due never".
    bool reviewItem = false;
    for (int i = 0; i < overdue->topLevelItemCount(); ++i)
        reviewItem |= overdue->topLevelItem(i)->data(0, Qt::UserRole + 1).toString()
            == QStringLiteral("reviews");
    CHECK_FALSE(reviewItem);
    CHECK(overdue->topLevelItemCount() == 1);

    // Due within 30 days: the laptop encryption (in 5 days), not the firewall (in 45).
    QTreeWidgetItem* soonRow = rowTitled(dueSoon, QStringLiteral("Encrypt laptops"));
    REQUIRE(soonRow);
    CHECK(soonRow->text(4) == QStringLiteral("Due in 5 days"));
    CHECK(soonRow->foreground(1).color() != policyRow->foreground(1).color());
    CHECK(rowTitled(dueSoon, QStringLiteral("Replace the firewall")) == nullptr);
    CHECK(rowTitled(overdue, QStringLiteral("Replace the firewall")) == nullptr);

    // One click on a row opens its record.
    QSignalSpy records(&view, &DashboardView::recordActivated);
    QSignalSpy registers(&view, &DashboardView::registerActivated);
    clickRow(overdue, policyRow);
    REQUIRE(records.count() == 1);
    CHECK(records.at(0).at(0).toString() == QStringLiteral("documents"));
    CHECK(records.at(0).at(1).toLongLong() == policyId);
    clickRow(dueSoon, soonRow);
    REQUIRE(records.count() == 2);
    CHECK(records.at(1).at(0).toString() == QStringLiteral("treatments"));
    CHECK(records.at(1).at(1).toLongLong() == soonId);
    CHECK(registers.isEmpty());

    // Heat maps: open risks only; the unassessed residual is left out of the residual map.
    CHECK(view.inherentMap()->count(4, 5) == 2);
    CHECK(view.inherentMap()->count(5, 5) == 0);
    CHECK(view.inherentMap()->total() == 2);
    CHECK(view.residualMap()->count(2, 3) == 1);
    CHECK(view.residualMap()->total() == 1);
    CHECK(view.inherentMap()->accessibleDescription()
          == QStringLiteral("likelihood 4, impact 5, level 20: 2"));
    // A click on a cell asks for the risks of that cell: its pair, open risks, no opportunities.
    std::vector<RecordFilter> cells;
    QObject::connect(&view, &DashboardView::riskCellActivated, [&](const RecordFilter& f) { cells.push_back(f); });
    QTest::mouseClick(view.inherentMap(), Qt::LeftButton, {},
                      view.inherentMap()->cellRect(4, 5).center());
    REQUIRE(cells.size() == 1);
    CHECK(cells[0].description.contains(QStringLiteral("inherent likelihood 4")));
    CHECK(cells[0].description.contains(QStringLiteral("impact 5")));
    const auto has = [&](const char* field, const char* value, bool equals) {
        for (const auto& c : cells.back().conditions)
            if (c.field == field && c.value == value && c.equals == equals)
                return true;
        return false;
    };
    CHECK(has("inherent_likelihood", "4", true));
    CHECK(has("inherent_impact", "5", true));
    CHECK(has("status", "closed", false));
    CHECK(has("kind", "opportunity", false));
    // The keyboard reaches every cell: the arrow keys move a focus cell and Enter opens it.
    CHECK(view.residualMap()->focusPolicy() == Qt::StrongFocus);
    view.residualMap()->setFocusCell(1, 1);
    QTest::keyClick(view.residualMap(), Qt::Key_Up);
    QTest::keyClick(view.residualMap(), Qt::Key_Right);
    QTest::keyClick(view.residualMap(), Qt::Key_Right);
    CHECK(view.residualMap()->focusCell() == std::pair{2, 3});
    CHECK(view.residualMap()->accessibleName().contains(QStringLiteral("Likelihood 2")));
    QTest::keyClick(view.residualMap(), Qt::Key_Return);
    REQUIRE(cells.size() == 2);
    CHECK(has("residual_likelihood", "2", true));
    CHECK(has("residual_impact", "3", true));
    // Off the edge the focus stays on the scale.
    for (int k = 0; k < 9; ++k)
        QTest::keyClick(view.residualMap(), Qt::Key_Down);
    CHECK(view.residualMap()->focusCell().first == 1);
    CHECK(registers.isEmpty());

    // The approved policy is found as the mandatory documented information of clause 5.2; a
    // click on the row opens the register where it is kept.
    QTreeWidget* mandatory = view.table(readiness::kMandatory);
    REQUIRE(mandatory);
    QTreeWidgetItem* policyItem = nullptr;
    for (int i = 0; i < mandatory->topLevelItemCount(); ++i)
        if (mandatory->topLevelItem(i)->text(1) == QStringLiteral("5.2"))
            policyItem = mandatory->topLevelItem(i);
    REQUIRE(policyItem);
    CHECK(policyItem->text(3).contains(QStringLiteral("Information security policy")));
    registers.clear();
    clickRow(mandatory, policyItem);
    REQUIRE(registers.count() == 1);
    CHECK(registers.at(0).at(0).toString() == QStringLiteral("documents"));
    // The template's 93 controls are all undecided.
    CHECK(view.summary()->soa.decision("undecided") == 93);

    // Clearing the file clears the dashboard.
    view.setFile(nullptr);
    CHECK_FALSE(view.summary().has_value());
    CHECK(view.errorText() == QStringLiteral("No file is open."));
}

TEST_CASE("The dashboard over the demo file agrees with the rules for a fixed today", "[dashboard]")
{
    QTemporaryDir dir;
    FixedClock clock(kToday);
    auto demo = content::createDemo(inDir(dir, "demo.isms"), {}, clock);
    REQUIRE(demo.ok());
    storage::IsmsFile& file = **demo;
    auto data = file.loadAll();
    REQUIRE(data.ok());

    DashboardView view(clock);
    view.resize(1200, 900);
    view.show();
    view.setFile(&file);
    REQUIRE(view.summary().has_value());

    // Two approved procedures are past review: 55 and 35 days.
    QTreeWidget* overdue = view.table(readiness::kOverdue);
    REQUIRE(overdue);
    QTreeWidgetItem* access = rowTitled(overdue, QStringLiteral("Access control procedure"));
    QTreeWidgetItem* method = rowTitled(overdue, QStringLiteral("Risk assessment and treatment methodology"));
    REQUIRE(access);
    REQUIRE(method);
    CHECK(access->text(4) == QStringLiteral("55 days overdue"));
    CHECK(method->text(4) == QStringLiteral("35 days overdue"));
    // The retired document is never overdue.
    CHECK(rowTitled(overdue, QStringLiteral("Information classification and handling")) == nullptr);

    // The list holds what the overdue rule finds, in its order.
    const DueReport due = dueItems(*data, kToday, {});
    REQUIRE(overdue->topLevelItemCount() == static_cast<int>(due.overdue.size()));
    for (int i = 0; i < overdue->topLevelItemCount(); ++i)
        CHECK(overdue->topLevelItem(i)->text(0).toStdString() == due.overdue[static_cast<std::size_t>(i)].item.ref);
    QTreeWidget* dueSoon = view.table(readiness::kDueSoon);
    REQUIRE(dueSoon);
    CHECK(dueSoon->topLevelItemCount() == std::max(1, static_cast<int>(due.dueSoon.size())));

    // Heat maps count the open risks per cell.
    checkHeatMap(view.inherentMap(), cellsOf(*data, "inherent_likelihood", "inherent_impact"));
    checkHeatMap(view.residualMap(), cellsOf(*data, "residual_likelihood", "residual_impact"));
    CHECK(view.inherentMap()->total() > 0);

    // Clicking the access procedure opens that document.
    RecordId accessId = 0;
    const RegisterDef& docs = data->def(reg::documents);
    for (const auto& d : data->of(reg::documents))
        if (d.text(docs, "title") == "Access control procedure")
            accessId = d.id;
    REQUIRE(accessId != 0);
    QSignalSpy records(&view, &DashboardView::recordActivated);
    clickRow(overdue, access);
    REQUIRE(records.count() == 1);
    CHECK(records.at(0).at(0).toString() == QStringLiteral("documents"));
    CHECK(records.at(0).at(1).toLongLong() == accessId);
}

TEST_CASE("The dashboard renders in light and dark palettes", "[screenshot]")
{
    QTemporaryDir dir;
    FixedClock clock(kToday);
    auto demo = content::createDemo(inDir(dir, "demo.isms"), {}, clock);
    REQUIRE(demo.ok());

    DashboardView light(clock);
    light.setFile(demo->get());
    app::test::saveScreenshot(light, {1280, 1000}, QStringLiteral("dashboard-light"));
    CHECK(light.twoColumns());
    // Beside the navigation and the detail pane the sections stack in one column.
    app::test::saveScreenshot(light, {640, 1400}, QStringLiteral("dashboard-narrow"));
    CHECK_FALSE(light.twoColumns());

    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    dark.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    DashboardView night(clock);
    night.setPalette(dark);
    night.setFile(demo->get());
    app::test::saveScreenshot(night, {1280, 1000}, QStringLiteral("dashboard-dark"));
}

TEST_CASE("The dashboard draws exactly what the readiness builder built", "[dashboard][reports]")
{
    QTemporaryDir dir;
    FixedClock clock(kToday);
    auto demo = content::createDemo(inDir(dir, "demo.isms"), {}, clock);
    REQUIRE(demo.ok());
    auto data = (*demo)->loadAll();
    REQUIRE(data.ok());

    DashboardView view(clock);
    view.resize(1200, 900);
    view.show();
    view.setFile(demo->get());
    REQUIRE(view.report()->document().has_value());
    const reports::ReportDocument built =
        reports::readinessReport(reports::summarise(*data, kToday), {});

    // Every table of the report, row by row and cell by cell, and nothing else.
    int drawnTables = 0;
    for (const reports::Table* table : built.tables()) {
        INFO("table " << table->name.toStdString());
        app::ReportTableWidget* drawn = view.report()->table(table->name);
        REQUIRE(drawn);
        ++drawnTables;
        REQUIRE(drawn->columnCount() == static_cast<int>(table->columns.size()));
        if (table->rows.empty()) {
            CHECK(drawn->topLevelItemCount() == 1);  // "None."
            continue;
        }
        REQUIRE(drawn->topLevelItemCount() == static_cast<int>(table->rows.size()));
        for (int r = 0; r < drawn->topLevelItemCount(); ++r)
            for (int c = 0; c < drawn->columnCount(); ++c) {
                const reports::Cell& cell = table->rows[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)];
                const QString want = std::holds_alternative<QDate>(cell.value)
                    ? QLocale().toString(std::get<QDate>(cell.value), QLocale::ShortFormat)
                    : reports::cellText(cell);
                CHECK(drawn->topLevelItem(r)->text(c) == want);
            }
    }
    CHECK(drawnTables == static_cast<int>(built.tables().size()));
    CHECK(view.findChildren<app::ReportTableWidget*>().size() == built.tables().size());

    // The heat maps hold the figure's counts, the levels its numbers.
    std::vector<const reports::HeatMapFigure*> maps;
    for (const auto& section : built.sections)
        for (const auto& block : section.blocks)
            if (const auto* f = std::get_if<reports::Figure>(&block))
                if (const auto* h = std::get_if<reports::HeatMapFigure>(f))
                    maps.push_back(h);
    REQUIRE(maps.size() == 2);
    for (const auto& [figure, widget] : {std::pair{maps[0], view.inherentMap()}, std::pair{maps[1], view.residualMap()}}) {
        REQUIRE(widget);
        const int rows = static_cast<int>(figure->counts.size());
        for (int r = 0; r < rows; ++r)
            for (int i = 1; i <= static_cast<int>(figure->counts[0].size()); ++i) {
                CHECK(widget->count(rows - r, i) == figure->counts[r][i - 1]);
                CHECK(widget->methodology().score(rows - r, i) == figure->levels[r][i - 1].number);
            }
    }

    // The dashboard only shows: no row of any table can be edited.
    for (auto* table : view.findChildren<app::ReportTableWidget*>())
        for (int r = 0; r < table->topLevelItemCount(); ++r)
            CHECK_FALSE(table->topLevelItem(r)->flags().testFlag(Qt::ItemIsEditable));

    // A register named in a key-value block opens with one click.
    QSignalSpy registers(&view, &DashboardView::registerActivated);
    bool linked = false;
    for (auto* label : view.report()->findChildren<QLabel*>())
        if (label->text().contains(QStringLiteral("href"))) {
            emit label->linkActivated(QStringLiteral("open"));
            linked = true;
            break;
        }
    CHECK(linked);
    CHECK(registers.count() == 1);
}
