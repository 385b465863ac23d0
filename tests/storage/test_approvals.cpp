// Schema 4: risk-owner approvals. Given only by a person of the people register, with a rationale
// and an expiry not yet past; snapshotted and hashed; logged, so check's replay and the content
// digest cover them and an approval changed with the sqlite3 shell is caught. The pinned
// schema-3 sample is read as it is read-only and migrates (a backup first) to a healthy file.

#include "test_support.h"

#include "domain/approval_status.h"
#include "storage/sha256.h"

#include <catch2/catch_test_macros.hpp>

using namespace isms;
using namespace isms::storage;
using namespace isms::storage::test;

namespace {

std::filesystem::path sample(const std::string& name) { return std::filesystem::path(ISMS_TEST_DATA_DIR) / name; }

struct Approvable {
    std::unique_ptr<IsmsFile> file;
    RecordId owner = 0, risk = 0, control = 0, asset = 0;

    explicit Approvable(const std::filesystem::path& path) : file(createFile(path))
    {
        const auto& people = file->catalogue().get("people");
        Record p = Record::blank(people);
        p.set(people, "name", std::string("Ann Owner"));
        auto person = file->insert(people, p);
        INFO((person ? std::string() : person.error().message));
        REQUIRE(person.ok());
        owner = person->id;
        const auto& controls = file->catalogue().get("controls");
        Record c = Record::blank(controls);
        c.set(controls, "title", std::string("Offline backups"));
        c.set(controls, "theme", std::string("custom"));
        auto stored = file->insert(controls, c);
        INFO((stored ? std::string() : stored.error().message));
        REQUIRE(stored.ok());
        control = stored->id;
        const auto& risks = file->catalogue().get("risks");
        Record r = Record::blank(risks);
        r.set(risks, "title", std::string("Ransomware"));
        r.set(risks, "inherent_likelihood", std::int64_t{4});
        r.set(risks, "inherent_impact", std::int64_t{5});
        r.set(risks, "treatment", std::string("modify"));
        r.set(risks, "residual_likelihood", std::int64_t{2});
        r.set(risks, "residual_impact", std::int64_t{3});
        auto storedRisk = file->insert(risks, r);
        INFO((storedRisk ? std::string() : storedRisk.error().message));
        REQUIRE(storedRisk.ok());
        risk = storedRisk->id;
        REQUIRE(file->link(file->catalogue().link("risk_controls"), risk, "controls", control).ok());
        const auto& assets = file->catalogue().get("assets");
        Record a = Record::blank(assets);
        a.set(assets, "name", std::string("File server"));
        a.set(assets, "type", std::string("hardware"));
        auto storedAsset = file->insert(assets, a);
        INFO((storedAsset ? std::string() : storedAsset.error().message));
        REQUIRE(storedAsset.ok());
        asset = storedAsset->id;
    }

    Result<RiskApproval> approve(RecordId by, std::string rationale = "Backups are tested monthly.",
                                 std::optional<Date> expires = {})
    {
        return file->approveRisk({risk, by, std::move(rationale), expires});
    }
    std::size_t logSize() { return file->history()->size(); }
};

} // namespace

