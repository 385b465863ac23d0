// Records: every register round-trips; refs, validation, removal and restore, queries.

#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

using namespace isms;
using namespace isms::storage;
using namespace isms::storage::test;

namespace {

void requireSameValues(const RegisterDef& reg, const Record& expected, const Record& actual)
{
    REQUIRE(actual.values.size() == reg.fields.size());
    for (std::size_t i = 0; i < reg.fields.size(); ++i) {
        if (reg.fields[i].computed)
            continue;
        INFO(reg.key << "." << reg.fields[i].key);
        CHECK(actual.values[i] == expected.values[i]);
    }
}

} // namespace

TEST_CASE("every register round-trips insert, read, update, remove and restore", "[records]")
{
    TempDir dir;
    auto file = createFile(dir / "all.isms");
    for (const auto& reg : file->catalogue().registers()) {
        INFO("register " << reg.key);
        const Record input = fullRecord(*file, reg);
        auto stored = file->insert(reg, input);
        INFO((stored ? std::string() : stored.error().message));
        REQUIRE(stored.ok());
        CHECK(stored->id > 0);
        CHECK(stored->ref.rfind(reg.refPrefix + "-", 0) == 0);
        CHECK(stored->createdAt == testClock().nowUtc());
        CHECK(stored->updatedBy == "Alice");
        requireSameValues(reg, input, *stored);

        auto read = file->get(reg, stored->id);
        REQUIRE(read.ok());
        CHECK(read->ref == stored->ref);
        requireSameValues(reg, *stored, *read);
        CHECK(read->values == stored->values);

        // Update: change the title field (every register has one) and read it back.
        Record changed = *read;
        changed.set(reg, reg.titleField, reg.field(reg.titleField)->type == FieldType::Date
                                             ? Value(Date{2027, 1, 2})
                                             : Value(std::string("Changed title")));
        auto updated = file->update(reg, changed);
        INFO((updated ? std::string() : updated.error().message));
        REQUIRE(updated.ok());
        auto reread = file->get(reg, stored->id);
        REQUIRE(reread.ok());
        CHECK(reread->get(reg, reg.titleField) == changed.get(reg, reg.titleField));

        auto removed = file->remove(reg, stored->id);
        INFO((removed ? std::string() : removed.error().message));
        REQUIRE(removed.ok());
        CHECK(file->get(reg, stored->id).error().code == ErrorCode::NotFound);

        auto restored = file->restore(reg, *removed);
        INFO((restored ? std::string() : restored.error().message));
        REQUIRE(restored.ok());
        CHECK(restored->id == stored->id);
        CHECK(restored->ref == stored->ref);
        auto back = file->get(reg, stored->id);
        REQUIRE(back.ok());
        CHECK(back->values == reread->values);
        CHECK(back->createdAt == stored->createdAt);
    }
}

TEST_CASE("refs are numbered per register, zero-padded and widened past 999", "[records]")
{
    TempDir dir;
    auto file = createFile(dir / "refs.isms");
    const auto& issues = file->catalogue().get("issues");
    auto make = [&](const std::string& ref) {
        Record r = Record::blank(issues);
        r.ref = ref;
        r.set(issues, "title", std::string("Issue"));
        r.set(issues, "origin", std::string("internal"));
        return file->insert(issues, r);
    };
    CHECK(file->nextRef(issues).value() == "IS-001");
    CHECK(make("")->ref == "IS-001");
    CHECK(make("")->ref == "IS-002");
    CHECK(make("Custom-7")->ref == "Custom-7");
    CHECK(make("IS-998")->ref == "IS-998");
    CHECK(make("")->ref == "IS-999");
    CHECK(make("")->ref == "IS-1000");

    auto duplicate = make("IS-002");
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().code == ErrorCode::Conflict);
    CHECK(duplicate.error().message.find("IS-002") != std::string::npos);

    Record kept = Record::blank(issues);
    kept.id = 500;
    kept.set(issues, "title", std::string("Kept id"));
    kept.set(issues, "origin", std::string("external"));
    auto withId = file->insert(issues, kept);
    REQUIRE(withId.ok());
    CHECK(withId->id == 500);

    // After reopening, numbering continues from what is stored.
    file.reset();
    file = openFile(dir / "refs.isms");
    CHECK(file->nextRef(issues).value() == "IS-1002");
}

