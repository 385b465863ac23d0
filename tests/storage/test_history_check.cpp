// check() binds the file to its history: every change made behind the program's back (raw SQL,
// as a doubtful auditor with the sqlite3 shell would) makes it unhealthy with a message naming
// what differs; an altered schema is refused at open. The pinned schema-1 sample migrates and
// passes; the catalogue's schema equals the latest pinned one.

#include "test_support.h"

#include "storage/change_log.h"
#include "storage/json_reader.h"
#include "storage/schema.h"
#include "storage/schema_check.h"
#include "storage/sqlite.h"

#include <catch2/catch_test_macros.hpp>
#include <sqlite3.h>

#include <cstring>

using namespace isms;
using namespace isms::storage;
using namespace isms::storage::test;

namespace {

std::filesystem::path sample(const std::string& name) { return std::filesystem::path(ISMS_TEST_DATA_DIR) / name; }

// A file with records in several registers, links, an attachment, a rename, a methodology
// change, a snapshot and a deletion.
void makeRichFile(const std::filesystem::path& path)
{
    auto file = createFile(path);
    const auto& cat = file->catalogue();
    const auto& risks = cat.get("risks");
    auto risk = file->insert(risks, fullRecord(*file, risks));
    REQUIRE(risk.ok());
    auto second = file->insert(risks, fullRecord(*file, risks));
    REQUIRE(second.ok());
    const RecordId control = minimalRecord(*file, "controls");
    const RecordId document = minimalRecord(*file, "documents");
    const RecordId assessment = minimalRecord(*file, "assessments");
    REQUIRE(file->link(cat.link("risk_controls"), risk->id, "controls", control).ok());
    const std::string text = "evidence";
    std::vector<std::byte> bytes(text.size());
    std::memcpy(bytes.data(), text.data(), text.size());
    REQUIRE(file->attach("documents", document, "minutes.txt", "text/plain", bytes).ok());
    REQUIRE(file->setOrganisation("Renamed Ltd").ok());
    REQUIRE(file->setMethodology(Methodology::preset(4)).ok());
    REQUIRE(file->snapshotRisks(assessment).ok());
    REQUIRE(file->remove(risks, second->id).ok());
}

} // namespace

TEST_CASE("a file written only through the program is healthy, replay included", "[check]")
{
    TempDir dir;
    makeRichFile(dir / "rich.isms");
    const HealthReport report = checkOf(dir / "rich.isms");
    INFO(problemsOf(report));
    CHECK(report.problemCount == 0);
    CHECK(report.healthy());
}

TEST_CASE("each change behind the program's back is found and named", "[check][tampered]")
{
    struct Case {
        const char* what;
        const char* sql;
        const char* expected;
    };
    const Case cases[] = {
        {"a risk title changed", "UPDATE r_risks SET title = 'X' WHERE id = 1", "risks R-001: field \"title\" is \"X\" in the file but"},
        {"a row deleted", "DELETE FROM r_controls WHERE id = 1", "its history says it exists, but the file has no such record"},
        {"a row inserted without history",
         "INSERT INTO r_controls (ref, created_at, updated_at, updated_by, title) VALUES ('C-900', 'x', 'x', 'x', 'Ghost')",
         "controls C-900: the record has no history"},
        {"the organisation renamed", "UPDATE meta SET value = 'Other Ltd' WHERE key = 'organisation'",
         "File setting \"organisation\" is \"Other Ltd\" in the file but \"Renamed Ltd\""},
        {"a file setting added", "INSERT INTO meta VALUES ('reviewed_by', 'Mallory')", "File setting \"reviewed_by\""},
        {"a link added", "INSERT INTO links VALUES ('risks', 1, 'risk_controls', 'controls', 2)",
         "is in the file but not in its history"},
        {"a link removed", "DELETE FROM links", "is in the history but not in the file"},
        {"attachment bytes changed", "UPDATE attachments SET content = X'00'", "its bytes do not match"},
        {"the methodology changed", "UPDATE methodology SET acceptable_max_score = 25", "The risk methodology differs"},
        {"a matrix cell changed", "UPDATE methodology_matrix SET score = 1 WHERE likelihood = 4 AND impact = 4",
         "\"matrix\""},
        {"a snapshot cut", "DELETE FROM assessment_snapshots WHERE risk_id = 1", "The risk snapshot of assessments"},
        {"a kind outside its enumeration", "UPDATE r_risks SET kind = 'bogus' WHERE id = 1", "risks R-001: "},
        {"a stored level that disagrees with the matrix", "UPDATE r_risks SET inherent_level = inherent_level + 1 WHERE id = 1",
         "risks R-001: field \"inherent_level\" is"},
        {"a bad date", "UPDATE r_risks SET review_date = '2026-13-45' WHERE id = 1",
         "which is not a date"},
        {"the whole history deleted", "DELETE FROM change_log; DELETE FROM meta WHERE key = 'change_log_head'",
         "has no history"},
        {"the history cut short with its head re-anchored",
         "DELETE FROM change_log WHERE seq > 3; UPDATE meta SET value = (SELECT seq || ':' || hash FROM change_log "
         "WHERE seq = 3) WHERE key = 'change_log_head'",
         "has no history"},
    };
    for (const auto& c : cases) {
        INFO(c.what);
        TempDir dir;
        const auto path = dir / "t.isms";
        makeRichFile(path);
        rawSql(path, c.sql);
        const HealthReport report = checkOf(path);
        INFO(problemsOf(report));
        CHECK_FALSE(report.healthy());
        CHECK(mentions(report, c.expected));
    }
}

