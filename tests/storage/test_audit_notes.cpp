// Auditor notes: kept beside a read-only audit copy (which stays byte for byte as it was), bound
// to that copy, and merged into the working file as findings all together, once.

#include "test_support.h"

#include "storage/audit_notes.h"
#include "storage/file_probe.h"

#include <catch2/catch_test_macros.hpp>

#include <set>

using namespace isms;
using namespace isms::storage;
using namespace isms::storage::test;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// A working file with an audit and a risk, and an audit copy of it.
struct Audited {
    TempDir dir;
    std::unique_ptr<IsmsFile> file;
    std::string auditRef;
    std::string riskRef;
    std::filesystem::path copy = dir / "copy.isms";
    explicit Audited(const std::string& manager = "Manager") : file(createFile(dir / "live.isms", manager))
    {
        const RecordId audit = minimalRecord(*file, "audits");
        auditRef = file->get(file->catalogue().get("audits"), audit)->ref;
        const RecordId risk = minimalRecord(*file, "risks");
        riskRef = file->get(file->catalogue().get("risks"), risk)->ref;
        auto receipt = file->exportAuditCopy(copy);
        INFO((receipt ? std::string() : receipt.error().message));
        REQUIRE(receipt.ok());
    }
    std::unique_ptr<AuditNotes> notes(const std::string& author = "Auditor")
    {
        auto opened = AuditNotes::openForCopy(copy, notesPathFor(copy), testClock(), author);
        INFO((opened ? std::string() : opened.error().message));
        REQUIRE(opened.ok());
        return std::move(*opened);
    }
    std::int64_t findings() { return file->count(file->catalogue().get("findings")).value(); }
};

AuditNote note(const std::string& type, const std::string& text)
{
    AuditNote n;
    n.type = type;
    n.clause = "A.5.15";
    n.text = text;
    n.evidence = "Sampled 3 of 12 access requests";
    return n;
}

} // namespace

TEST_CASE("notes are kept beside the audit copy, which stays byte for byte as it was", "[notes]")
{
    Audited a;
    const std::string bytes = readBytes(a.copy);
    const auto written = mtime(a.copy);
    {
        auto notes = a.notes();
        AuditNote first = note("minor", "Access reviews are not recorded");
        first.recordRegister = "risks";
        first.recordRef = a.riskRef;
        auto added = notes->add(first);
        REQUIRE(added.ok());
        CHECK(added->id.size() == 32);
        CHECK(added->id.find_first_not_of("0123456789abcdef") == std::string::npos);
        CHECK(added->author == "Auditor");
        CHECK(added->createdAt == testClock().nowUtc());
        REQUIRE(notes->add(note("observation", "Policy owner unclear")).ok());
        auto listed = notes->list().value();
        REQUIRE(listed.size() == 2);
        CHECK(listed[0].text == "Access reviews are not recorded");
        CHECK(listed[0].recordRef == a.riskRef);
        CHECK(listed[1].type == "observation");
        CHECK(listed[0].id != listed[1].id);
    }
    CHECK(readBytes(a.copy) == bytes);
    CHECK(mtime(a.copy) == written);
    CHECK(IsmsFile::verifyAuditCopy(a.copy)->verified());

    auto header = readHeader(notesPathFor(a.copy));
    REQUIRE(header.ok());
    CHECK(header->applicationId == static_cast<std::uint32_t>(kNotesApplicationId));
    CHECK(header->userVersion == kNotesSchemaVersion);

    // Opened again, the notes are still there; reading them writes nothing.
    const std::string noteBytes = readBytes(notesPathFor(a.copy));
    auto reread = AuditNotes::openToRead(notesPathFor(a.copy));
    REQUIRE(reread.ok());
    CHECK((*reread)->list()->size() == 2);
    CHECK((*reread)->binding().fileSha256 == IsmsFile::verifyAuditCopy(a.copy)->fileSha256);
    CHECK((*reread)->add(note("minor", "x")).error().code == ErrorCode::ReadOnly);
    CHECK(readBytes(notesPathFor(a.copy)) == noteBytes);
    CHECK(a.notes()->list()->size() == 2);
    CHECK(readBytes(a.copy) == bytes);
}

