// The methodology is stored, validated, and changing it re-evaluates every risk; assessment runs
// keep snapshots of the levels.

#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

using namespace isms;
using namespace isms::storage;
using namespace isms::storage::test;

namespace {

RecordId addRisk(IsmsFile& file, int likelihood, int impact)
{
    const auto& risks = file.catalogue().get("risks");
    Record r = Record::blank(risks);
    r.set(risks, "title", std::string("Risk ") + std::to_string(likelihood) + "x" + std::to_string(impact));
    r.set(risks, "inherent_likelihood", std::int64_t{likelihood});
    r.set(risks, "inherent_impact", std::int64_t{impact});
    auto stored = file.insert(risks, r);
    REQUIRE(stored.ok());
    return stored->id;
}

} // namespace

TEST_CASE("the methodology round-trips through the file", "[methodology]")
{
    TempDir dir;
    Methodology m = Methodology::preset(4);
    m.likelihood[0].description = "Less than once in ten years";
    m.acceptanceCriteria = "Only low risks are accepted.";
    m.reviewIntervalMonths = 6;
    m.bands[1].colour = "#123456";
    {
        auto file = createFile(dir / "m.isms");
        REQUIRE(file->setMethodology(m).ok());
    }
    auto file = openFile(dir / "m.isms");
    auto stored = file->methodology();
    REQUIRE(stored.ok());
    CHECK(stored->likelihood.size() == 4);
    CHECK(stored->likelihood[0].description == "Less than once in ten years");
    CHECK(stored->matrix == m.matrix);
    CHECK(stored->bands.size() == m.bands.size());
    CHECK(stored->bands[1].colour == "#123456");
    CHECK(stored->acceptableMaxScore == m.acceptableMaxScore);
    CHECK(stored->acceptanceCriteria == m.acceptanceCriteria);
    CHECK(stored->reviewIntervalMonths == 6);
}

TEST_CASE("an invalid methodology is refused and nothing changes", "[methodology]")
{
    TempDir dir;
    auto file = createFile(dir / "bad.isms");
    Methodology m = Methodology::preset5x5();
    m.matrix.pop_back();
    auto r = file->setMethodology(m);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Invalid);
    CHECK(file->methodology()->matrix.size() == 25);
    CHECK(file->history()->size() == 2);  // only the file's creation
}

TEST_CASE("changing the methodology re-evaluates every risk in one logged transaction", "[methodology]")
{
    TempDir dir;
    auto file = createFile(dir / "re.isms");
    const auto& risks = file->catalogue().get("risks");
    const RecordId a = addRisk(*file, 2, 3);
    const RecordId b = addRisk(*file, 5, 5);
    CHECK(file->get(risks, a)->integer(risks, "inherent_level") == 6);

    std::vector<Change> seen;
    file->setObserver([&](const std::vector<Change>& changes) { seen = changes; });
    Methodology doubled = Methodology::preset5x5();
    for (int& cell : doubled.matrix)
        cell *= 2;
    doubled.bands = {{"Low", 1, "#00ff00"}, {"High", 20, "#ff0000"}};
    REQUIRE(file->setMethodology(doubled).ok());
    CHECK(file->get(risks, a)->integer(risks, "inherent_level") == 12);
    CHECK(file->get(risks, b)->integer(risks, "inherent_level") == 50);
    REQUIRE(seen.size() == 3);
    CHECK(seen[0].kind == Change::Kind::Methodology);
    CHECK(seen[1].kind == Change::Kind::Updated);

    auto history = file->history().value();
    CHECK(history[0].action == "update");
    CHECK(history[0].before == R"({"inherent_level":25})");
    CHECK(history[0].after == R"({"inherent_level":50})");
    CHECK(history[2].action == "methodology");

    // A smaller scale leaves risks off the scale unassessed rather than wrong.
    REQUIRE(file->setMethodology(Methodology::preset(3)).ok());
    CHECK(file->get(risks, a)->integer(risks, "inherent_level") == 6);
    CHECK(isEmpty(file->get(risks, b)->get(risks, "inherent_level")));
}

TEST_CASE("an assessment run snapshots every risk's levels", "[methodology][snapshots]")
{
    TempDir dir;
    auto file = createFile(dir / "s.isms");
    const auto& risks = file->catalogue().get("risks");
    const RecordId a = addRisk(*file, 2, 3);
    addRisk(*file, 4, 4);
    const RecordId assessment = minimalRecord(*file, "assessments");
    REQUIRE(file->snapshotRisks(assessment).ok());

    Record changed = file->get(risks, a).value();
    changed.set(risks, "inherent_likelihood", std::int64_t{5});
    REQUIRE(file->update(risks, changed).ok());

    auto rows = file->snapshot(assessment);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    CHECK((*rows)[0].riskId == a);
    CHECK((*rows)[0].ref == "R-001");
    CHECK((*rows)[0].title == "Risk 2x3");
    CHECK((*rows)[0].inherentLikelihood == 2);
    CHECK((*rows)[0].inherentLevel == 6);
    CHECK((*rows)[0].residualLevel == 0);
    CHECK((*rows)[1].inherentLevel == 16);

    CHECK(file->snapshotRisks(999).error().code == ErrorCode::NotFound);
    CHECK(file->snapshot(999)->empty());
    CHECK(file->history("assessments", assessment)->front().action == "snapshot");
}
