#include "fixture.h"

#include "domain/impartiality.h"

#include <catch2/catch_test_macros.hpp>

using namespace isms;
using namespace isms::test;

TEST_CASE("An auditor who owns the audited area is flagged", "[impartiality]")
{
    Fixture f;
    const RecordId owner = f.add("people", "P-1", {F("name", "Olga Owner")});
    const RecordId other = f.add("people", "P-2", {F("name", "Ivan Independent")});
    const RecordId third = f.add("people", "P-3", {F("name", "Tara Third")});

    SECTION("no audits, no flags") { CHECK(impartialityFlags(f.data).empty()); }
    SECTION("independent lead and team")
    {
        const RecordId a = f.add("audits", "AU-1", {F("title", "HR audit"), F("auditee", owner),
                                                      F("lead_auditor", other)});
        f.link("audit_auditors", a, third);
        CHECK(impartialityFlags(f.data).empty());
    }
    SECTION("the lead auditor is the auditee")
    {
        f.add("audits", "AU-1", {F("title", "HR audit"), F("auditee", owner), F("lead_auditor", owner)});
        const auto flags = impartialityFlags(f.data);
        REQUIRE(flags.size() == 1);
        CHECK(flags[0].leadAuditor);
        CHECK(flags[0].auditor == owner);
        CHECK(flags[0].item.ref == "AU-1");
        CHECK(flags[0].item.message.find("Olga Owner") != std::string::npos);
    }
    SECTION("a team member is the auditee")
    {
        const RecordId a = f.add("audits", "AU-2", {F("title", "IT audit"), F("auditee", owner),
                                                      F("lead_auditor", other)});
        f.link("audit_auditors", a, third);
        f.link("audit_auditors", a, owner);
        const RecordId b = f.add("audits", "AU-1", {F("title", "Ops audit"), F("auditee", third),
                                                      F("lead_auditor", other)});
        f.link("audit_auditors", b, third);
        const auto flags = impartialityFlags(f.data);
        REQUIRE(flags.size() == 2);
        CHECK(flags[0].item.ref == "AU-1");
        CHECK(flags[0].auditor == third);
        CHECK_FALSE(flags[0].leadAuditor);
        CHECK(flags[1].item.ref == "AU-2");
    }
    SECTION("a lead auditor who is also listed in the team is flagged once")
    {
        const RecordId a = f.add("audits", "AU-1", {F("title", "x"), F("auditee", owner),
                                                      F("lead_auditor", owner)});
        f.link("audit_auditors", a, owner);
        const auto flags = impartialityFlags(f.data);
        REQUIRE(flags.size() == 1);
        CHECK(flags[0].leadAuditor);
    }
    SECTION("an auditee missing from the people register is still named")
    {
        f.add("audits", "AU-1", {F("title", "x"), F("auditee", 99), F("lead_auditor", 99)});
        const auto flags = impartialityFlags(f.data);
        REQUIRE(flags.size() == 1);
        CHECK(flags[0].item.message.find("person #99") != std::string::npos);
    }
    SECTION("a cancelled audit or one without an auditee is not flagged")
    {
        f.add("audits", "AU-1", {F("title", "x"), F("auditee", owner), F("lead_auditor", owner),
                                 F("status", "cancelled")});
        f.add("audits", "AU-2", {F("title", "y"), F("lead_auditor", owner)});
        CHECK(impartialityFlags(f.data).empty());
    }
    SECTION("a link of the auditee to another audit does not count")
    {
        const RecordId a = f.add("audits", "AU-1", {F("title", "x"), F("auditee", owner),
                                                      F("lead_auditor", other)});
        const RecordId b = f.add("audits", "AU-2", {F("title", "y"), F("auditee", other),
                                                      F("lead_auditor", third)});
        f.link("audit_auditors", b, owner);
        (void)a;
        CHECK(impartialityFlags(f.data).empty());
    }
}