TEST_CASE("a note's content is checked when it is written", "[notes]")
{
    Audited a;
    auto notes = a.notes();
    auto badType = notes->add(note("critical", "Something"));
    REQUIRE_FALSE(badType.ok());
    CHECK(contains(badType.error().message, "\"critical\", which is not one of major, minor, observation, opportunity"));
    CHECK(contains(notes->add(note("minor", "  ")).error().message, "has no text"));
    AuditNote half = note("minor", "text");
    half.recordRegister = "risks";
    CHECK(contains(notes->add(half).error().message, "by half"));
    half.recordRegister = "rissks";
    half.recordRef = "R-001";
    CHECK(contains(notes->add(half).error().message, "\"rissks\", which does not exist"));
    CHECK(notes->list()->empty());
}

TEST_CASE("an auditor edits and deletes only their own notes", "[notes]")
{
    Audited a;
    AuditNote mine = a.notes("Auditor")->add(note("minor", "Mine")).value();
    AuditNote theirs = a.notes("Co-auditor")->add(note("minor", "Theirs")).value();
    auto notes = a.notes("Auditor");
    mine.text = "Mine, corrected";
    mine.type = "major";
    auto changed = notes->update(mine);
    REQUIRE(changed.ok());
    CHECK(changed->text == "Mine, corrected");
    CHECK(changed->author == "Auditor");
    theirs.text = "Overwritten";
    CHECK(contains(notes->update(theirs).error().message, "written by Co-auditor; only its author can change it"));
    CHECK(contains(notes->remove(theirs.id).error().message, "only its author can delete it"));
    CHECK(notes->remove("0000").error().code == ErrorCode::NotFound);
    REQUIRE(notes->remove(mine.id).ok());
    auto left = notes->list().value();
    REQUIRE(left.size() == 1);
    CHECK(left[0].text == "Theirs");
}

TEST_CASE("a notes file belongs to one audit copy", "[notes][binding]")
{
    Audited a;
    REQUIRE(a.notes()->add(note("minor", "On the first copy")).ok());
    // A second copy of the same file, made later: a different copy, refused.
    minimalRecord(*a.file, "risks");
    const auto second = a.dir / "second.isms";
    REQUIRE(a.file->exportAuditCopy(second).ok());
    std::filesystem::copy_file(notesPathFor(a.copy), notesPathFor(second));
    const std::string secondBytes = readBytes(second);
    const std::string notesBytes = readBytes(notesPathFor(second));
    auto refused = AuditNotes::openForCopy(second, notesPathFor(second), testClock(), "Auditor");
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(contains(refused.error().message, "belongs to another audit copy"));
    CHECK(readBytes(second) == secondBytes);
    CHECK(readBytes(notesPathFor(second)) == notesBytes);

    // The same copy changed after the notes were started is no longer that copy either.
    rawSql(a.copy, "UPDATE meta SET value = 'Someone else' WHERE key = 'exported_by'");
    CHECK(AuditNotes::openForCopy(a.copy, notesPathFor(a.copy), testClock(), "Auditor").error().code
          == ErrorCode::Conflict);

    // Notes are kept on audit copies only.
    REQUIRE(a.file->saveCopy(a.dir / "plain.isms").ok());
    auto plain = AuditNotes::openForCopy(a.dir / "plain.isms", a.dir / "plain.notes", testClock(), "Auditor");
    REQUIRE_FALSE(plain.ok());
    CHECK(contains(plain.error().message, "is not an audit copy"));
    CHECK_FALSE(std::filesystem::exists(a.dir / "plain.notes"));
}