TEST_CASE("an approval records who, when, why, the risk as approved and its hash", "[approvals]")
{
    TempDir dir;
    Approvable f(dir / "a.isms");
    auto a = f.approve(f.owner, "Backups are tested monthly.", Date{2027, 6, 30});
    REQUIRE(a.ok());
    CHECK(a->id > 0);
    CHECK(a->riskId == f.risk);
    CHECK(a->approverId == f.owner);
    CHECK(a->approver == "P-001 Ann Owner");
    CHECK(a->approvedAt == testClock().nowUtc());
    CHECK(a->recordedBy == "Alice");
    CHECK(a->expiresOn == Date{2027, 6, 30});
    CHECK(a->state.residualLikelihood == 2);
    CHECK(a->state.residualLevel == 6);  // computed by the 5x5 preset
    CHECK(a->state.treatment == "modify");
    CHECK(a->state.treatingControls == std::vector<RecordId>{f.control});
    CHECK(a->snapshotSha256 == sha256Hex(a->snapshot));
    CHECK(a->snapshot.find("\"title\":\"Ransomware\"") != std::string::npos);
    CHECK(a->snapshot.find("\"ref\":\"C-001\"") != std::string::npos);
    CHECK(a->snapshot.find("Offline backups") != std::string::npos);

    const auto stored = f.file->approvals(f.risk);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 1);
    CHECK(stored->front().snapshot == a->snapshot);
    CHECK(stored->front().state == a->state);
    const auto data = f.file->loadAll();
    REQUIRE(data.ok());
    REQUIRE(data->approvals.size() == 1);
    CHECK(approvalStatus(*data, *data->find("risks", f.risk), testClock().today()) == ApprovalStatus::Approved);

    const auto history = f.file->history("risks", f.risk, 1);
    REQUIRE(history.ok());
    CHECK(history->front().action == "approve");
    CHECK(history->front().after.find("Backups are tested monthly.") != std::string::npos);

    auto report = f.file->check();
    REQUIRE(report.ok());
    INFO(problemsOf(*report));
    CHECK(report->healthy());

    SECTION("a material edit makes it lapse")
    {
        const auto& risks = f.file->catalogue().get("risks");
        Record r = *f.file->get(risks, f.risk);
        r.set(risks, "residual_impact", std::int64_t{4});
        REQUIRE(f.file->update(risks, r).ok());
        const auto after = f.file->loadAll();
        CHECK(approvalStatus(*after, *after->find("risks", f.risk), testClock().today()) == ApprovalStatus::NeedsReapproval);
        CHECK(after->residualAssessedAt.count(f.risk) == 1);
    }
    SECTION("withdrawn, it is gone and logged")
    {
        REQUIRE(f.file->withdrawApproval(a->id).ok());
        CHECK(f.file->approvals(f.risk)->empty());
        CHECK(f.file->history("risks", f.risk, 1)->front().action == "withdraw");
        CHECK(f.file->check()->healthy());
        CHECK(f.file->withdrawApproval(a->id).error().code == ErrorCode::NotFound);
    }
    SECTION("the risk removed keeps its approval, and undo finds it again")
    {
        const auto& risks = f.file->catalogue().get("risks");
        auto removed = f.file->remove(risks, f.risk);
        REQUIRE(removed.ok());
        CHECK(f.file->approvals(f.risk)->size() == 1);
        CHECK(f.file->check()->healthy());
        REQUIRE(f.file->restore(risks, *removed).ok());
        const auto back = f.file->loadAll();
        CHECK(approvalStatus(*back, *back->find("risks", f.risk), testClock().today()) == ApprovalStatus::Approved);
    }
}

TEST_CASE("an approval by anyone but a person, without a rationale or with a past expiry is refused", "[approvals]")
{
    TempDir dir;
    Approvable f(dir / "a.isms");
    const std::size_t before = f.logSize();

    auto nobody = f.approve(9999);  // no such person (the CLI refuses other registers' refs itself)
    REQUIRE_FALSE(nobody.ok());
    CHECK(nobody.error().code == ErrorCode::Invalid);
    CHECK(nobody.error().message.find("people register") != std::string::npos);
    auto blank = f.approve(f.owner, "  ");
    REQUIRE_FALSE(blank.ok());
    CHECK(blank.error().message.find("rationale") != std::string::npos);
    auto past = f.approve(f.owner, "Fine.", Date{2026, 11, 22});
    REQUIRE_FALSE(past.ok());
    CHECK(past.error().message.find("2026-11-22") != std::string::npos);
    CHECK(f.approve(f.owner, "Fine.", Date{2026, 11, 23}).ok());  // today is allowed
    auto noRisk = f.file->approveRisk({9999, f.owner, "Fine.", {}});
    CHECK(noRisk.error().code == ErrorCode::NotFound);
    CHECK(f.logSize() == before + 1);
    CHECK(f.file->approvals()->size() == 1);
}

TEST_CASE("a read-only file takes no approval", "[approvals]")
{
    TempDir dir;
    RecordId risk = 0, owner = 0;
    {
        Approvable f(dir / "a.isms");
        risk = f.risk;
        owner = f.owner;
    }
    const std::string bytes = readBytes(dir / "a.isms");
    auto file = openFile(dir / "a.isms", OpenMode::ReadOnly);
    auto refused = file->approveRisk({risk, owner, "Fine.", {}});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::ReadOnly);
    file.reset();
    CHECK(readBytes(dir / "a.isms") == bytes);
}

