// Client templates: what a template keeps and drops, exactly; a new client file from one is
// healthy and starts its own history; read-only sources work; bad templates are refused.
#include "content/client_template.h"
#include "content/demo.h"
#include "content/reference_data.h"
#include "content/template_contents.h"
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <fstream>
#include <set>

using namespace isms;
using namespace isms::content;

namespace {

std::int64_t countOf(const storage::IsmsFile& file, std::string_view key)
{
    auto n = file.count(file.catalogue().get(key));
    REQUIRE(n.ok());
    return *n;
}

std::unique_ptr<storage::IsmsFile> openReadOnly(const std::filesystem::path& path)
{
    storage::OpenOptions options;
    options.mode = storage::OpenMode::ReadOnly;
    auto opened = storage::IsmsFile::open(path, options, test::testClock());
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

Record byRef(const storage::IsmsFile& file, std::string_view key, const std::string& ref)
{
    auto found = file.findByRef(file.catalogue().get(key), ref);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    return **found;
}

// A demo client with what the demo lacks: a custom control and a role that reports to a role
// made after it.
std::unique_ptr<storage::IsmsFile> makeClient(const std::filesystem::path& path)
{
    auto created = createDemo(path, {}, test::testClock());
    REQUIRE(created.ok());
    auto file = std::move(created).value();
    const auto& controls = file->catalogue().get(reg::controls);
    Record custom = Record::blank(controls);
    custom.ref = "C-001";
    custom.set(controls, "title", std::string("Client-specific vendor vetting"));
    custom.set(controls, "theme", std::string("custom"));
    custom.set(controls, "applicable", std::string("yes"));
    custom.set(controls, "reason_business", true);
    custom.set(controls, "justification", std::string("Vendors hold payroll data."));
    custom.set(controls, "implementation", std::string("implemented"));
    REQUIRE(file->insert(controls, custom).ok());
    const auto& roles = file->catalogue().get(reg::roles);
    // An Annex A control renamed in the client's file, as older versions allowed (storage that
    // keeps Annex A wording fixed refuses this, and then there is nothing to correct).
    Record a52 = **file->findByRef(controls, "A.5.2");
    a52.set(controls, "title", std::string("Renamed by the client"));
    (void)file->update(controls, a52);
    auto firstRole = file->list(roles);
    REQUIRE(firstRole.ok());
    REQUIRE_FALSE(firstRole->empty());
    Record board = Record::blank(roles);
    board.set(roles, "title", std::string("Board of directors"));
    auto storedBoard = file->insert(roles, board);
    REQUIRE(storedBoard.ok());
    Record first = firstRole->front();
    first.set(roles, "reports_to", storedBoard->id);
    REQUIRE(file->update(roles, first).ok());
    return file;
}

bool isPersonOrDate(const FieldDef& field)
{
    return field.type == FieldType::Date || (field.type == FieldType::Reference && field.target == reg::people);
}

} // namespace

TEST_CASE("The keep table names existing fields, and no person, date or dropped register", "[template][client]")
{
    const Catalogue& catalogue = Catalogue::standard();
    for (const auto& kept : keptRegisters()) {
        INFO(kept.registerKey);
        const RegisterDef* def = catalogue.find(kept.registerKey);
        REQUIRE(def != nullptr);
        for (std::string_view key : kept.fields) {
            INFO(key);
            const FieldDef* field = def->field(std::string(key));
            REQUIRE(field != nullptr);
            CHECK_FALSE(isPersonOrDate(*field));
            CHECK_FALSE(field->computed);
            if (field->type == FieldType::Reference)
                CHECK(keptRegister(field->target) != nullptr);
        }
        for (const auto& [key, option] : kept.startsAs) {
            const FieldDef* field = def->field(std::string(key));
            REQUIRE(field != nullptr);
            CHECK(field->hasOption(std::string(option)));
        }
    }
    for (std::string_view dropped : {reg::people, reg::assets, reg::issues, reg::parties, reg::requirements,
                                     reg::scopes, reg::revisions, reg::assessments, reg::treatments,
                                     reg::changes, reg::resources, reg::trainings, reg::campaigns,
                                     reg::measurements, reg::programmes, reg::audits, reg::findings,
                                     reg::reviews, reg::nonconformities, reg::actions, reg::improvements,
                                     reg::clauses})
        CHECK(keptRegister(dropped) == nullptr);
    std::set<std::string> links;
    for (const LinkDef* link : keptLinks(catalogue))
        links.insert(link->key);
    CHECK(links == std::set<std::string>{"risk_controls", "control_documents", "objective_metrics"});
}

TEST_CASE("Save as template keeps decisions, documents and roles and drops people, dates and history", "[template][client]")
{
    test::TempDir dir;
    auto client = makeClient(dir / "client.isms");
    const auto target = dir / "Baseline.isms-template";
    auto saved = saveAsTemplate(*client, target, {"", "consultant"}, test::testClock());
    REQUIRE(saved.ok());
    CHECK(saved->count(reg::controls) == 94);

    auto tpl = openReadOnly(target);
    CHECK(tpl->info().organisation == "Baseline");
    auto health = tpl->check();
    REQUIRE(health.ok());
    CHECK(health->healthy());

    const Catalogue& catalogue = tpl->catalogue();
    for (const auto& def : catalogue.registers()) {
        INFO(def.key);
        const KeptRegister* kept = keptRegister(def.key);
        CHECK(countOf(*tpl, def.key) == (kept ? countOf(*client, def.key) : 0));
        if (!kept)
            continue;
        auto records = tpl->list(def);
        REQUIRE(records.ok());
        for (const Record& r : *records) {
            const Record source = byRef(*client, def.key, r.ref);
            for (const auto& field : def.fields) {
                INFO(r.ref << " " << field.key);
                const bool keeps = std::find(kept->fields.begin(), kept->fields.end(), field.key) != kept->fields.end();
                const auto starts = std::find_if(kept->startsAs.begin(), kept->startsAs.end(),
                                                 [&](const auto& s) { return s.first == field.key; });
                if (isPersonOrDate(field))
                    CHECK(isEmpty(r.get(def, field.key)));
                if (starts != kept->startsAs.end())
                    CHECK(r.text(def, field.key) == std::string(starts->second));
                else if (field.computed)
                    continue;
                else if (!keeps)
                    CHECK(isEmpty(r.get(def, field.key)));
                else if (field.type != FieldType::Reference && !(r.ref == "A.5.2" && field.key == "title"))
                    CHECK(r.get(def, field.key) == source.get(def, field.key));
            }
            auto attached = tpl->attachments(def.key, r.id);
            REQUIRE(attached.ok());
            CHECK(attached->empty());
        }
    }
    // Decisions and justifications, exactly; implementation and owners are not the template's.
    const auto& controls = catalogue.get(reg::controls);
    const Record a51 = byRef(*tpl, reg::controls, "A.5.1");
    CHECK(a51.text(controls, "applicable") == byRef(*client, reg::controls, "A.5.1").text(controls, "applicable"));
    CHECK_FALSE(a51.text(controls, "justification").empty());
    CHECK(a51.text(controls, "implementation") == "not_started");
    CHECK(byRef(*tpl, reg::controls, "C-001").text(controls, "justification") == "Vendors hold payroll data.");
    CHECK(byRef(*tpl, reg::controls, "A.5.2").text(controls, "title") == annexAControls()[1].title);
    // References between kept records follow the copy (the role made later is found in pass 2).
    const auto& roles = catalogue.get(reg::roles);
    auto tplRoles = tpl->list(roles);
    REQUIRE(tplRoles.ok());
    const Record reportsTo = byRef(*tpl, reg::roles, tplRoles->back().ref);
    CHECK(tplRoles->front().integer(roles, "reports_to") == reportsTo.id);
    // Links between kept records are kept; those to dropped records are not.
    const auto riskControls = tpl->allLinks(catalogue.link("risk_controls"));
    REQUIRE(riskControls.ok());
    CHECK(riskControls->size() == client->allLinks(catalogue.link("risk_controls"))->size());
    CHECK(tpl->allLinks(catalogue.link("risk_assets"))->empty());
    // The template's history is its own making only: no update, delete or attachment of the client's.
    auto history = tpl->history();
    REQUIRE(history.ok());
    for (const auto& entry : *history) {
        CHECK(entry.action != "attach");
        CHECK(entry.author == "consultant");
    }
    auto again = saveAsTemplate(*client, target, {"", "consultant"}, test::testClock());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.find("already exists") != std::string::npos);
}

