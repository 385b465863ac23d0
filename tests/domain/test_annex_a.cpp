// The Annex A rule: the standard's controls keep their ref, title and theme and cannot be
// deleted; custom controls are free.

#include "domain/annex_a.h"
#include "domain/catalogue.h"

#include <catch2/catch_test_macros.hpp>

using namespace isms;

namespace {

const RegisterDef& controls() { return Catalogue::standard().get(reg::controls); }

Record control(const std::string& ref, const std::string& title, const std::string& theme)
{
    Record r = Record::blank(controls());
    r.ref = ref;
    r.set(controls(), "title", title);
    r.set(controls(), "theme", theme);
    return r;
}

bool says(const std::optional<std::string>& problem, const std::string& part)
{
    return problem && problem->find(part) != std::string::npos;
}

} // namespace

TEST_CASE("the 93 Annex A controls are the domain's, with their themes", "[annex_a]")
{
    const auto& list = annexAControls();
    REQUIRE(list.size() == 93);
    CHECK(list.front().id == "A.5.1");
    CHECK(list.front().title == "Policies for information security");
    CHECK(list.front().theme == "organizational");
    CHECK(list.back().id == "A.8.34");
    const AnnexAControl* quoted = findAnnexAControl("A.5.22");
    REQUIRE(quoted);
    CHECK(quoted->title == "Monitoring, review and change management of supplier services");
    CHECK(findAnnexAControl("A.6.3")->theme == "people");
    CHECK_FALSE(findAnnexAControl("A.5.38"));
    CHECK_FALSE(findAnnexAControl("C-001"));
    CHECK(looksLikeAnnexAId("A.5.38"));
    CHECK_FALSE(looksLikeAnnexAId("A.5"));
    CHECK_FALSE(looksLikeAnnexAId("A.5.1.2"));
    CHECK_FALSE(looksLikeAnnexAId("a.5.1"));
    CHECK_FALSE(looksLikeAnnexAId("A..1"));
}

TEST_CASE("an Annex A control's ref, title and theme are fixed; other fields are free", "[annex_a]")
{
    const Record standard = control("A.5.1", "Policies for information security", "organizational");
    CHECK_FALSE(annexAWriteProblem(controls(), nullptr, standard));

    Record renamed = standard;
    renamed.set(controls(), "title", std::string("Our policies"));
    const auto problem = annexAWriteProblem(controls(), &standard, renamed);
    CHECK(says(problem, "A.5.1 is an Annex A control: its title and theme are fixed by ISO/IEC 27001"));
    CHECK(says(problem, "Add a custom control instead."));

    Record rethemed = standard;
    rethemed.set(controls(), "theme", std::string("people"));
    CHECK(says(annexAWriteProblem(controls(), &standard, rethemed), "fixed by ISO/IEC 27001"));

    Record moved = standard;
    moved.ref = "C-001";
    CHECK(says(annexAWriteProblem(controls(), &standard, moved), "its ref is fixed"));

    Record decided = standard;
    decided.set(controls(), "applicable", std::string("yes"));
    decided.set(controls(), "justification", std::string("We need it."));
    CHECK_FALSE(annexAWriteProblem(controls(), &standard, decided));

    // A new Annex A control must come as the standard has it; an id the standard lacks is refused.
    CHECK(says(annexAWriteProblem(controls(), nullptr, control("A.5.1", "Policies", "organizational")), "fixed"));
    CHECK(says(annexAWriteProblem(controls(), nullptr, control("A.5.38", "Ours", "custom")),
               "A.5.38 is not a control of ISO/IEC 27001:2022 Annex A"));
    // A custom control is free, and a custom control cannot take an Annex A ref.
    const Record custom = control("C-001", "Clean desk checks", "custom");
    CHECK_FALSE(annexAWriteProblem(controls(), nullptr, custom));
    Record customRenamed = custom;
    customRenamed.set(controls(), "title", std::string("Clear desk checks"));
    CHECK_FALSE(annexAWriteProblem(controls(), &custom, customRenamed));
    Record takesAnnexRef = custom;
    takesAnnexRef.ref = "A.5.1";
    CHECK(says(annexAWriteProblem(controls(), &custom, takesAnnexRef), "fixed"));

    // A damaged control can be edited elsewhere, and repaired.
    Record damaged = standard;
    damaged.set(controls(), "title", std::string("Renamed behind the program's back"));
    Record damagedDecided = damaged;
    damagedDecided.set(controls(), "applicable", std::string("no"));
    CHECK_FALSE(annexAWriteProblem(controls(), &damaged, damagedDecided));
    CHECK_FALSE(annexAWriteProblem(controls(), &damaged, standard));
}

TEST_CASE("an Annex A control cannot be deleted; a custom one can", "[annex_a]")
{
    const auto problem = annexADeleteProblem(control("A.8.2", "Privileged access rights", "technological"));
    CHECK(says(problem, "A.8.2 is an Annex A control: it cannot be deleted"));
    CHECK(says(problem, "Not applicable"));
    CHECK_FALSE(annexADeleteProblem(control("C-004", "Ours", "custom")));
}

TEST_CASE("a damaged Annex A catalogue is described control by control", "[annex_a]")
{
    std::vector<Record> records;
    for (const auto& c : annexAControls())
        records.push_back(control(c.id, c.title, c.theme));
    records.push_back(control("C-001", "Ours", "custom"));
    CHECK(annexACatalogueProblems(controls(), records).empty());
    CHECK(annexACatalogueProblems(controls(), {control("C-001", "Ours", "custom")}).empty());

    records[0].set(controls(), "title", std::string("Renamed"));
    records[1].set(controls(), "theme", std::string("custom"));
    records.erase(records.begin() + 9);  // A.5.10
    const auto problems = annexACatalogueProblems(controls(), records);
    REQUIRE(problems.size() == 3);
    CHECK(problems[0] == "Annex A control A.5.1 is titled \"Renamed\", but ISO/IEC 27001 titles it \"Policies for information security\".");
    CHECK(problems[1].find("A.5.2 has the theme \"custom\"") != std::string::npos);
    CHECK(problems[2].find("Annex A control A.5.10 (\"Acceptable use of information and other associated assets\") is missing") == 0);
}
