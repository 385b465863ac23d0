#include "reports/report_document.h"

#include <catch2/catch_test_macros.hpp>

using namespace isms::reports;

TEST_CASE("A cell reads the same as plain text in every format", "[reports][model]")
{
    CHECK(cellText(Cell()).isEmpty());
    CHECK(cellText(Cell(QStringLiteral("text"))) == QStringLiteral("text"));
    CHECK(cellText(Cell(QDate(2026, 3, 4))) == QStringLiteral("2026-03-04"));
    CHECK(cellText(Cell::number(42)) == QStringLiteral("42"));
    CHECK(cellText(Cell::number(12.5, 1, QStringLiteral("%"))) == QStringLiteral("12.5%"));
    // A level always carries its number, so its colour is never the only sign of it.
    CHECK(cellText(Cell(LevelCell{12, QStringLiteral("High"), QColor(Qt::red)}))
          == QStringLiteral("12 High"));
    CHECK(cellText(Cell(LevelCell{3, {}, {}})) == QStringLiteral("3"));
    CHECK(cellText(Cell(RecordCell{QStringLiteral("risks"), 7, QStringLiteral("R-007")}))
          == QStringLiteral("R-007"));
}

TEST_CASE("A document lists its tables in order and knows which are wide", "[reports][model]")
{
    ReportDocument doc;
    Table narrow;
    narrow.name = QStringLiteral("A");
    narrow.columns = {{QStringLiteral("Ref"), 8}, {QStringLiteral("Title"), 40, true}};
    Table wide;
    wide.name = QStringLiteral("B");
    for (int i = 0; i < 9; ++i)
        wide.columns.push_back({QStringLiteral("C%1").arg(i), 12});
    doc.sections.push_back({QStringLiteral("One"), 1, {Paragraph{QStringLiteral("p")}, narrow}});
    doc.sections.push_back({QStringLiteral("Two"), 1, {wide}});

    const auto tables = doc.tables();
    REQUIRE(tables.size() == 2);
    CHECK(tables[0]->name == QStringLiteral("A"));
    CHECK(tables[1]->name == QStringLiteral("B"));
    CHECK_FALSE(narrow.wide());
    CHECK(wide.wide());
}