TEST_CASE("A new client file from a template is healthy and starts its own history", "[template][client]")
{
    test::TempDir dir;
    auto client = makeClient(dir / "client.isms");
    const auto tplPath = dir / "Baseline.isms-template";
    REQUIRE(saveAsTemplate(*client, tplPath, {"Payroll baseline", "consultant"}, test::testClock()).ok());
    const std::string templateBytes = test::readText(tplPath);

    auto made = createFromClientTemplate(tplPath, dir / "next.isms", {"Next Client Ltd", "me", "The Leeds office"},
                                         test::testClock());
    REQUIRE(made.ok());
    auto& file = **made;
    CHECK(file.info().organisation == "Next Client Ltd");
    auto health = file.check();
    REQUIRE(health.ok());
    INFO((health->problems.empty() ? std::string() : health->problems.front()));
    CHECK(health->healthy());
    CHECK(test::readText(tplPath) == templateBytes);

    const auto& controls = file.catalogue().get(reg::controls);
    CHECK(countOf(file, reg::controls) == 94);
    CHECK(countOf(file, reg::clauses) == static_cast<std::int64_t>(clauseRequirements().size()));
    CHECK(countOf(file, reg::scopes) == 1);
    CHECK(countOf(file, reg::people) == 0);
    CHECK(countOf(file, reg::audits) == 0);
    CHECK(countOf(file, reg::documents) == countOf(*client, reg::documents));
    CHECK(countOf(file, reg::risks) == countOf(*client, reg::risks));
    for (const auto& annex : annexAControls()) {
        INFO(annex.id);
        const Record made = byRef(file, reg::controls, annex.id);
        const Record source = byRef(*client, reg::controls, annex.id);
        CHECK(made.text(controls, "title") == annex.title);
        for (const char* key : {"applicable", "justification"})
            CHECK(made.text(controls, key) == source.text(controls, key));
        CHECK(made.boolean(controls, "reason_risk") == source.boolean(controls, "reason_risk"));
        CHECK(made.text(controls, "implementation") == "not_started");
        CHECK(isEmpty(made.get(controls, "owner")));
    }
    // Each control is stored once, its decision in its first entry (later ones are its links).
    auto a51 = file.history(std::string(reg::controls), byRef(file, reg::controls, "A.5.1").id);
    REQUIRE(a51.ok());
    REQUIRE_FALSE(a51->empty());
    CHECK(a51->back().action == "insert");
    CHECK(a51->back().after.find("\"applicable\"") != std::string::npos);
    for (const auto& entry : *a51)
        CHECK(entry.action != "update");
    auto methodology = file.methodology();
    REQUIRE(methodology.ok());
    CHECK(methodology->acceptableMaxScore == client->methodology()->acceptableMaxScore);
    CHECK(methodology->likelihood.size() == client->methodology()->likelihood.size());
    // Its history holds nothing of the client's or the template's.
    auto history = file.history();
    REQUIRE(history.ok());
    for (const auto& entry : *history)
        CHECK(entry.author == "me");

    auto exists = createFromClientTemplate(tplPath, dir / "next.isms", {"Other", "me", ""}, test::testClock());
    REQUIRE_FALSE(exists.ok());
    CHECK(exists.error().message.find("already exists") != std::string::npos);
    auto noName = createFromClientTemplate(tplPath, dir / "noname.isms", {"", "me", ""}, test::testClock());
    REQUIRE_FALSE(noName.ok());
    CHECK_FALSE(std::filesystem::exists(dir / "noname.isms"));

    auto summary = readTemplateSummary(tplPath, test::testClock());
    REQUIRE(summary.ok());
    CHECK(summary->name == "Payroll baseline");
    CHECK(summary->levels == 5);
    CHECK(summary->count(reg::documents) == countOf(*client, reg::documents));
    CHECK(summary->decidedControls > 0);
    CHECK(templatesIn(dir.operator/("")) == std::vector<std::filesystem::path>{tplPath});
    CHECK(templatesIn(dir / "no-such-folder").empty());
}

