// Assessment runs (8.2) and SoA versions (6.1.3 d): recorded in one transaction, logged, read
// back with the method they were made under, and what check() finds when one is changed behind
// the program's back.
#include "test_support.h"

#include "domain/assessment_compare.h"

#include <catch2/catch_test_macros.hpp>

using namespace isms;
using namespace isms::storage;
using namespace isms::storage::test;

namespace {

RecordId addRisk(IsmsFile& file, const char* title, int l, int i, int rl, int ri)
{
    const RegisterDef& risks = file.catalogue().get("risks");
    Record r = Record::blank(risks);
    r.set(risks, "title", std::string(title));
    r.set(risks, "inherent_likelihood", std::int64_t{l});
    r.set(risks, "inherent_impact", std::int64_t{i});
    r.set(risks, "residual_likelihood", std::int64_t{rl});
    r.set(risks, "residual_impact", std::int64_t{ri});
    auto stored = file.insert(risks, r);
    REQUIRE(stored.ok());
    return stored->id;
}

RecordId addPerson(IsmsFile& file, const char* name)
{
    const RegisterDef& people = file.catalogue().get("people");
    Record r = Record::blank(people);
    r.set(people, "name", std::string(name));
    auto stored = file.insert(people, r);
    REQUIRE(stored.ok());
    return stored->id;
}

RecordId addControl(IsmsFile& file, const char* title, const char* applicable)
{
    const RegisterDef& controls = file.catalogue().get("controls");
    Record r = Record::blank(controls);
    r.set(controls, "title", std::string(title));
    if (*applicable)
        r.set(controls, "applicable", std::string(applicable));
    auto stored = file.insert(controls, r);
    REQUIRE(stored.ok());
    return stored->id;
}

// A file with two runs (the method changed between them) and two SoA versions.
void makeVersionedFile(const std::filesystem::path& path)
{
    auto file = createFile(path);
    const RecordId ada = addPerson(*file, "Ada Approver");
    addRisk(*file, "Phishing", 4, 4, 3, 3);
    addRisk(*file, "Flood", 2, 4, 2, 2);
    addControl(*file, "Clean desk", "yes");
    const RecordId undecided = addControl(*file, "Key rotation", "");
    REQUIRE(file->recordAssessment({"planned", "First", "", ada}).ok());
    REQUIRE(file->approveSoaVersion({ada, "v1"}).ok());
    REQUIRE(file->setMethodology(Methodology::preset(4)).ok());
    REQUIRE(file->recordAssessment({"change", "After the new method", "", 0}).ok());
    const RegisterDef& controls = file->catalogue().get("controls");
    auto c = file->get(controls, undecided);
    REQUIRE(c.ok());
    c->set(controls, "applicable", std::string("no"));
    c->set(controls, "justification", std::string("No keys"));
    REQUIRE(file->update(controls, *c).ok());
    REQUIRE(file->approveSoaVersion({ada, "v2"}).ok());
}

} // namespace

TEST_CASE("an assessment run keeps every risk's levels and the method it was made under", "[versions]")
{
    TempDir dir;
    makeVersionedFile(dir / "v.isms");
    auto file = openFile(dir / "v.isms", OpenMode::ReadOnly);
    auto runs = file->assessmentRuns();
    REQUIRE(runs.ok());
    REQUIRE(runs->size() == 2);
    CHECK((*runs)[0].trigger == "planned");
    CHECK((*runs)[0].note == "First");
    CHECK((*runs)[0].riskCount == 2);
    CHECK((*runs)[1].trigger == "change");
    auto first = file->assessmentRun((*runs)[0].id);
    auto second = file->assessmentRun((*runs)[1].id);
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    // The first run still has the 5x5 method although the file has moved to 4x4.
    CHECK(first->methodologyKept);
    CHECK(first->methodology.likelihood.size() == 5);
    CHECK(sameMethodology(first->methodology, Methodology::preset5x5()));
    CHECK(second->methodology.likelihood.size() == 4);
    REQUIRE(first->risks.size() == 2);
    CHECK(first->risks[0].residualLevel == 9);
    CHECK(second->risks[0].residualLevel == 9);  // 3 x 3 in both methods, but High vs. Critical bands
    const RunComparison c = compareRuns(*first, *second);
    CHECK_FALSE(c.sameMethod);
    const HealthReport report = checkOf(dir / "v.isms");
    INFO(problemsOf(report));
    CHECK(report.healthy());
}

