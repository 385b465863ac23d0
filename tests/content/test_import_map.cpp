#include "content/import_map.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace isms::content;

TEST_CASE("A mapping file reads back what was saved", "[import][map]")
{
    ImportMap map;
    map.columns["risk id"] = "ref";
    map.columns["comment"] = "";
    map.columns["scénario \"a\""] = "title";
    map.values["likelihood"]["low"] = "2";
    map.values["treatment"]["reduce"] = "modify";
    const std::string json = importMapJson(map);
    auto read = readImportMap(json);
    REQUIRE(read.ok());
    CHECK(*read == map);

    // Written by hand: any case and blanks in keys, an empty map.
    auto byHand = readImportMap(R"({"columns": {" Risk ID ": "ref"}, "values": {"Likelihood": {"Very HIGH": "5"}}})");
    REQUIRE(byHand.ok());
    CHECK(byHand->columns.at("risk id") == "ref");
    CHECK(byHand->values.at("likelihood").at("very high") == "5");
    auto empty = readImportMap("{}");
    REQUIRE(empty.ok());
    CHECK(empty->empty());
}

TEST_CASE("A mapping file that is wrong is refused with where and what", "[import][map]")
{
    struct Case {
        const char* json;
        const char* expected;
    };
    const auto bad = GENERATE(Case{"", "is not a JSON object"}, Case{"[1, 2]", "is not a JSON object"},
                              Case{"{\"columns\": {\"a\": \"ref\"},}", "is not a JSON object"},
                              Case{"{\"colums\": {}}", "has a member \"colums\" it does not know"},
                              Case{"{\"columns\": [\"ref\"]}", "has \"columns\" as something other than an object"},
                              Case{"{\"columns\": {\"Risk ID\": 3}}", "gives \"Risk ID\" in \"columns\" a value that is not text"},
                              Case{"{\"values\": {\"likelihood\": {\"Low\": 2}}}", "in \"values.likelihood\" a value that is not text"},
                              Case{"{\"values\": {\"likelihood\": \"Low\"}}", "has \"values.likelihood\" as something other than an object"});
    auto read = readImportMap(bad.json);
    INFO(bad.json);
    REQUIRE_FALSE(read.ok());
    INFO(read.error().message);
    CHECK(read.error().message.find(bad.expected) != std::string::npos);
    CHECK(read.error().message.find("Correct it") != std::string::npos);
}
