#include "domain/catalogue.h"
#include "domain/value_text.h"

#include <catch2/catch_test_macros.hpp>

using namespace isms;

namespace {

const FieldDef& fieldOf(std::string_view reg, const std::string& key)
{
    const auto* field = Catalogue::standard().get(reg).field(key);
    REQUIRE(field != nullptr);
    return *field;
}

} // namespace

TEST_CASE("Values are written in their canonical text", "[value_text]")
{
    const auto& due = fieldOf(reg::treatments, "due_date");
    const auto& completion = fieldOf(reg::treatments, "completion");
    const auto& status = fieldOf(reg::treatments, "status");
    const auto& climate = fieldOf(reg::issues, "climate_relevant");
    const auto& target = fieldOf(reg::metrics, "target_value");

    CHECK(valueToText(due, Value(Date{2026, 3, 5})) == "2026-03-05");
    CHECK(valueToText(completion, Value(std::int64_t{42})) == "42");
    CHECK(valueToText(status, Value(std::string("in_progress"))) == "in_progress");
    CHECK(valueToText(climate, Value(true)) == "true");
    CHECK(valueToText(climate, Value(false)) == "false");
    CHECK(valueToText(target, Value(97.5)) == "97.5");
    CHECK(valueToText(target, Value(0.1)) == "0.1");
    CHECK(valueToText(target, Value(1e20)) == "100000000000000000000");
    CHECK(valueToText(due, Value()) == "");

    CHECK(valueToDisplayText(status, Value(std::string("in_progress"))) == "In progress");
    CHECK(valueToDisplayText(climate, Value(true)) == "Yes");
}

TEST_CASE("Every canonical text reads back as the same value", "[value_text]")
{
    const auto& target = fieldOf(reg::metrics, "target_value");
    for (double d : {0.0, -3.25, 0.1, 1.0 / 3.0, 123456.789, 1e-7}) {
        auto back = valueFromText(target, valueToText(target, Value(d)));
        REQUIRE(back.ok());
        CHECK(std::get<double>(*back) == d);
    }
    const auto& due = fieldOf(reg::treatments, "due_date");
    auto date = valueFromText(due, valueToText(due, Value(Date{2024, 2, 29})));
    REQUIRE(date.ok());
    CHECK(std::get<Date>(*date) == Date{2024, 2, 29});
}

TEST_CASE("Dates that do not exist are refused with the field named", "[value_text]")
{
    const auto& due = fieldOf(reg::treatments, "due_date");
    auto impossible = valueFromText(due, "2026-02-30");
    REQUIRE_FALSE(impossible.ok());
    CHECK(impossible.error().code == ErrorCode::Invalid);
    CHECK(impossible.error().message == "Due (due_date): 2026-02-30 is not a date (use YYYY-MM-DD)");
    CHECK_FALSE(valueFromText(due, "30/01/2026").ok());
    CHECK_FALSE(valueFromText(due, "2026-1-5").ok());
    CHECK(parseValueText(due, " 2026-01-05 ").ok());
    CHECK(std::holds_alternative<std::monostate>(parseValueText(due, "  ").value));
}

TEST_CASE("Enums accept the key or the label in any case and store the key", "[value_text]")
{
    const auto& status = fieldOf(reg::treatments, "status");
    for (const char* text : {"in_progress", "IN_PROGRESS", "In progress", "in PROGRESS"}) {
        auto v = valueFromText(status, text);
        REQUIRE(v.ok());
        CHECK(std::get<std::string>(*v) == "in_progress");
    }
    auto wrong = valueFromText(status, "finished");
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message.find("Status (status)") == 0);
    CHECK(wrong.error().message.find("planned, in_progress, done, cancelled") != std::string::npos);
}

TEST_CASE("Booleans accept true/false, yes/no and 1/0", "[value_text]")
{
    const auto& climate = fieldOf(reg::issues, "climate_relevant");
    for (const char* yes : {"true", "TRUE", "yes", "Yes", "1"})
        CHECK(std::get<bool>(parseValueText(climate, yes).value));
    for (const char* no : {"false", "No", "0"})
        CHECK_FALSE(std::get<bool>(parseValueText(climate, no).value));
    CHECK_FALSE(parseValueText(climate, "maybe").ok());
    CHECK_FALSE(parseValueText(climate, "2").ok());
}

TEST_CASE("Numbers are read strictly", "[value_text]")
{
    const auto& completion = fieldOf(reg::treatments, "completion");
    CHECK(std::get<std::int64_t>(parseValueText(completion, "-12").value) == -12);
    CHECK_FALSE(parseValueText(completion, "12.5").ok());
    CHECK_FALSE(parseValueText(completion, "12abc").ok());
    CHECK_FALSE(parseValueText(completion, "1 2").ok());
    CHECK_FALSE(parseValueText(completion, "99999999999999999999").ok());

    const auto& target = fieldOf(reg::metrics, "target_value");
    CHECK(std::get<double>(parseValueText(target, "97.5").value) == 97.5);
    CHECK_FALSE(parseValueText(target, "97,5").ok());
    CHECK_FALSE(parseValueText(target, "nan").ok());
    CHECK_FALSE(parseValueText(target, "inf").ok());
    CHECK_FALSE(parseValueText(target, "ten").ok());

    const auto& likelihood = fieldOf(reg::risks, "inherent_likelihood");
    CHECK(std::get<std::int64_t>(parseValueText(likelihood, "3").value) == 3);
    CHECK_FALSE(parseValueText(likelihood, "0").ok());
    CHECK_FALSE(parseValueText(likelihood, "-1").ok());
}

TEST_CASE("Text is kept exactly, blanks included", "[value_text]")
{
    const auto& title = fieldOf(reg::risks, "title");
    CHECK(std::get<std::string>(parseValueText(title, "  Ransomware, again ").value)
          == "  Ransomware, again ");
    CHECK(std::holds_alternative<std::monostate>(parseValueText(title, "").value));
}
