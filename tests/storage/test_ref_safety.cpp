// Refs keep to the one pattern of domain/ref_pattern.h: insert and update refuse any other.

#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

using namespace isms;
using namespace isms::storage;
using namespace isms::storage::test;

TEST_CASE("insert and update refuse refs outside the safe pattern", "[records][ref]")
{
    TempDir dir;
    auto file = createFile(dir / "refs.isms");
    const auto& reg = file->catalogue().get(reg::risks);
    const Record template_ = fullRecord(*file, reg);  // adds the records it refers to
    auto before = file->verifyChangeLog();
    REQUIRE(before.ok());

    for (const std::string& bad : std::vector<std::string>{"R 1", "-R1", "R-\x1b[2J", "R/../1", std::string(33, 'R'), "R-\xE2\x80\xAE"}) {
        INFO(bad);
        Record record = template_;
        record.ref = bad;
        auto inserted = file->insert(reg, record);
        REQUIRE_FALSE(inserted.ok());
        CHECK(inserted.error().code == ErrorCode::Invalid);
        CHECK(inserted.error().message.find("The risk cannot be saved: the ref") == 0);
        CHECK(inserted.error().message.find("e.g. R-001 or A.5.1") != std::string::npos);
    }
    auto after = file->verifyChangeLog();
    REQUIRE(after.ok());
    CHECK(after->entries == before->entries);

    Record good = fullRecord(*file, reg);
    good.ref = "R-7.a_b";
    auto stored = file->insert(reg, good);
    REQUIRE(stored.ok());
    Record renamed = *stored;
    renamed.ref = "R 7";
    auto updated = file->update(reg, renamed);
    REQUIRE_FALSE(updated.ok());
    CHECK(updated.error().message.find("holds byte 0x20 at position 2") != std::string::npos);
    auto kept = file->get(reg, stored->id);
    REQUIRE(kept.ok());
    CHECK(kept->ref == "R-7.a_b");

    auto numbered = file->insert(reg, fullRecord(*file, reg));
    REQUIRE(numbered.ok());
    CHECK(numbered->ref.rfind("R-", 0) == 0);
}
