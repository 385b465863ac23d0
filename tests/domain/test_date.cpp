#include "domain/date.h"

#include <catch2/catch_test_macros.hpp>

using isms::Date;

TEST_CASE("Dates parse only as real ISO calendar dates", "[date]")
{
    REQUIRE(Date::parse("2026-11-23") == Date{2026, 11, 23});
    REQUIRE(Date::parse("2024-02-29").has_value());  // leap year
    CHECK_FALSE(Date::parse("2026-02-29").has_value());
    CHECK_FALSE(Date::parse("2026-02-30").has_value());
    CHECK_FALSE(Date::parse("2026-13-01").has_value());
    CHECK_FALSE(Date::parse("2026-00-10").has_value());
    CHECK_FALSE(Date::parse("23/11/2026").has_value());
    CHECK_FALSE(Date::parse("2026-1-5").has_value());
    CHECK_FALSE(Date::parse("2026-11-2x").has_value());
    CHECK_FALSE(Date::parse("").has_value());
}

TEST_CASE("Date arithmetic crosses months and years", "[date]")
{
    const Date d{2026, 12, 31};
    CHECK(d.addDays(1) == Date{2027, 1, 1});
    CHECK(d.toIso() == "2026-12-31");
    CHECK(Date::fromDays(d.toDays()) == d);
    CHECK(isms::daysBetween(Date{2026, 11, 1}, Date{2026, 11, 23}) == 22);
    CHECK(Date{2026, 1, 31}.addMonths(1) == Date{2026, 2, 28});
    CHECK(Date{2026, 11, 15}.addMonths(12) == Date{2027, 11, 15});
    CHECK(Date{2026, 3, 15}.addMonths(-3) == Date{2025, 12, 15});
}