TEST_CASE("merging makes one finding per note, logged, and only once", "[notes][merge]")
{
    Audited a;
    {
        auto notes = a.notes();
        AuditNote first = note("minor", "Access reviews are not recorded\nSecond line of detail");
        first.recordRegister = "risks";
        first.recordRef = a.riskRef;
        REQUIRE(notes->add(first).ok());
        REQUIRE(notes->add(note("opportunity", "Automate the joiner process")).ok());
    }
    const auto before = a.findings();
    const auto historyBefore = a.file->history()->size();

    auto preview = a.file->mergeAuditNotes(notesPathFor(a.copy), a.auditRef, true);
    REQUIRE(preview.ok());
    CHECK(preview->addedFindings.size() == 2);
    CHECK(a.findings() == before);
    CHECK(a.file->history()->size() == historyBefore);

    auto report = a.file->mergeAuditNotes(notesPathFor(a.copy), a.auditRef);
    INFO((report ? std::string() : report.error().message));
    REQUIRE(report.ok());
    REQUIRE(report->addedFindings.size() == 2);
    CHECK(report->alreadyMerged == 0);
    CHECK(report->missingRecords.empty());
    CHECK(a.findings() == before + 2);

    const RegisterDef& findings = a.file->catalogue().get("findings");
    auto finding = a.file->findByRef(findings, report->addedFindings[0]).value();
    REQUIRE(finding);
    CHECK(finding->text(findings, "title") == "Access reviews are not recorded");
    CHECK(finding->text(findings, "type") == "minor");
    CHECK(finding->text(findings, "reference") == "A.5.15");
    CHECK(finding->text(findings, "evidence") == "Sampled 3 of 12 access requests");
    CHECK(finding->text(findings, "status") == "open");
    CHECK(contains(finding->text(findings, "description"), "Concerns: risks " + a.riskRef));
    CHECK(contains(finding->text(findings, "description"), "by Auditor"));

    // Each merged note id is a logged file setting, in the form every "meta" entry takes.
    auto history = a.file->history().value();
    const auto noteId = a.notes()->list()->front().id;
    bool logged = false;
    for (const auto& entry : history)
        if (entry.action == "meta" && contains(entry.after, noteId)) {
            logged = true;
            CHECK(entry.before == "{\"auditor_note:" + noteId + "\":null}");
            CHECK(entry.after == "{\"auditor_note:" + noteId + "\":\"" + report->addedFindings[0] + "\"}");
        }
    CHECK(logged);
    CHECK(a.file->check()->healthy());

    // Again: nothing added, and the report says why.
    auto again = a.file->mergeAuditNotes(notesPathFor(a.copy), a.auditRef);
    REQUIRE(again.ok());
    CHECK(again->addedFindings.empty());
    CHECK(again->alreadyMerged == 2);
    CHECK(a.findings() == before + 2);

    // A note added afterwards is merged alone.
    REQUIRE(a.notes()->add(note("observation", "Late note")).ok());
    auto third = a.file->mergeAuditNotes(notesPathFor(a.copy), a.auditRef);
    REQUIRE(third.ok());
    CHECK(third->addedFindings.size() == 1);
    CHECK(third->alreadyMerged == 2);
}

TEST_CASE("one bad note midway merges nothing at all", "[notes][merge]")
{
    Audited a;
    {
        auto notes = a.notes();
        REQUIRE(notes->add(note("minor", "First")).ok());
        REQUIRE(notes->add(note("major", "Second")).ok());
        REQUIRE(notes->add(note("observation", "Third")).ok());
    }
    // Changed behind the program's back after the first two valid notes.
    rawSql(notesPathFor(a.copy), "UPDATE notes SET type = 'critical' WHERE text = 'Third'");
    const auto before = a.findings();
    const auto historyBefore = a.file->history()->size();
    auto merged = a.file->mergeAuditNotes(notesPathFor(a.copy), a.auditRef);
    REQUIRE_FALSE(merged.ok());
    CHECK(contains(merged.error().message, "Auditor note 3 of 3"));
    CHECK(contains(merged.error().message, "Nothing was merged"));
    CHECK(a.findings() == before);
    CHECK(a.file->history()->size() == historyBefore);
    const auto kept = a.notes()->list().value();
    const auto newest = a.file->history().value().front();
    for (const auto& n : kept)
        CHECK(newest.after.find(n.id) == std::string::npos);
    CHECK(a.file->check()->healthy());
    // Mended, it merges whole.
    rawSql(notesPathFor(a.copy), "UPDATE notes SET type = 'observation' WHERE text = 'Third'");
    CHECK(a.file->mergeAuditNotes(notesPathFor(a.copy), a.auditRef)->addedFindings.size() == 3);
}

TEST_CASE("notes from a copy of another file are refused", "[notes][binding]")
{
    Audited a;
    // Another organisation's file (made by someone else, so its history differs from the first).
    Audited other("Other manager");
    REQUIRE(other.notes()->add(note("minor", "About the other organisation")).ok());
    const auto before = a.findings();
    auto merged = a.file->mergeAuditNotes(notesPathFor(other.copy), a.auditRef);
    REQUIRE_FALSE(merged.ok());
    CHECK(merged.error().code == ErrorCode::Conflict);
    CHECK(contains(merged.error().message, "audit copy of another ISMS file"));
    CHECK(a.findings() == before);
}

