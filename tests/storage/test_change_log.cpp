// The change log: what each write records, and that editing, deleting or reordering history
// behind the program's back is detected.

#include "test_support.h"

#include "storage/change_log.h"

#include <catch2/catch_test_macros.hpp>

using namespace isms;
using namespace isms::storage;
using namespace isms::storage::test;

namespace {

// A file with a few entries of different kinds; returns the number of entries.
std::int64_t populate(IsmsFile& file)
{
    const auto& risks = file.catalogue().get("risks");
    Record r = Record::blank(risks);
    r.set(risks, "title", std::string("Ransomware"));
    r.set(risks, "inherent_likelihood", std::int64_t{3});
    r.set(risks, "inherent_impact", std::int64_t{5});
    auto risk = file.insert(risks, r);
    REQUIRE(risk.ok());
    Record changed = *risk;
    changed.set(risks, "threat", std::string("Criminal group"));
    REQUIRE(file.update(risks, changed).ok());
    const RecordId control = minimalRecord(file, "controls");
    REQUIRE(file.link(file.catalogue().link("risk_controls"), risk->id, "controls", control).ok());
    REQUIRE(file.setOrganisation("Example Group").ok());
    return file.history()->size();
}

} // namespace

TEST_CASE("every write appends an entry with author, time, before and after", "[history]")
{
    TempDir dir;
    auto file = createFile(dir / "log.isms", "Dana");
    const auto& risks = file->catalogue().get("risks");
    Record r = Record::blank(risks);
    r.set(risks, "title", std::string("Ransomware \"big\""));
    r.set(risks, "inherent_likelihood", std::int64_t{3});
    r.set(risks, "inherent_impact", std::int64_t{5});
    r.set(risks, "review_date", Date{2027, 2, 1});
    r.set(risks, "affects_c", true);
    auto risk = file->insert(risks, r);
    REQUIRE(risk.ok());

    auto entries = file->history().value();
    REQUIRE(entries.size() == 3);  // after the file's creation: its settings, its methodology
    const ChangeEntry& e = entries[0];
    CHECK(e.seq == 3);
    CHECK(e.at == testClock().nowUtc());
    CHECK(e.author == "Dana");
    CHECK(e.action == "insert");
    CHECK(e.registerKey == "risks");
    CHECK(e.recordId == risk->id);
    CHECK(e.ref == "R-001");
    CHECK(e.before.empty());
    CHECK(e.after == R"({"ref":"R-001","title":"Ransomware \"big\"","affects_c":true,"inherent_likelihood":3,)"
                     R"("inherent_impact":5,"inherent_level":15,"review_date":"2027-02-01"})");
    CHECK(e.hash == chainHash(entries[1].hash, e));
    CHECK(e.hash.size() == 64);

    testClock().set(Date{2026, 11, 24});
    file->setAuthor("Erin");
    REQUIRE(file->remove(risks, risk->id).ok());
    entries = file->history("risks", risk->id).value();
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].action == "delete");
    CHECK(entries[0].author == "Erin");
    CHECK(entries[0].at == "2026-11-24T12:00:00.000Z");
    CHECK(entries[0].before.find("\"title\":\"Ransomware \\\"big\\\"\"") != std::string::npos);
    CHECK(file->history({}, 0, 1)->size() == 1);
    CHECK(file->info().lastChangeBy == "Erin");
    testClock().set(Date{2026, 11, 23});

    const auto all = file->history().value();
    for (std::size_t i = 0; i + 1 < all.size(); ++i)
        CHECK(all[i].hash == chainHash(all[i + 1].hash, all[i]));
}

