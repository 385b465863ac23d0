#include "content/reference_data.h"

#include <catch2/catch_test_macros.hpp>

#include <map>
#include <set>

using namespace isms::content;

TEST_CASE("The 93 Annex A 2022 controls are compiled in, with their themes", "[reference]")
{
    const auto& controls = annexAControls();
    REQUIRE(controls.size() == 93);
    CHECK(controls.front().id == "A.5.1");
    CHECK(controls.front().title == "Policies for information security");
    CHECK(controls.back().id == "A.8.34");
    std::map<std::string, int> themes;
    std::set<std::string> ids;
    for (const auto& c : controls) {
        ++themes[c.theme];
        ids.insert(c.id);
    }
    CHECK(ids.size() == 93);
    CHECK(themes == std::map<std::string, int>{{"organizational", 37}, {"people", 8},
                                                {"physical", 14}, {"technological", 34}});
}

TEST_CASE("Every clause 4-10 requirement is compiled in", "[reference]")
{
    const auto& clauses = clauseRequirements();
    REQUIRE(clauses.size() == 41);
    CHECK(clauses.front().clause == "4");
    CHECK(clauses[1].clause == "4.1");
    CHECK(clauses[1].summary.find("climate change") != std::string::npos);
    CHECK(clauses.back().clause == "10.2");
    std::set<std::string> numbers;
    for (const auto& c : clauses)
        numbers.insert(c.clause);
    for (const char* expected : {"4.3", "6.1.2", "6.1.3", "7.5.3", "9.2.2", "9.3.2", "10.1"})
        CHECK(numbers.count(expected) == 1);
}
