// Transactions are all-or-nothing, nested calls join the outer one, and the observer hears of
// changes only after they commit.

#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <stdexcept>

using namespace isms;
using namespace isms::storage;
using namespace isms::storage::test;

namespace {

Record person(const RegisterDef& people, const std::string& name)
{
    Record r = Record::blank(people);
    r.set(people, "name", name);
    return r;
}

} // namespace

TEST_CASE("a failing transaction leaves nothing behind", "[transaction]")
{
    TempDir dir;
    auto file = createFile(dir / "tx.isms");
    const auto& people = file->catalogue().get("people");
    std::vector<std::vector<Change>> seen;
    file->setObserver([&](const std::vector<Change>& changes) { seen.push_back(changes); });

    SECTION("work returns an error")
    {
        auto r = file->transaction([&]() -> Result<void> {
            REQUIRE(file->insert(people, person(people, "Ann")).ok());
            REQUIRE(file->insert(people, person(people, "Ben")).ok());
            return makeError(ErrorCode::Invalid, "changed my mind");
        });
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message == "changed my mind");
    }
    SECTION("work throws")
    {
        auto r = file->transaction([&]() -> Result<void> {
            REQUIRE(file->insert(people, person(people, "Ann")).ok());
            throw std::runtime_error("boom");
        });
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Internal);
    }
    SECTION("a nested transaction fails")
    {
        auto r = file->transaction([&]() -> Result<void> {
            REQUIRE(file->insert(people, person(people, "Ann")).ok());
            auto inner = file->transaction([&]() -> Result<void> {
                REQUIRE(file->insert(people, person(people, "Ben")).ok());
                return makeError(ErrorCode::Conflict, "inner failure");
            });
            CHECK_FALSE(inner.ok());
            return Result<void>();  // the outer work carries on, but cannot keep half of the inner
        });
        CHECK_FALSE(r.ok());
    }
    CHECK(file->count(people).value() == 0);
    CHECK(file->history()->size() == 2);  // only the file's creation
    CHECK(seen.empty());
    // Refs and ids handed out inside the rolled-back transaction are handed out again.
    auto after = file->insert(people, person(people, "Cleo"));
    REQUIRE(after.ok());
    CHECK(after->ref == "P-001");
    CHECK(file->verifyChangeLog()->intact);
    REQUIRE(seen.size() == 1);
}

TEST_CASE("a committed transaction keeps everything and notifies once", "[transaction]")
{
    TempDir dir;
    auto file = createFile(dir / "ok.isms");
    const auto& people = file->catalogue().get("people");
    std::vector<std::vector<Change>> seen;
    file->setObserver([&](const std::vector<Change>& changes) {
        // Observers run after the commit: what they read is already in the file.
        CHECK(file->count(people).value() == 2);
        seen.push_back(changes);
    });
    RecordId ann = 0;
    auto r = file->transaction([&]() -> Result<void> {
        auto a = file->insert(people, person(people, "Ann"));
        if (!a)
            return a.error();
        ann = a->id;
        auto nested = file->transaction([&]() -> Result<void> {
            auto b = file->insert(people, person(people, "Ben"));
            return b ? Result<void>() : Result<void>(b.error());
        });
        CHECK(seen.empty());  // nothing is announced before the outer commit
        return nested;
    });
    REQUIRE(r.ok());
    REQUIRE(seen.size() == 1);
    REQUIRE(seen[0].size() == 2);
    CHECK(seen[0][0].kind == Change::Kind::Inserted);
    CHECK(seen[0][0].registerKey == "people");
    CHECK(seen[0][0].id == ann);

    file->setObserver([&](const std::vector<Change>& changes) { seen.push_back(changes); });
    Record changed = file->get(people, ann).value();
    changed.set(people, "email", std::string("ann@example.org"));
    REQUIRE(file->update(people, changed).ok());
    REQUIRE(seen.size() == 2);
    CHECK(seen[1].size() == 1);
    CHECK(seen[1][0].kind == Change::Kind::Updated);

    // A failed single write is not announced.
    CHECK_FALSE(file->insert(people, Record::blank(people)).ok());
    CHECK(seen.size() == 2);
}

TEST_CASE("a refused insert inside a transaction does not spoil the rest", "[transaction]")
{
    TempDir dir;
    auto file = createFile(dir / "skip.isms");
    const auto& people = file->catalogue().get("people");
    auto r = file->transaction([&]() -> Result<void> {
        CHECK(file->insert(people, person(people, "Ann")).ok());
        CHECK_FALSE(file->insert(people, Record::blank(people)).ok());  // validation: nothing written
        Record dup = person(people, "Ann again");
        dup.ref = "P-001";
        CHECK(file->insert(people, dup).error().code == ErrorCode::Conflict);
        CHECK(file->insert(people, person(people, "Ben")).ok());
        return Result<void>();
    });
    REQUIRE(r.ok());
    CHECK(file->count(people).value() == 2);
    CHECK(file->verifyChangeLog()->intact);
}

TEST_CASE("edits are durable: a closed and reopened file has them", "[transaction]")
{
    TempDir dir;
    {
        auto file = createFile(dir / "d.isms");
        minimalRecord(*file, "risks");
    }
    auto file = openFile(dir / "d.isms");
    CHECK(file->count(file->catalogue().get("risks")).value() == 1);
    CHECK(file->check()->healthy());
}