TEST_CASE("required fields, types, enum options and scales are enforced", "[records][validation]")
{
    TempDir dir;
    auto file = createFile(dir / "v.isms");
    const auto& risks = file->catalogue().get("risks");
    Record r = Record::blank(risks);

    auto missing = file->insert(risks, r);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::Invalid);
    CHECK(missing.error().message.find("Title") != std::string::npos);

    r.set(risks, "title", std::string("Laptop theft"));
    r.set(risks, "kind", std::string("threat"));
    auto badEnum = file->insert(risks, r);
    REQUIRE_FALSE(badEnum.ok());
    CHECK(badEnum.error().code == ErrorCode::Invalid);
    CHECK(badEnum.error().message.find("Risk or opportunity") != std::string::npos);

    r.set(risks, "kind", std::string("risk"));
    r.set(risks, "inherent_likelihood", std::string("high"));
    auto badType = file->insert(risks, r);
    REQUIRE_FALSE(badType.ok());
    CHECK(badType.error().message.find("Inherent likelihood") != std::string::npos);

    r.set(risks, "inherent_likelihood", std::int64_t{6});
    auto offScale = file->insert(risks, r);
    REQUIRE_FALSE(offScale.ok());
    CHECK(offScale.error().message.find("not on the scale") != std::string::npos);

    r.set(risks, "inherent_likelihood", std::int64_t{5});
    r.set(risks, "owner", std::int64_t{999});
    auto dangling = file->insert(risks, r);
    REQUIRE_FALSE(dangling.ok());
    CHECK(dangling.error().message.find("Risk owner") != std::string::npos);

    r.set(risks, "owner", Value{});
    r.set(risks, "review_date", std::string("2026-01-01"));
    CHECK(file->insert(risks, r).error().code == ErrorCode::Invalid);

    r.set(risks, "review_date", Date{2026, 1, 1});
    auto ok = file->insert(risks, r);
    REQUIRE(ok.ok());
    CHECK(file->count(risks).value() == 1);
    // Nothing of the refused attempts was stored or logged.
    CHECK(file->history().value().size() == 3);  // creation (2) + the insert
}

TEST_CASE("risk levels are computed from the methodology on insert and update", "[records][risks]")
{
    TempDir dir;
    auto file = createFile(dir / "levels.isms");
    const auto& risks = file->catalogue().get("risks");
    Record r = Record::blank(risks);
    r.set(risks, "title", std::string("Phishing"));
    r.set(risks, "inherent_likelihood", std::int64_t{4});
    r.set(risks, "inherent_impact", std::int64_t{5});
    r.set(risks, "inherent_level", std::int64_t{1});  // typed levels are ignored
    auto stored = file->insert(risks, r);
    REQUIRE(stored.ok());
    CHECK(stored->integer(risks, "inherent_level") == 20);
    CHECK(std::holds_alternative<std::monostate>(stored->get(risks, "residual_level")));

    Record changed = *stored;
    changed.set(risks, "residual_likelihood", std::int64_t{2});
    changed.set(risks, "residual_impact", std::int64_t{3});
    auto updated = file->update(risks, changed);
    REQUIRE(updated.ok());
    CHECK(file->get(risks, stored->id)->integer(risks, "residual_level") == 6);
}

