// The Annex A catalogue cannot be damaged through the program: the standard's controls keep
// their ref, title and theme and cannot be deleted (undo and restore included); custom controls
// can be added, edited and removed. check() reports a catalogue damaged behind its back.

#include "test_support.h"

#include "domain/annex_a.h"

#include <catch2/catch_test_macros.hpp>

using namespace isms;
using namespace isms::storage;
using namespace isms::storage::test;

namespace {

// The 93 controls as the template writes them (storage tests do not link the content layer).
void addAnnexA(IsmsFile& file)
{
    const auto& controls = file.catalogue().get("controls");
    REQUIRE(file.transaction([&]() -> Result<void> {
        for (const auto& c : annexAControls()) {
            Record r = Record::blank(controls);
            r.ref = c.id;
            r.set(controls, "title", c.title);
            r.set(controls, "theme", c.theme);
            if (auto stored = file.insert(controls, r); !stored)
                return stored.error();
        }
        return {};
    }).ok());
}

Record control(IsmsFile& file, const std::string& ref)
{
    return **file.findByRef(file.catalogue().get("controls"), ref);
}

} // namespace

TEST_CASE("an Annex A control cannot be renamed, re-themed, re-numbered or deleted", "[annex_a]")
{
    TempDir dir;
    auto file = createFile(dir / "a.isms");
    addAnnexA(*file);
    const auto& controls = file->catalogue().get("controls");
    const Record a51 = control(*file, "A.5.1");

    Record renamed = a51;
    renamed.set(controls, "title", std::string("Our policies"));
    auto refused = file->update(controls, renamed);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message
          == "A.5.1 is an Annex A control: its title and theme are fixed by ISO/IEC 27001 (\"Policies for "
             "information security\", organizational). Add a custom control instead.");
    Record rethemed = a51;
    rethemed.set(controls, "theme", std::string("custom"));
    CHECK_FALSE(file->update(controls, rethemed).ok());
    Record renumbered = a51;
    renumbered.ref = "C-500";
    CHECK_FALSE(file->update(controls, renumbered).ok());
    auto deleted = file->remove(controls, a51.id);
    REQUIRE_FALSE(deleted.ok());
    CHECK(deleted.error().message.find("A.5.1 is an Annex A control: it cannot be deleted") == 0);
    // A second copy of an Annex A control, or one the standard lacks, is refused.
    Record copy = Record::blank(controls);
    copy.ref = "A.5.38";
    copy.set(controls, "title", std::string("Made up"));
    CHECK(file->insert(controls, copy).error().message.find("A.5.38 is not a control of ISO/IEC 27001:2022 Annex A") == 0);

    // Its decision is the organisation's to make.
    Record decided = a51;
    decided.set(controls, "applicable", std::string("yes"));
    decided.set(controls, "reason_business", true);
    REQUIRE(file->update(controls, decided).ok());
    CHECK(control(*file, "A.5.1").text(controls, "title") == "Policies for information security");

    auto report = file->check();
    REQUIRE(report.ok());
    CHECK(report->healthy());
    CHECK(file->count(controls).value() == 93);
}

TEST_CASE("custom controls are added, edited, removed and restored freely", "[annex_a]")
{
    TempDir dir;
    auto file = createFile(dir / "c.isms");
    addAnnexA(*file);
    const auto& controls = file->catalogue().get("controls");
    Record custom = Record::blank(controls);
    custom.set(controls, "title", std::string("Clean desk checks"));
    custom.set(controls, "theme", std::string("custom"));
    auto added = file->insert(controls, custom);
    REQUIRE(added.ok());
    CHECK(added->ref == "C-001");
    Record edited = *added;
    edited.set(controls, "title", std::string("Clear desk checks"));
    REQUIRE(file->update(controls, edited).ok());
    auto removed = file->remove(controls, added->id);
    REQUIRE(removed.ok());
    REQUIRE(file->restore(controls, *removed).ok());  // undo
    CHECK(control(*file, "C-001").text(controls, "title") == "Clear desk checks");
    auto report = file->check();
    REQUIRE(report.ok());
    CHECK(report->healthy());
}

TEST_CASE("check reports an Annex A catalogue damaged behind the program's back", "[annex_a][check]")
{
    TempDir dir;
    const auto path = dir / "d.isms";
    {
        auto file = createFile(path);
        addAnnexA(*file);
    }
    rawSql(path, "UPDATE r_controls SET title = 'Our policies', theme = 'people' WHERE ref = 'A.5.1';"
                 "DELETE FROM r_controls WHERE ref = 'A.8.34'");
    auto file = openFile(path, OpenMode::ReadOnly);
    auto report = file->check();
    REQUIRE(report.ok());
    CHECK_FALSE(report->healthy());
    CHECK(mentions(*report, "Annex A control A.5.1 is titled \"Our policies\", but ISO/IEC 27001 titles it "
                            "\"Policies for information security\"."));
    CHECK(mentions(*report, "Annex A control A.5.1 has the theme \"people\""));
    CHECK(mentions(*report, "Annex A control A.8.34 (\"Protection of information systems during audit testing\") is "
                            "missing from the Statement of Applicability. Add it back with ref A.8.34"));
}