TEST_CASE("an approval changed behind the program's back is caught by check", "[approvals][tamper]")
{
    TempDir dir;
    std::int64_t id = 0;
    {
        Approvable f(dir / "a.isms");
        id = f.approve(f.owner)->id;
    }
    const std::pair<const char*, const char*> tamperings[] = {
        {"UPDATE risk_approvals SET rationale = 'We never discussed it.'", "\"rationale\" differs from its history"},
        {"UPDATE risk_approvals SET residual_level = 2", "\"residual_level\" differs from its history"},
        {"UPDATE risk_approvals SET approver_id = 99", "\"approver_id\" differs from its history"},
        {"UPDATE risk_approvals SET snapshot = replace(snapshot, 'Ransomware', 'Flood')",
         "its snapshot does not match its SHA-256"},
        {"DELETE FROM risk_approvals", "is in the history but not in the file"},
        {"INSERT INTO risk_approvals SELECT 77, risk_id, approver_id, approver, approved_at, rationale, expires_on, "
         "inherent_likelihood, inherent_impact, inherent_level, residual_likelihood, residual_impact, residual_level, "
         "treatment, treating_controls, snapshot, snapshot_sha256, recorded_by FROM risk_approvals",
         "Approval 77 of risks R-001 is in the file but not in its history"},
    };
    for (const auto& [sql, expected] : tamperings) {
        INFO(sql);
        const auto path = dir / "t.isms";
        std::filesystem::remove(path);
        std::filesystem::copy_file(dir / "a.isms", path);
        rawSql(path, sql);
        auto file = openFile(path, OpenMode::ReadOnly);
        auto report = file->check();
        REQUIRE(report.ok());
        INFO(problemsOf(*report));
        CHECK_FALSE(report->healthy());
        CHECK(mentions(*report, expected));
    }
    CHECK(id == 1);
}

TEST_CASE("an audit copy's content digest covers its approvals", "[approvals][audit]")
{
    TempDir dir;
    {
        Approvable f(dir / "a.isms");
        REQUIRE(f.approve(f.owner).ok());
        REQUIRE(f.file->exportAuditCopy(dir / "copy.isms").ok());
    }
    CHECK(IsmsFile::verifyAuditCopy(dir / "copy.isms")->verified());
    rawSql(dir / "copy.isms", "UPDATE risk_approvals SET rationale = 'Changed'");
    auto report = IsmsFile::verifyAuditCopy(dir / "copy.isms");
    REQUIRE(report.ok());
    CHECK_FALSE(report->contentMatches);
    CHECK_FALSE(report->verified());
}

TEST_CASE("the pinned schema-3 sample is read as it is read-only, and migrates to schema 4", "[approvals][schema4][migrations]")
{
    TempDir dir;
    const auto path = dir / "schema-3.isms";
    std::filesystem::copy_file(sample("schema-3.isms"), path);
    const std::string original = readBytes(path);
    const auto written = mtime(path);
    auto accepted = [](IsmsFile& file) {
        const auto& risks = file.catalogue().get("risks");
        int n = 0;
        const auto all = file.list(risks);  // kept: a range-for over *file.list() would dangle
        for (const Record& r : *all)
            n += r.integer(risks, "accepted_by") != 0 && r.date(risks, "accepted_on").has_value()
                && !r.text(risks, "acceptance_reason").empty();
        return n;
    };
    {
        auto file = openFile(path, OpenMode::ReadOnly);
        CHECK(file->info().schemaVersion == 3);
        CHECK_FALSE(file->info().migratedFrom);
        CHECK(accepted(*file) == 4);
        CHECK(file->approvals()->empty());
        const auto data = file->loadAll();
        REQUIRE(data.ok());
        CHECK(data->approvals.empty());
        auto report = file->check();
        REQUIRE(report.ok());
        INFO(problemsOf(*report));
        CHECK(report->problemCount == 0);
        const auto& risks = file->catalogue().get("risks");
        auto refused = file->approveRisk({file->list(risks)->front().id, 1, "Fine.", {}});
        CHECK(refused.error().code == ErrorCode::ReadOnly);
    }
    CHECK(readBytes(path) == original);
    CHECK(mtime(path) == written);
    CHECK(dir.listing() == std::vector<std::string>{"schema-3.isms"});

    auto file = openFile(path);
    REQUIRE(file->info().migratedFrom == std::optional<int>(3));
    CHECK(file->info().schemaVersion == 4);
    CHECK(readBytes(*file->info().backupPath) == original);
    CHECK(file->info().backupPath->filename() == "schema-3.isms.v3.bak");
    // The typed acceptance is kept as it was, and no approval is invented from it.
    CHECK(accepted(*file) == 4);
    CHECK(file->approvals()->empty());
    {
        auto report = file->check();
        REQUIRE(report.ok());
        INFO(problemsOf(*report));
        CHECK(report->healthy());
    }
    const auto& risks = file->catalogue().get("risks");
    const auto& people = file->catalogue().get("people");
    const Record risk = file->list(risks)->front();
    const Record person = file->list(people)->front();
    REQUIRE(file->approveRisk({risk.id, person.id, "Accepted at the management review.", {}}).ok());
    auto report = file->check();
    REQUIRE(report.ok());
    INFO(problemsOf(*report));
    CHECK(report->healthy());
}
