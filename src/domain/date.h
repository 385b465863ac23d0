#pragma once
// A calendar date without time zone, stored and exchanged as ISO 8601 (YYYY-MM-DD).

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace isms {

struct Date {
    int year = 1970;
    int month = 1;
    int day = 1;

    // Accepts exactly YYYY-MM-DD and only dates that exist (2026-02-30 is refused).
    static std::optional<Date> parse(std::string_view iso);
    static bool isValid(int year, int month, int day);

    std::string toIso() const;
    // Days since 1970-01-01; negative before.
    long long toDays() const;
    static Date fromDays(long long days);
    Date addDays(long long days) const { return fromDays(toDays() + days); }
    // Adds calendar months, clamping the day to the last day of the resulting month.
    Date addMonths(int months) const;

    auto operator<=>(const Date&) const = default;
};

// Days from a to b (positive when b is later).
inline long long daysBetween(const Date& a, const Date& b) { return b.toDays() - a.toDays(); }

} // namespace isms