TEST_CASE("link, unlink, attach, detach, methodology and meta are logged", "[history]")
{
    TempDir dir;
    auto file = createFile(dir / "kinds.isms");
    const RecordId risk = minimalRecord(*file, "risks");
    const RecordId asset = minimalRecord(*file, "assets");
    const auto& link = file->catalogue().link("risk_assets");
    REQUIRE(file->link(link, risk, "assets", asset).ok());
    REQUIRE(file->unlink(link, risk, "assets", asset).ok());
    auto attachment = file->attach("risks", risk, "evidence.txt", "text/plain", {std::byte{'h'}, std::byte{'i'}});
    REQUIRE(attachment.ok());
    REQUIRE(file->detach(attachment->id).ok());
    REQUIRE(file->setMethodology(Methodology::preset(4)).ok());
    REQUIRE(file->setOrganisation("Renamed Ltd").ok());
    std::vector<std::string> actions;
    const auto entries = file->history().value();
    for (const auto& e : entries)
        actions.insert(actions.begin(), e.action);
    CHECK(actions == std::vector<std::string>{"meta", "methodology", "insert", "insert", "link", "unlink", "attach", "detach", "methodology", "meta"});
    const auto latest = file->history().value();
    CHECK(latest[0].before == R"({"organisation":"Example Ltd"})");
    CHECK(latest[0].after == R"({"organisation":"Renamed Ltd"})");
    CHECK(latest[2].before.find("\"name\":\"evidence.txt\"") != std::string::npos);
    CHECK(latest[3].after.find("\"name\":\"evidence.txt\"") != std::string::npos);
    CHECK(file->verifyChangeLog()->intact);
}

TEST_CASE("editing a history row is detected at that row", "[history][tamper]")
{
    TempDir dir;
    const auto path = dir / "t.isms";
    {
        auto file = createFile(path);
        REQUIRE(populate(*file) >= 4);
        auto chain = file->verifyChangeLog();
        REQUIRE(chain.ok());
        CHECK(chain->intact);
        CHECK(chain->entries == static_cast<std::int64_t>(file->history()->size()));
        CHECK(chain->headHash == file->history()->front().hash);
    }
    SECTION("edit")
    {
        rawSql(path, "UPDATE change_log SET author = 'Mallory' WHERE seq = 2");
        auto file = openFile(path);
        auto chain = file->verifyChangeLog().value();
        CHECK_FALSE(chain.intact);
        CHECK(chain.firstBrokenSeq == 2);
        CHECK_FALSE(file->check()->healthy());
    }
    SECTION("edit with a recomputed hash still breaks the next entry")
    {
        auto file = openFile(path);
        auto entries = file->history().value();
        file.reset();
        ChangeEntry second = entries[entries.size() - 2];
        second.after = R"({"title":"forged"})";
        const std::string forged = chainHash(entries.back().hash, second);
        rawSql(path, "UPDATE change_log SET after = '{\"title\":\"forged\"}', hash = '" + forged + "' WHERE seq = 2");
        file = openFile(path);
        CHECK(file->verifyChangeLog()->firstBrokenSeq == 3);
    }
    SECTION("delete")
    {
        rawSql(path, "DELETE FROM change_log WHERE seq = 2");
        auto file = openFile(path);
        auto chain = file->verifyChangeLog().value();
        CHECK_FALSE(chain.intact);
        CHECK(chain.firstBrokenSeq == 2);
    }
    SECTION("delete the newest entry")
    {
        rawSql(path, "DELETE FROM change_log WHERE seq = (SELECT max(seq) FROM change_log)");
        auto file = openFile(path);
        CHECK_FALSE(file->verifyChangeLog()->intact);
    }
    SECTION("reorder")
    {
        rawSql(path, "UPDATE change_log SET seq = -1 WHERE seq = 2; UPDATE change_log SET seq = 2 WHERE seq = 3; "
                     "UPDATE change_log SET seq = 3 WHERE seq = -1");
        auto file = openFile(path);
        auto chain = file->verifyChangeLog().value();
        CHECK_FALSE(chain.intact);
        CHECK(chain.firstBrokenSeq == 2);
    }
}

TEST_CASE("check reports integrity, foreign keys, schema version and the chain", "[history][check]")
{
    TempDir dir;
    const auto path = dir / "c.isms";
    {
        auto file = createFile(path);
        populate(*file);
        auto report = file->check();
        REQUIRE(report.ok());
        CHECK(report->healthy());
        CHECK(report->integrityOk);
        CHECK(report->schemaVersion == kSchemaVersion);
        CHECK(report->integrityMessages.empty());
    }
    rawSql(path, "PRAGMA foreign_keys = OFF; UPDATE r_risks SET owner = 4242");
    auto file = openFile(path);
    auto report = file->check().value();
    CHECK_FALSE(report.integrityOk);
    REQUIRE(report.integrityMessages.size() == 1);
    CHECK(report.integrityMessages[0].find("r_risks") != std::string::npos);
    CHECK_FALSE(report.healthy());
}