TEST_CASE("a history entry rewritten with a recomputed chain is caught by the replay", "[check][tampered]")
{
    TempDir dir;
    const auto path = dir / "t.isms";
    makeRichFile(path);
    {
        // Rewrite R-001's insert to another title and recompute every hash after it and the head.
        auto db = sql::Connection::open(path.string(), SQLITE_OPEN_READWRITE);
        REQUIRE(db.ok());
        auto& c = **db;
        REQUIRE(c.exec("UPDATE change_log SET after = replace(after, '\"title\":\"Sample Title\"', '\"title\":\"Forged\"') "
                       "WHERE action = 'insert' AND register = 'risks' AND record_id = 1").ok());
        std::vector<ChangeEntry> entries;
        {
        auto rows = c.prepare("SELECT seq, at, author, action, register, record_id, ref, before, after FROM change_log ORDER BY seq");
        REQUIRE(rows.ok());
        REQUIRE(rows->eachRow([&](sql::Statement& s) {
            ChangeEntry e;
            e.seq = s.columnInt(0);
            e.at = s.columnText(1);
            e.author = s.columnText(2);
            e.action = s.columnText(3);
            e.registerKey = s.columnText(4);
            e.recordId = s.columnInt(5);
            e.ref = s.columnText(6);
            e.before = s.columnText(7);
            e.after = s.columnText(8);
            entries.push_back(e);
        }).ok());
        }
        std::string previous;
        for (auto& e : entries) {
            e.hash = chainHash(previous, e);
            previous = e.hash;
            auto u = c.prepare("UPDATE change_log SET hash = ? WHERE seq = ?");
            REQUIRE(u.ok());
            u->bind(1, e.hash);
            u->bind(2, e.seq);
            REQUIRE(u->run().ok());
        }
        auto head = c.prepare("UPDATE meta SET value = ? WHERE key = 'change_log_head'");
        REQUIRE(head.ok());
        head->bind(1, std::to_string(entries.back().seq) + ":" + entries.back().hash);
        REQUIRE(head->run().ok());
    }
    const HealthReport report = checkOf(path);
    INFO(problemsOf(report));
    CHECK(report.chain.intact);  // the chain itself was made to look right
    CHECK_FALSE(report.healthy());
    CHECK(mentions(report, "risks R-001: field \"title\" is \"Sample Title\" in the file but \"Forged\" in its history"));
}

TEST_CASE("an altered schema is refused at open, without a byte written", "[check][tampered][schema]")
{
    const std::pair<const char*, const char*> cases[] = {
        {"ALTER TABLE r_risks DROP COLUMN threat", "\"threat\""},
        {"DROP INDEX links__to", "links__to"},
        {"CREATE TRIGGER t AFTER INSERT ON r_risks BEGIN SELECT 1; END", "trigger t"},
        {"CREATE VIEW v AS SELECT 1", "view v: present"},
        {"ALTER TABLE r_risks ADD COLUMN extra TEXT", "\"extra\""},
        {"CREATE TABLE extra (x) ", "table extra"},
    };
    for (const auto& [sqlText, expected] : cases) {
        INFO(sqlText);
        TempDir dir;
        const auto path = dir / "s.isms";
        makeRichFile(path);
        rawSql(path, sqlText);
        const std::string bytes = readBytes(path);
        const auto listing = dir.listing();
        for (const OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
            OpenOptions options;
            options.mode = mode;
            auto opened = IsmsFile::open(path, options, testClock());
            REQUIRE_FALSE(opened.ok());
            INFO(opened.error().message);
            CHECK(opened.error().message.find("tables were changed outside ISMS Desk") != std::string::npos);
            CHECK(opened.error().message.find(expected) != std::string::npos);
        }
        CHECK(readBytes(path) == bytes);
        CHECK(dir.listing() == listing);
    }
}

