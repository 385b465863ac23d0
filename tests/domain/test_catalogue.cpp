#include "domain/catalogue.h"

#include <catch2/catch_test_macros.hpp>

#include <regex>
#include <set>

using namespace isms;

TEST_CASE("Every register is described completely and consistently", "[catalogue]")
{
    const auto& catalogue = Catalogue::standard();
    REQUIRE(catalogue.registers().size() >= 29);
    const std::regex keyPattern("[a-z][a-z_]*");
    std::set<std::string> keys, prefixes;
    for (const auto& reg : catalogue.registers()) {
        INFO(reg.key);
        CHECK(std::regex_match(reg.key, keyPattern));
        CHECK(keys.insert(reg.key).second);
        CHECK(prefixes.insert(reg.refPrefix).second);
        CHECK_FALSE(reg.title.empty());
        CHECK_FALSE(reg.clause.empty());
        CHECK_FALSE(reg.description.empty());
        REQUIRE(reg.field(reg.titleField) != nullptr);
        std::set<std::string> fieldKeys;
        for (const auto& field : reg.fields) {
            INFO(field.key);
            CHECK(std::regex_match(field.key, keyPattern));
            CHECK(fieldKeys.insert(field.key).second);
            CHECK_FALSE(field.label.empty());
            if (field.type == FieldType::Enum)
                CHECK(field.options.size() >= 2);
            if (field.type == FieldType::Reference)
                CHECK(catalogue.find(field.target) != nullptr);
        }
    }
}

TEST_CASE("Links join registers that exist", "[catalogue]")
{
    const auto& catalogue = Catalogue::standard();
    std::set<std::string> keys;
    for (const auto& link : catalogue.links()) {
        INFO(link.key);
        CHECK(keys.insert(link.key).second);
        CHECK(catalogue.find(link.from) != nullptr);
        CHECK((link.to == "*" || catalogue.find(link.to) != nullptr));
    }
    CHECK(catalogue.link("risk_controls").to == "controls");
    CHECK_THROWS(catalogue.get("nonsense"));
}
