#include "fixture.h"

#include "domain/soa_version.h"

#include <catch2/catch_test_macros.hpp>

#include <algorithm>

using namespace isms;
using namespace isms::test;

namespace {

SoaVersion version(int number, const IsmsData& data)
{
    SoaVersion v;
    v.number = number;
    v.controls = freezeSoa(data);
    v.controlCount = v.controls.size();
    v.undecided = undecidedControls(v.controls);
    return v;
}

bool has(const std::vector<SoaAspect>& aspects, SoaAspect a)
{
    return std::find(aspects.begin(), aspects.end(), a) != aspects.end();
}

} // namespace

TEST_CASE("Reasons follow from risks and from requirements of interested parties", "[soa][versions]")
{
    Fixture f;
    const RecordId control = f.add("controls", "A.5.1", {F("title", "Policies"), F("applicable", "yes")});
    const RecordId other = f.add("controls", "A.5.2", {F("title", "Roles"), F("applicable", "yes"),
                                                       F("reason_business", true)});
    CHECK(soaReasons(f.data).count(control) == 0);
    CHECK(soaReasons(f.data).at(other).business);

    const RecordId riskId = f.add("risks", "R-001", {F("title", "Breach")});
    f.link("risk_controls", riskId, control);
    CHECK(soaReasons(f.data).at(control).risk);

    const RecordId party = f.add("parties", "IP-001", {F("name", "Regulator")});
    const RecordId law = f.add("requirements", "REQ-001", {F("party", std::int64_t{party}), F("title", "GDPR"), F("source", "law")});
    const RecordId contract = f.add("requirements", "REQ-002", {F("party", std::int64_t{party}), F("title", "MSA"), F("source", "contract")});
    const RecordId wish = f.add("requirements", "REQ-003", {F("party", std::int64_t{party}), F("title", "Wish"), F("source", "expectation")});
    f.link("requirement_controls", law, control);
    f.link("requirement_controls", contract, control);
    f.link("requirement_controls", wish, other);
    const auto reasons = soaReasons(f.data);
    CHECK(reasons.at(control).legal);
    CHECK(reasons.at(control).contractual);
    CHECK_FALSE(reasons.at(control).business);
    CHECK_FALSE(reasons.at(other).legal);  // an expectation is neither legal nor contractual
}

TEST_CASE("An applicable control whose only reason is a linked requirement is justified", "[soa][versions]")
{
    Fixture f;
    f.completeSoa();
    const RecordId c = f.add("controls", "C-1", {F("title", "Custom"), F("theme", "custom"), F("applicable", "yes")});
    CHECK_FALSE(soaCompleteness(f.data).complete);  // no reason at all
    const RecordId party = f.add("parties", "IP-001", {F("name", "Client")});
    const RecordId req = f.add("requirements", "REQ-001", {F("party", std::int64_t{party}), F("title", "Contract"), F("source", "contract")});
    f.link("requirement_controls", req, c);
    CHECK(soaCompleteness(f.data).complete);
}

TEST_CASE("Freezing the SoA keeps every control, undecided counted", "[soa][versions]")
{
    Fixture f;
    const RecordId owner = f.add("people", "P-001", {F("name", "Ada Owner")});
    f.add("controls", "A.5.10", {F("title", "Acceptable use"), F("applicable", "no"), F("justification", "No assets")});
    f.add("controls", "A.5.2", {F("title", "Roles"), F("applicable", "yes"), F("reason_business", true),
                                F("implementation", "partial"), F("owner", std::int64_t{owner})});
    f.add("controls", "A.5.3", {F("title", "Segregation")});
    const auto entries = freezeSoa(f.data);
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].ref == "A.5.2");  // natural order: 5.2 before 5.10
    CHECK(entries[0].ownerName == "Ada Owner");
    CHECK(entries[0].reasons.business);
    CHECK(entries[1].applicable == "undecided");
    CHECK(entries[2].justification == "No assets");
    CHECK(undecidedControls(entries) == 1);
    CHECK(version(1, f.data).incomplete());
}

TEST_CASE("The SoA diff names decisions, reasons, justifications and status changed", "[soa][versions]")
{
    Fixture f;
    const RecordId a = f.add("controls", "A.5.1", {F("title", "Policies"), F("applicable", "yes"), F("reason_business", true),
                                                   F("implementation", "planned")});
    const RecordId b = f.add("controls", "A.5.2", {F("title", "Roles"), F("applicable", "no"), F("justification", "Small team")});
    f.add("controls", "A.5.3", {F("title", "Segregation"), F("applicable", "yes"), F("reason_legal", true)});
    const RecordId gone = f.add("controls", "C-9", {F("title", "Old custom"), F("applicable", "yes"), F("reason_business", true)});
    const SoaVersion v1 = version(1, f.data);

    const RegisterDef& def = f.data.def(reg::controls);
    f.get("controls", a).set(def, "implementation", std::string("implemented"));
    f.get("controls", b).set(def, "applicable", std::string("yes"));
    f.get("controls", b).set(def, "reason_contractual", true);
    f.get("controls", b).set(def, "justification", std::string());
    auto& controls = f.data.records["controls"];
    controls.erase(std::remove_if(controls.begin(), controls.end(), [&](const Record& r) { return r.id == gone; }),
                   controls.end());
    f.add("controls", "C-10", {F("title", "New custom"), F("applicable", "yes"), F("reason_business", true)});
    const SoaVersion v2 = version(2, f.data);

    const SoaDiff diff = diffSoa(v1, v2);
    CHECK(diff.unchanged == 1);  // A.5.3
    REQUIRE(diff.changes.size() == 4);
    CHECK(diff.changes[0].ref == "A.5.1");
    CHECK(diff.changes[0].changed == std::vector<SoaAspect>{SoaAspect::Implementation});
    CHECK(diff.changes[1].ref == "A.5.2");
    CHECK(has(diff.changes[1].changed, SoaAspect::Decision));
    CHECK(has(diff.changes[1].changed, SoaAspect::Reasons));
    CHECK(has(diff.changes[1].changed, SoaAspect::Justification));
    CHECK_FALSE(has(diff.changes[1].changed, SoaAspect::Implementation));
    CHECK(diff.changes[2].ref == "C-9");
    CHECK_FALSE(diff.changes[2].after);
    CHECK(diff.changes[3].ref == "C-10");
    CHECK_FALSE(diff.changes[3].before);
    CHECK(diff.added() == 1);
    CHECK(diff.removed() == 1);
    CHECK(diff.count(SoaAspect::Decision) == 1);
    CHECK(diffSoa(v2, v2).changes.empty());
}
