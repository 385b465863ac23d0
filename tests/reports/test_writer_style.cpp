// The small rules the PDF and ODT writers share: the paper for a locale, and the text colour on
// a level's fill.
#include "reports/writers/cell_style.h"
#include "reports/writers/page_size.h"

#include <catch2/catch_test_macros.hpp>

using namespace isms::reports;

TEST_CASE("Letter for the Americas that use it, A4 for everyone else", "[reports][style]")
{
    CHECK(pageSizeForLocale(QLocale(QLocale::English, QLocale::UnitedStates)) == QPageSize::Letter);
    CHECK(pageSizeForLocale(QLocale(QLocale::French, QLocale::Canada)) == QPageSize::Letter);
    CHECK(pageSizeForLocale(QLocale(QLocale::Spanish, QLocale::Mexico)) == QPageSize::Letter);
    CHECK(pageSizeForLocale(QLocale(QLocale::Filipino, QLocale::Philippines)) == QPageSize::Letter);
    CHECK(pageSizeForLocale(QLocale(QLocale::English, QLocale::UnitedKingdom)) == QPageSize::A4);
    CHECK(pageSizeForLocale(QLocale(QLocale::German, QLocale::Germany)) == QPageSize::A4);
    CHECK(pageSizeForLocale(QLocale(QLocale::Spanish, QLocale::Spain)) == QPageSize::A4);
    CHECK(pageSizeForLocale(QLocale(QLocale::English, QLocale::Australia)) == QPageSize::A4);
    CHECK(pageSizeForLocale(QLocale::c()) == QPageSize::A4);
}

TEST_CASE("A level's text contrasts with its fill", "[reports][style]")
{
    CHECK(textColourOn(QColor(0xb7, 0x1c, 0x1c)) == QColor(Qt::white));  // dark red
    CHECK(textColourOn(QColor(0x2e, 0x7d, 0x32)) == QColor(Qt::white));  // dark green
    CHECK(textColourOn(QColor(0xfb, 0xc0, 0x2d)) == QColor(Qt::black));  // yellow
    CHECK(textColourOn(QColor(0xef, 0x6c, 0x00)) == QColor(Qt::black));  // orange
    CHECK(textColourOn(QColor(Qt::white)) == QColor(Qt::black));
    CHECK(textColourOn(QColor(Qt::black)) == QColor(Qt::white));
}

TEST_CASE("Only a level with a colour has a fill; only numbers sit on the right",
          "[reports][style]")
{
    CHECK(cellFill(Cell(LevelCell{3, QStringLiteral("Low"), QColor(Qt::green)})) == QColor(Qt::green));
    CHECK_FALSE(cellFill(Cell(LevelCell{3, QStringLiteral("Low"), {}})).has_value());
    CHECK_FALSE(cellFill(Cell(QStringLiteral("text"))).has_value());
    CHECK(alignsRight(Cell::number(4)));
    CHECK_FALSE(alignsRight(Cell(QDate(2026, 1, 1))));
    CHECK_FALSE(alignsRight(Cell(LevelCell{3, {}, {}})));
}
