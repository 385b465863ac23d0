#include "content/csv.h"
#include "content/csv_export.h"
#include "content/demo.h"
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

using namespace isms;
using namespace isms::content;

TEST_CASE("Export writes ref and field keys, references as refs, computed levels included",
          "[export]")
{
    test::TempDir dir;
    auto created = createDemo(dir / "demo.isms", {}, test::testClock());
    REQUIRE(created.ok());
    auto& file = **created;
    const auto& risks = file.catalogue().get(reg::risks);
    auto csv = exportCsv(file, risks);
    REQUIRE(csv.ok());
    auto rows = readCsv(*csv);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() > 1);
    CHECK((*rows)[0].cells == csvHeader(risks));
    CHECK((*rows)[0].cells.front() == "ref");

    const auto& header = (*rows)[0].cells;
    const auto column = [&](const std::string& key) {
        return static_cast<std::size_t>(std::find(header.begin(), header.end(), key) - header.begin());
    };
    const auto& first = (*rows)[1].cells;
    CHECK(first[column("ref")] == "R-001");
    CHECK(first[column("owner")].rfind("P-", 0) == 0);
    CHECK(first[column("inherent_level")] == "20");  // 4 x 5 on the 5x5 matrix
    CHECK(first[column("affects_c")] == "true");
    CHECK(first[column("review_date")] == test::testClock().today().addDays(60).toIso());
    CHECK(csv->find("\r\n") != std::string::npos);
}
