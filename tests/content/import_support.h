#pragma once
// Shared by the import tests: the demo file, and what an import that is refused must not change.

#include "content/csv_export.h"
#include "content/demo.h"
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <memory>

namespace isms::test {

// Every record of the register and the change log.
struct Snapshot {
    std::string registerCsv;
    std::int64_t logEntries = 0;
    std::string headHash;
    bool operator==(const Snapshot&) const = default;
};

inline Snapshot snapshot(const storage::IsmsFile& file, const RegisterDef& reg)
{
    auto csv = content::exportCsv(file, reg);
    REQUIRE(csv.ok());
    auto chain = file.verifyChangeLog();
    REQUIRE(chain.ok());
    return {*csv, chain->entries, chain->headHash};
}

inline std::unique_ptr<storage::IsmsFile> demoFile(const TempDir& dir)
{
    auto created = content::createDemo(dir / "demo.isms", {}, testClock());
    REQUIRE(created.ok());
    return std::move(created).value();
}

} // namespace isms::test