TEST_CASE("the schema generated from the catalogue equals the latest pinned schema", "[schema]")
{
    std::string ddl;
    for (const auto& statement : schemaDdl(Catalogue::standard()))
        ddl += statement + ";\n";
    auto generated = describeDdl(ddl);
    REQUIRE(generated.ok());
    auto pinned = describeDdl(pinnedSchemaDdl(kSchemaVersion));
    REQUIRE(pinned.ok());
    CHECK(*generated == *pinned);
    CHECK(pinnedSchemaDdl(kSchemaVersion + 1).empty());
    for (int v = 1; v <= kSchemaVersion; ++v)
        CHECK_FALSE(pinnedSchemaDdl(v).empty());
}

TEST_CASE("the pinned schema-1 sample migrates and checks healthy; read-only it is read as it is", "[check][schema1]")
{
    TempDir dir;
    const auto path = dir / "schema-1.isms";
    std::filesystem::copy_file(sample("schema-1.isms"), path);
    const std::string original = readBytes(path);
    const auto written = mtime(path);
    {
        // Like an audit copy: no migration, not a byte written, and its history still replays.
        auto file = openFile(path, OpenMode::ReadOnly);
        CHECK(file->info().schemaVersion == 1);
        CHECK(file->info().organisation == "Sample Holdings Ltd");
        auto report = file->check();
        REQUIRE(report.ok());
        INFO(problemsOf(*report));
        CHECK(report->problemCount == 0);
    }
    CHECK(readBytes(path) == original);
    CHECK(mtime(path) == written);
    {
        auto file = openFile(path);
        REQUIRE(file->info().migratedFrom == std::optional<int>(1));
        CHECK(readBytes(*file->info().backupPath) == original);
        auto report = file->check();
        REQUIRE(report.ok());
        INFO(problemsOf(*report));
        CHECK(report->healthy());
        // Migration 2's baseline names created_by (migration 3's entries come after it).
        bool baseline = false;
        const auto history = file->history(std::string(), 0, 50);
        REQUIRE(history.ok());
        for (const auto& e : *history)
            baseline = baseline || (e.action == "meta" && e.after.find("created_by") != std::string::npos);
        CHECK(baseline);
    }
    // After the upgrade a rename behind the program's back is caught like in any file.
    rawSql(path, "UPDATE meta SET value = 'Other' WHERE key = 'created_by'");
    const HealthReport report = checkOf(path);
    CHECK(mentions(report, "File setting \"created_by\" is \"Other\" in the file"));
}

TEST_CASE("the JSON reader is strict", "[json]")
{
    for (const char* bad : {"", "{", "{\"a\":1,}", "{\"a\":01}", "{\"a\":\"\x01\"}", "{\"a\":tru}", "{} x",
                            "{\"a\":\"\\q\"}", "[1,]", "{'a':1}", "{\"a\" 1}"}) {
        INFO(bad);
        CHECK_FALSE(validateJson(bad).ok());
    }
    for (const char* good : {"{}", "[]", "{\"a\":[1,2.5e3,-0.1,{\"b\":null}],\"c\":true,\"d\":\"\\u00e9\\n\"}"})
        CHECK(validateJson(good).ok());
    std::vector<std::pair<std::string, std::string>> members;
    REQUIRE(forEachMember("{\"t\\\"k\":\"a\\u00e9\\ud83d\\ude00\",\"n\":-12,\"z\":null}", [&](const std::string& k, const JsonValue& v) {
        members.emplace_back(k, v.kind == JsonKind::String ? *jsonString(v) : std::string(v.raw));
        return true;
    }).ok());
    REQUIRE(members.size() == 3);
    CHECK(members[0] == std::pair<std::string, std::string>{"t\"k", "a\xc3\xa9\xf0\x9f\x98\x80"});
    CHECK(members[1].second == "-12");
    CHECK(members[2].second == "null");
    CHECK_FALSE(jsonString(JsonValue{JsonKind::String, "\"\\ud800\""}).has_value());
}