TEST_CASE("A template can be saved from an audit copy opened read-only, which stays unchanged", "[template][client]")
{
    test::TempDir dir;
    auto client = makeClient(dir / "client.isms");
    REQUIRE(client->exportAuditCopy(dir / "audit.isms").ok());
    client.reset();
    const std::string before = test::readText(dir / "audit.isms");
    auto copy = openReadOnly(dir / "audit.isms");
    REQUIRE(copy->info().auditCopy);
    auto saved = saveAsTemplate(*copy, dir / "From audit.isms-template", {"", "consultant"}, test::testClock());
    REQUIRE(saved.ok());
    CHECK(saved->count(reg::controls) == 94);
    copy.reset();
    CHECK(test::readText(dir / "audit.isms") == before);
    CHECK_FALSE(std::filesystem::exists(dir / "audit.isms-wal"));
    auto tpl = openReadOnly(dir / "From audit.isms-template");
    CHECK_FALSE(tpl->info().auditCopy);
}

TEST_CASE("Bad templates are refused with a message that says what to do, and nothing is made", "[template][client]")
{
    test::TempDir dir;
    auto client = makeClient(dir / "client.isms");
    client.reset();
    const auto out = dir / "out.isms";

    auto notTemplate = createFromClientTemplate(dir / "client.isms", out, {"X", "me", ""}, test::testClock());
    REQUIRE_FALSE(notTemplate.ok());
    CHECK(notTemplate.error().message.find("is not a template") != std::string::npos);
    CHECK(notTemplate.error().message.find("save it as a template first") != std::string::npos);

    {
        std::ofstream text(dir / "notes.isms-template");
        text << "this is a text file that somebody named like a template, and it goes on a while\n";
    }
    auto garbage = createFromClientTemplate(dir / "notes.isms-template", out, {"X", "me", ""}, test::testClock());
    REQUIRE_FALSE(garbage.ok());
    CHECK(garbage.error().message.find("The template cannot be used") != std::string::npos);
    CHECK(garbage.error().message.find("notes.isms-template") != std::string::npos);

    auto missing = createFromClientTemplate(dir / "none.isms-template", out, {"X", "me", ""}, test::testClock());
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK_FALSE(std::filesystem::exists(out));

    auto source = openReadOnly(dir / "client.isms");
    auto wrongName = saveAsTemplate(*source, dir / "plain.isms", {"", "me"}, test::testClock());
    REQUIRE_FALSE(wrongName.ok());
    CHECK(wrongName.error().message.find(".isms-template") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir / "plain.isms"));
}
