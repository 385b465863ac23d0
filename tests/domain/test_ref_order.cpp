// The natural order of references: each numeric part by its number.

#include "domain/ref_order.h"

#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

using namespace isms;

TEST_CASE("refs sort by each numeric part, a prefix first", "[ref_order]")
{
    const std::vector<std::string> ordered = {
        "4", "4.1", "4.2", "5", "6", "6.1", "6.1.1", "6.1.2", "6.1.3 d", "6.2", "9", "9.2.2", "10", "10.1",
        "A.5.1", "A.5.2", "A.5.9", "A.5.10", "A.5.37", "A.6.1", "A.8.9", "A.8.10", "A.8.34",
        "C-1", "C-001", "C-2", "C-010",
        "R-2", "R-10", "R-999", "R-1000",
    };
    for (std::size_t i = 0; i + 1 < ordered.size(); ++i) {
        INFO(ordered[i] << " < " << ordered[i + 1]);
        CHECK(compareRefs(ordered[i], ordered[i + 1]) < 0);
        CHECK(compareRefs(ordered[i + 1], ordered[i]) > 0);
    }
    std::vector<std::string> shuffled = ordered;
    std::mt19937 random(8);
    for (int round = 0; round < 20; ++round) {
        std::shuffle(shuffled.begin(), shuffled.end(), random);
        std::sort(shuffled.begin(), shuffled.end(), [](const std::string& a, const std::string& b) { return refLess(a, b); });
        CHECK(shuffled == ordered);
    }
}

TEST_CASE("the ref order is total: zero only for the same bytes", "[ref_order]")
{
    CHECK(compareRefs("A.5.1", "A.5.1") == 0);
    CHECK(compareRefs("", "") == 0);
    CHECK(compareRefs("", "A") < 0);
    // Case and leading zeros only break ties, so equal-looking refs still have one order.
    CHECK(compareRefs("a.5.1", "A.5.1") != 0);
    CHECK(compareRefs("a.5.1", "A.5.1") == -compareRefs("A.5.1", "a.5.1"));
    CHECK(compareRefs("R-1", "R-01") < 0);
    CHECK(compareRefs("r-2", "R-10") < 0);  // case never outranks a number
    // Very long numbers compare by value without overflowing.
    CHECK(compareRefs("N-99999999999999999999998", "N-99999999999999999999999") < 0);
    CHECK(compareRefs("N-100000000000000000000000", "N-99999999999999999999999") > 0);
    // Transitivity over a mixed sample.
    const std::vector<std::string> sample = {"A.5.1", "A-5", "A5", "A.5", "a.5.1", "A.05.1", "6.1", "6_1", "6-1", "61", "A", "B.1", "R-01", "R-1", "R-1a"};
    for (const auto& a : sample)
        for (const auto& b : sample)
            for (const auto& c : sample)
                if (compareRefs(a, b) < 0 && compareRefs(b, c) < 0) {
                    INFO(a << " < " << b << " < " << c);
                    CHECK(compareRefs(a, c) < 0);
                }
}