TEST_CASE("every sample of the tampered corpus is reported, naming what differs", "[check][corpus]")
{
    // tests/data/tampered/make.sh made these from base.isms with the sqlite3 shell.
    const std::pair<const char*, const char*> checked[] = {
        {"risk-title", "risks R-003: field \"title\" is \"Changed behind its back\" in the file but \"Laptop theft on travel\" in its history"},
        {"row-deleted", "controls C-001 (id 1): its history says it exists"},
        {"row-inserted", "controls C-900: the record has no history"},
        {"status-outside-enum", "\"bogus\" is not one of its choices"},
        {"level-disagrees", "but the methodology gives 12"},
        {"bad-date", "\"2026-13-45\", which is not a date"},
        {"organisation-renamed", "File setting \"organisation\" is \"Other Ltd\""},
        {"link-added", "The link \"risk_controls\" from risks R-003 to controls C-001 is in the file but not in its history"},
        {"link-removed", "is in the history but not in the file"},
        {"attachment-bytes", "its bytes do not match their stored size and SHA-256"},
        {"methodology-changed", "The risk methodology differs from its history (first in \"acceptable_max_score\")"},
        {"approval-changed", "Approval 1 of risks R-003: its \"rationale\" differs from its history"},
        {"snapshot-changed", "The risk snapshot of assessments RA-002 differs from its history"},
        {"kept-methodology-changed", "The methodology kept with assessments RA-002 differs from its history"},
        {"soa-version-changed", "SoA version 1 differs from its history"},
        {"history-deleted", "people P-001: the record has no history"},
        {"history-cut", "risks R-002 (id 2): its history says it exists"},
        {"annex-a-renamed", "Annex A control A.5.1 is titled \"Our own policies\", but ISO/IEC 27001 titles it"},
        {"annex-a-deleted", "Annex A control A.5.10 (\"Acceptable use of information and other associated assets\") is missing"},
    };
    const auto corpus = std::filesystem::path(ISMS_TEST_DATA_DIR) / "tampered";
    {
        TempDir dir;
        std::filesystem::copy_file(corpus / "base.isms", dir / "base.isms");
        const HealthReport report = checkOf(dir / "base.isms");
        INFO(problemsOf(report));
        CHECK(report.healthy());
    }
    for (const auto& [name, expected] : checked) {
        INFO(name);
        TempDir dir;
        const auto path = dir / (std::string(name) + ".isms");
        std::filesystem::copy_file(corpus / (std::string(name) + ".isms"), path);
        const HealthReport report = checkOf(path);
        INFO(problemsOf(report));
        CHECK_FALSE(report.healthy());
        CHECK(mentions(report, expected));
    }
    {
        TempDir dir;
        std::filesystem::copy_file(corpus / "dangling-reference.isms", dir / "d.isms");
        const HealthReport report = checkOf(dir / "d.isms");
        CHECK_FALSE(report.integrityOk);
        CHECK_FALSE(report.healthy());
    }
    for (const auto& [name, expected] : {std::pair{"column-dropped", "column \"threat\""}, std::pair{"index-dropped", "index links__to"},
                                         std::pair{"trigger-added", "trigger t"}}) {
        INFO(name);
        TempDir dir;
        const auto path = dir / (std::string(name) + ".isms");
        std::filesystem::copy_file(corpus / (std::string(name) + ".isms"), path);
        const std::string bytes = readBytes(path);
        OpenOptions options;
        auto opened = IsmsFile::open(path, options, testClock());
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.find(expected) != std::string::npos);
        CHECK(readBytes(path) == bytes);
    }
}

TEST_CASE("the pinned schemas' text computed at build time is what SQLite reads back from their DDL", "[schema]")
{
    for (int v = 1; v <= kSchemaVersion; ++v) {
        INFO("schema " << v);
        auto db = sql::Connection::open(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        REQUIRE(db.ok());
        REQUIRE((*db)->exec(std::string(pinnedSchemaDdl(v))).ok());
        auto text = schemaText(**db);
        REQUIRE(text.ok());
        CHECK(*text == pinnedSchemaText(v));
        CHECK_FALSE(pinnedSchemaText(v).empty());
    }
    CHECK(pinnedSchemaText(kSchemaVersion + 1).empty());
}