TEST_CASE("a note about a record the file no longer has is merged with the mention kept", "[notes][merge]")
{
    Audited a;
    AuditNote gone = note("minor", "About a removed risk");
    gone.recordRegister = "risks";
    gone.recordRef = a.riskRef;
    REQUIRE(a.notes()->add(gone).ok());
    const RegisterDef& risks = a.file->catalogue().get("risks");
    REQUIRE(a.file->remove(risks, a.file->findByRef(risks, a.riskRef).value()->id).ok());
    auto report = a.file->mergeAuditNotes(notesPathFor(a.copy), a.auditRef);
    REQUIRE(report.ok());
    REQUIRE(report->missingRecords.size() == 1);
    CHECK(contains(report->missingRecords[0], "risks " + a.riskRef));
    const RegisterDef& findings = a.file->catalogue().get("findings");
    auto finding = a.file->findByRef(findings, report->addedFindings.at(0)).value();
    CHECK(contains(finding->text(findings, "description"), "risks " + a.riskRef + " (no longer in this file)"));
}

TEST_CASE("merging needs a known audit and a working file", "[notes][merge]")
{
    Audited a;
    REQUIRE(a.notes()->add(note("minor", "x")).ok());
    auto noAudit = a.file->mergeAuditNotes(notesPathFor(a.copy), "AU-999");
    REQUIRE_FALSE(noAudit.ok());
    CHECK(contains(noAudit.error().message, "There is no audit AU-999"));
    auto copy = openFile(a.copy, OpenMode::ReadOnly);
    CHECK(copy->mergeAuditNotes(notesPathFor(a.copy), a.auditRef).error().code == ErrorCode::ReadOnly);
}

TEST_CASE("tampered or foreign notes files are refused with a clear message", "[notes][tamper]")
{
    Audited a;
    REQUIRE(a.notes()->add(note("minor", "x")).ok());
    const auto notes = notesPathFor(a.copy);
    SECTION("foreign application id")
    {
        rawSql(notes, "PRAGMA application_id = 1234");
        auto r = AuditNotes::openToRead(notes);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::NotOurs);
        CHECK(contains(r.error().message, "is not an ISMS Desk auditor notes file"));
        CHECK(AuditNotes::openForCopy(a.copy, notes, testClock(), "Auditor").error().code == ErrorCode::NotOurs);
    }
    SECTION("an .isms file given as notes")
    {
        CHECK(AuditNotes::openToRead(a.copy).error().code == ErrorCode::NotOurs);
    }
    SECTION("truncated")
    {
        const std::string bytes = readBytes(notes);
        writeBytes(notes, bytes.substr(0, bytes.size() / 2 + 100));
        auto r = AuditNotes::openToRead(notes);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Corrupt);
        CHECK(contains(r.error().message, "cut short"));
    }
    SECTION("binding removed")
    {
        rawSql(notes, "DELETE FROM binding");
        auto r = AuditNotes::openToRead(notes);
        REQUIRE_FALSE(r.ok());
        CHECK(contains(r.error().message, "does not say which audit copy it belongs to"));
    }
}

TEST_CASE("the sample bad notes files are refused or flagged", "[notes][tamper]")
{
    const std::filesystem::path dir = std::filesystem::path(ISMS_TEST_DATA_DIR) / "notes";
    TempDir tmp;
    auto copyOf = [&](const std::string& name) {
        std::filesystem::copy_file(dir / name, tmp / name);
        return tmp / name;
    };
    for (const auto& [name, code] : {std::pair<std::string, ErrorCode>{"foreign-application-id.notes", ErrorCode::NotOurs},
                                     {"truncated.notes", ErrorCode::Corrupt},
                                     {"newer-format.notes", ErrorCode::TooNew},
                                     {"no-binding.notes", ErrorCode::Corrupt}}) {
        const auto path = copyOf(name);
        const std::string bytes = readBytes(path);
        auto r = AuditNotes::openToRead(path);
        INFO(name);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == code);
        CHECK(contains(r.error().message, name));
        CHECK(readBytes(path) == bytes);
    }
    // Readable, but one of its notes has a type the findings register does not know.
    auto bad = AuditNotes::openToRead(copyOf("bad-type.notes"));
    REQUIRE(bad.ok());
    auto listed = (*bad)->list().value();
    REQUIRE(listed.size() == 2);
    CHECK(validateNote(listed[0], Catalogue::standard()).ok());
    auto problem = validateNote(listed[1], Catalogue::standard());
    REQUIRE_FALSE(problem.ok());
    CHECK(contains(problem.error().message, "\"critical\""));
    // And merged into a file, it is refused as taken on another file's copy before anything else.
    Audited a;
    CHECK(a.file->mergeAuditNotes(tmp / "bad-type.notes", a.auditRef).error().code == ErrorCode::Conflict);
}