TEST_CASE("update logs only the fields that changed", "[records][history]")
{
    TempDir dir;
    auto file = createFile(dir / "u.isms");
    const auto& assets = file->catalogue().get("assets");
    Record a = Record::blank(assets);
    a.set(assets, "name", std::string("CRM"));
    a.set(assets, "type", std::string("software"));
    a.set(assets, "location", std::string("Cloud"));
    auto stored = file->insert(assets, a);
    REQUIRE(stored.ok());

    Record same = *stored;
    REQUIRE(file->update(assets, same).ok());
    CHECK(file->history().value().size() == 3);  // creation (2) + the insert  // nothing changed, nothing logged

    Record changed = *stored;
    changed.set(assets, "location", std::string("EU data centre"));
    REQUIRE(file->update(assets, changed).ok());
    auto history = file->history("assets", stored->id).value();
    REQUIRE(history.size() == 2);
    CHECK(history.front().action == "update");
    CHECK(history.front().before == R"({"location":"Cloud"})");
    CHECK(history.front().after == R"({"location":"EU data centre"})");
}

TEST_CASE("remove is refused while a required reference points at the record", "[records][remove]")
{
    TempDir dir;
    auto file = createFile(dir / "r.isms");
    const auto& audits = file->catalogue().get("audits");
    const auto& findings = file->catalogue().get("findings");
    const RecordId audit = minimalRecord(*file, "audits");
    minimalRecord(*file, "audits");
    for (int n = 0; n < 3; ++n) {
        Record f = Record::blank(findings);
        f.set(findings, "audit", Value{audit});
        f.set(findings, "title", std::string("Finding"));
        f.set(findings, "type", std::string("minor"));
        REQUIRE(file->insert(findings, f).ok());
    }
    auto refused = file->remove(audits, audit);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message.find("AU-001 cannot be deleted: 3 audit findings belong to it") != std::string::npos);
    CHECK(refused.error().message.find("Delete or move them first") != std::string::npos);
    CHECK(file->get(audits, audit).ok());
}

TEST_CASE("remove empties optional references and restore puts them back", "[records][remove]")
{
    TempDir dir;
    auto file = createFile(dir / "o.isms");
    const auto& people = file->catalogue().get("people");
    const auto& risks = file->catalogue().get("risks");
    const RecordId owner = minimalRecord(*file, "people");
    Record risk = Record::blank(risks);
    risk.set(risks, "title", std::string("Flood"));
    risk.set(risks, "owner", Value{owner});
    auto stored = file->insert(risks, risk);
    REQUIRE(stored.ok());

    auto removed = file->remove(people, owner);
    REQUIRE(removed.ok());
    REQUIRE(removed->clearedReferences.size() == 1);
    CHECK(removed->clearedReferences[0].registerKey == "risks");
    CHECK(removed->clearedReferences[0].id == stored->id);
    CHECK(removed->clearedReferences[0].field == "owner");
    CHECK(isEmpty(file->get(risks, stored->id)->get(risks, "owner")));

    REQUIRE(file->restore(people, *removed).ok());
    CHECK(file->get(risks, stored->id)->integer(risks, "owner") == owner);
}

TEST_CASE("ids are never reused after a removal", "[records]")
{
    TempDir dir;
    auto file = createFile(dir / "ids.isms");
    const auto& people = file->catalogue().get("people");
    const RecordId first = minimalRecord(*file, "people");
    const RecordId second = minimalRecord(*file, "people");
    REQUIRE(file->remove(people, second).ok());
    const RecordId third = minimalRecord(*file, "people");
    CHECK(third > second);
    CHECK(first < second);
}

TEST_CASE("a removed record's ref is not handed out again, even after reopening", "[records]")
{
    TempDir dir;
    const auto path = dir / "refs-after-removal.isms";
    std::string removedRef;
    {
        auto file = createFile(path);
        const auto& people = file->catalogue().get("people");
        minimalRecord(*file, "people");
        const RecordId last = minimalRecord(*file, "people");
        removedRef = file->get(people, last)->ref;
        REQUIRE(file->remove(people, last).ok());
    }
    auto file = openFile(path);
    const auto& people = file->catalogue().get("people");
    const RecordId fresh = minimalRecord(*file, "people");
    CHECK(removedRef == "P-002");
    CHECK(file->get(people, fresh)->ref == "P-003");
}