TEST_CASE("an SoA version freezes every control; undecided ones mark it incomplete", "[versions]")
{
    TempDir dir;
    makeVersionedFile(dir / "v.isms");
    auto file = openFile(dir / "v.isms", OpenMode::ReadOnly);
    auto versions = file->soaVersions();
    REQUIRE(versions.ok());
    REQUIRE(versions->size() == 2);
    CHECK((*versions)[0].number == 1);
    CHECK((*versions)[0].incomplete());
    CHECK((*versions)[0].approvedByName == "Ada Approver");
    CHECK((*versions)[0].controlCount == 2);
    CHECK_FALSE((*versions)[1].incomplete());
    auto v1 = file->soaVersion(1);
    auto v2 = file->soaVersion(2);
    REQUIRE(v1.ok());
    REQUIRE(v2.ok());
    const SoaDiff diff = diffSoa(*v1, *v2);
    REQUIRE(diff.changes.size() == 1);
    CHECK(diff.changes[0].changed == std::vector<SoaAspect>{SoaAspect::Decision, SoaAspect::Justification});
    CHECK(file->soaVersion(3).error().code == ErrorCode::NotFound);
    // The history names both versions.
    auto history = file->history();
    REQUIRE(history.ok());
    int approvals = 0;
    for (const auto& e : *history)
        approvals += e.action == "soa_version" ? 1 : 0;
    CHECK(approvals == 2);
}

TEST_CASE("bad requests are refused and nothing is half-written", "[versions]")
{
    TempDir dir;
    auto file = createFile(dir / "b.isms");
    addRisk(*file, "Phishing", 4, 4, 3, 3);
    const auto before = file->history();
    REQUIRE(before.ok());
    auto badTrigger = file->recordAssessment({"whenever", "", "", 0});
    CHECK(badTrigger.error().code == ErrorCode::Invalid);
    CHECK(badTrigger.error().message.find("planned") != std::string::npos);
    CHECK(file->recordAssessment({"planned", "", "", 999}).error().code == ErrorCode::NotFound);
    CHECK(file->approveSoaVersion({0, ""}).error().code == ErrorCode::Invalid);
    auto nobody = file->approveSoaVersion({999, ""});
    CHECK(nobody.error().code == ErrorCode::NotFound);
    CHECK(nobody.error().message.find("people register") != std::string::npos);
    CHECK(file->history()->size() == before->size());
    CHECK(file->assessmentRuns()->empty());
    CHECK(file->soaVersions()->empty());
}

TEST_CASE("a run, its kept method or an SoA version changed behind the program's back is found", "[versions][check]")
{
    struct Case {
        const char* what;
        const char* sql;
        const char* expected;
    };
    const Case cases[] = {
        {"a snapshot level changed", "UPDATE assessment_snapshots SET residual_level = 1 WHERE risk_id = 2",
         "The risk snapshot of assessments RA-001 differs from its history"},
        {"a kept method changed", "UPDATE assessment_methodologies SET methodology = replace(methodology, '\"acceptable_max_score\":', '\"acceptable_max_score\":1') WHERE assessment_id = 1",
         "The methodology kept with assessments RA-001 differs from its history"},
        {"a kept method deleted", "DELETE FROM assessment_methodologies WHERE assessment_id = 2",
         "is in its history but not in the file"},
        {"a frozen decision changed", "UPDATE soa_version_controls SET applicable = 'yes' WHERE version = 2 AND applicable = 'no'",
         "SoA version 2 differs from its history"},
        {"an approver renamed", "UPDATE soa_versions SET approved_by_name = 'Mallory' WHERE number = 1",
         "SoA version 1 differs from its history"},
        {"a version forged", "INSERT INTO soa_versions VALUES (3, '2026-11-23T12:00:00.000Z', 1, 'Mallory', '', 0)",
         "SoA version 3 is in the file but not in its history"},
        {"a version deleted", "DELETE FROM soa_version_controls WHERE version = 2; DELETE FROM soa_versions WHERE number = 2",
         "SoA version 2 is in its history but not in the file"},
    };
    for (const auto& c : cases) {
        INFO(c.what);
        TempDir dir;
        const auto path = dir / "t.isms";
        makeVersionedFile(path);
        rawSql(path, c.sql);
        const HealthReport report = checkOf(path);
        INFO(problemsOf(report));
        CHECK_FALSE(report.healthy());
        CHECK(mentions(report, c.expected));
    }
}

TEST_CASE("a schema-3 file read as it is has no runs or versions; upgraded it records them", "[versions][schema3]")
{
    TempDir dir;
    const auto path = dir / "schema-3.isms";
    std::filesystem::copy_file(std::filesystem::path(ISMS_TEST_DATA_DIR) / "schema-3.isms", path);
    {
        auto file = openFile(path, OpenMode::ReadOnly);
        auto runs = file->assessmentRuns();
        REQUIRE(runs.ok());
        CHECK(runs->empty());
        CHECK(file->soaVersions()->empty());
    }
    auto file = openFile(path);
    CHECK(file->info().schemaVersion == kSchemaVersion);
    auto people = file->list(file->catalogue().get("people"));
    REQUIRE(people.ok());
    REQUIRE_FALSE(people->empty());
    REQUIRE(file->recordAssessment({"planned", "", "", 0}).ok());
    auto v = file->approveSoaVersion({people->front().id, ""});
    REQUIRE(v.ok());
    CHECK(v->controlCount >= 93);
    auto report = file->check();
    REQUIRE(report.ok());
    INFO(problemsOf(*report));
    CHECK(report->healthy());
}
