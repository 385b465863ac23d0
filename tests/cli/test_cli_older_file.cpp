// The writing verbs on a file of an older schema: opening it for writing upgrades it (after a
// backup), so a refused command must find its refusal on a read-only look first and leave the
// file byte for byte as it was, with no backup beside it.
#include "cli_support.h"

using namespace isms::test;

namespace {

std::size_t entriesIn(const fs::path& folder)
{
    std::size_t count = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(folder))
        ++count;
    return count;
}

} // namespace

TEST_CASE("writing verbs refuse an unknown person on a schema-3 file without upgrading it", "[cli][migrations]")
{
    TempDir dir;
    const auto older = dir / "older" / "client.isms";
    fs::create_directories(older.parent_path());
    fs::copy_file(fs::path(ISMS_TEST_DATA_DIR) / "schema-3.isms", older);
    const std::string file = older.string();

    expectRefusedUnchanged(dir, older, {
        {{"assess", file, "--trigger", "planned", "--by", "P-999"}, 1, "'P-999' is not a person of the people register"},
        {{"assess", file, "--trigger", "change", "--by", "R-001"}, 1, "'R-001' is a risk, not a person"},
        {{"soa-version", file, "--approved-by", "P-999"}, 1, "Nothing was approved"},
        {{"approve", file, "R-001", "--by", "P-999", "--rationale", "ok"}, 1, "Nothing was written"},
        {{"set", file, "R-001", "owner=P-999"}, 1, "Nothing was written"},
    });
    INFO("a backup beside the file means it was upgraded");
    CHECK(entriesIn(older.parent_path()) == 1);

    // A good command still upgrades it, with its backup, and records.
    auto run = ismsctl(dir, {"assess", file, "--trigger", "planned", "--by", "P-001"});
    INFO(run.out + run.err);
    CHECK(run.exitCode == 0);
    CHECK(entriesIn(older.parent_path()) == 2);
    CHECK(ismsctl(dir, {"check", file}).exitCode == 0);
}

TEST_CASE("assess and soa-version refuse an audit copy and leave it as exported", "[cli][versions]")
{
    DemoFile demo;
    const auto copy = demo.dir / "audit.isms";
    REQUIRE(ismsctl(demo.dir, {"export", demo.path.string(), copy.string(), "--audit-copy"}).exitCode == 0);
    expectRefusedUnchanged(demo.dir, copy, {
        {{"assess", copy.string(), "--trigger", "planned"}, 1, "audit copy"},
        {{"assess", copy.string(), "--trigger", "planned", "--by", "P-001"}, 1, "Nothing was recorded"},
        {{"soa-version", copy.string(), "--approved-by", "P-001"}, 1, "audit copy"},
    });
    CHECK(ismsctl(demo.dir, {"verify", copy.string()}).exitCode == 0);
}