TEST_CASE("getMany returns the records asked for, in the order asked, skipping removed ones", "[records][query]")
{
    TempDir dir;
    auto file = createFile(dir / "many.isms");
    const auto& people = file->catalogue().get("people");
    std::vector<RecordId> ids;
    for (int i = 0; i < 5; ++i)
        ids.push_back(minimalRecord(*file, "people"));
    REQUIRE(file->remove(people, ids[2]).ok());
    const std::vector<RecordId> wanted{ids[4], ids[0], ids[2], ids[3], 9999};
    auto records = file->getMany(people, wanted);
    REQUIRE(records.ok());
    REQUIRE(records->size() == 3);
    CHECK((*records)[0].id == ids[4]);
    CHECK((*records)[1].id == ids[0]);
    CHECK((*records)[2].id == ids[3]);
    CHECK((*records)[1].ref == file->get(people, ids[0])->ref);
    CHECK(file->getMany(people, {})->empty());
}

TEST_CASE("list, listIds and count filter, search, sort and page in SQL", "[records][query]")
{
    TempDir dir;
    auto file = createFile(dir / "q.isms");
    const auto& assets = file->catalogue().get("assets");
    const char* names[] = {"Payroll database", "Laptop fleet", "payroll backups", "Office", "Website"};
    const char* types[] = {"information", "hardware", "information", "site", "service"};
    for (int i = 0; i < 5; ++i) {
        Record a = Record::blank(assets);
        a.set(assets, "name", std::string(names[i]));
        a.set(assets, "type", std::string(types[i]));
        a.set(assets, "confidentiality", std::int64_t{i + 1});
        REQUIRE(file->insert(assets, a).ok());
    }
    Query search;
    search.search = "PAYROLL";
    CHECK(file->count(assets, search).value() == 2);

    Query filter;
    filter.filters.push_back({"type", "inform"});
    CHECK(file->listIds(assets, filter).value() == std::vector<RecordId>{1, 3});

    Query sorted;
    sorted.sortField = "name";
    auto byName = file->list(assets, sorted).value();
    REQUIRE(byName.size() == 5);
    CHECK(byName[0].text(assets, "name") == "Laptop fleet");
    CHECK(byName[4].text(assets, "name") == "Website");

    Query page;
    page.sortField = "confidentiality";
    page.descending = true;
    page.offset = 1;
    page.limit = 2;
    CHECK(file->listIds(assets, page).value() == std::vector<RecordId>{4, 3});

    Query wildcard;
    wildcard.search = "%";
    CHECK(file->count(assets, wildcard).value() == 0);

    Query unknown;
    unknown.sortField = "no_such_field";
    CHECK(file->list(assets, unknown).error().code == ErrorCode::Invalid);

    auto found = file->findByRef(assets, "A-002");
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK((*found)->text(assets, "name") == "Laptop fleet");
    CHECK_FALSE(file->findByRef(assets, "A-999")->has_value());
}

TEST_CASE("loadAll fills every register, the links, methodology and organisation", "[records]")
{
    TempDir dir;
    auto file = createFile(dir / "all.isms");
    const RecordId risk = minimalRecord(*file, "risks");
    const RecordId asset = minimalRecord(*file, "assets");
    REQUIRE(file->link(file->catalogue().link("risk_assets"), risk, "assets", asset).ok());
    auto data = file->loadAll();
    REQUIRE(data.ok());
    CHECK(data->organisation == "Example Ltd");
    CHECK(data->of("risks").size() == 1);
    CHECK(data->of("assets").size() == 1);
    CHECK(data->records.size() == file->catalogue().registers().size());
    REQUIRE(data->links.size() == 1);
    CHECK(data->links[0] == Link{"risk_assets", "risks", risk, "assets", asset});
    CHECK(data->methodology.likelihood.size() == 5);
}
