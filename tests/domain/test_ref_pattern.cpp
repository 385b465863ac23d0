#include "domain/catalogue.h"
#include "domain/ref_pattern.h"

#include <catch2/catch_test_macros.hpp>

using namespace isms;

TEST_CASE("Refs of the kinds the program makes keep to the pattern", "[ref]")
{
    for (const char* ref : {"R-001", "A.5.1", "6.1.2", "RTP-100", "P_3", "a", "9",
                            "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"})
        CHECK(isSafeRef(ref));
    for (const auto& reg : Catalogue::standard().registers()) {
        INFO(reg.key);
        CHECK(isSafeRef(reg.refPrefix + "-001"));
        CHECK(isSafeRef(reg.refPrefix + "-999999999999999999"));
    }
}

TEST_CASE("Other refs are refused with the reason", "[ref]")
{
    struct Case {
        std::string ref;
        const char* reason;
    };
    for (const Case& bad : {Case{"", "the ref is empty"},
                            Case{"-R1", "starts with '-'"},
                            Case{".hidden", "starts with '.'"},
                            Case{"R 1", "holds byte 0x20 at position 2"},
                            Case{"R/1", "holds '/' at position 2"},
                            Case{"R\x1b[31m", "holds byte 0x1B at position 2"},
                            Case{"R-\xC3\xA9", "holds byte 0xC3 at position 3"},
                            Case{"=1+1", "starts with '='"},
                            Case{std::string(33, 'A'), "33 characters, more than 32"}}) {
        INFO(bad.ref);
        const auto problem = refProblem(bad.ref);
        REQUIRE(problem);
        CHECK(problem->find(bad.reason) != std::string::npos);
        CHECK(problem->find("e.g. R-001") != std::string::npos);
        CHECK_FALSE(isSafeRef(bad.ref));
    }
}
