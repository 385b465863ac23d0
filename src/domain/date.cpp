#include "date.h"

#include <charconv>
#include <chrono>
#include <cstdio>

namespace isms {

namespace {

bool readNumber(std::string_view text, int& out)
{
    for (char c : text)
        if (c < '0' || c > '9')
            return false;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && ptr == text.data() + text.size();
}

} // namespace

bool Date::isValid(int year, int month, int day)
{
    if (year < 1 || year > 9999)
        return false;
    const std::chrono::year_month_day ymd{std::chrono::year(year),
                                          std::chrono::month(static_cast<unsigned>(month)),
                                          std::chrono::day(static_cast<unsigned>(day))};
    return month >= 1 && month <= 12 && day >= 1 && ymd.ok();
}

std::optional<Date> Date::parse(std::string_view iso)
{
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-')
        return std::nullopt;
    Date d;
    if (!readNumber(iso.substr(0, 4), d.year) || !readNumber(iso.substr(5, 2), d.month)
        || !readNumber(iso.substr(8, 2), d.day))
        return std::nullopt;
    if (!isValid(d.year, d.month, d.day))
        return std::nullopt;
    return d;
}

std::string Date::toIso() const
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return buffer;
}

long long Date::toDays() const
{
    using namespace std::chrono;
    const sys_days days{year_month_day{std::chrono::year(year),
                                       std::chrono::month(static_cast<unsigned>(month)),
                                       std::chrono::day(static_cast<unsigned>(day))}};
    return days.time_since_epoch().count();
}

Date Date::fromDays(long long days)
{
    using namespace std::chrono;
    const year_month_day ymd{sys_days{std::chrono::days{days}}};
    return Date{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

Date Date::addMonths(int months) const
{
    int total = year * 12 + (month - 1) + months;
    Date result{total / 12, total % 12 + 1, day};
    while (!isValid(result.year, result.month, result.day) && result.day > 28)
        --result.day;
    return result;
}

} // namespace isms
