#pragma once
// Large files for benchmarks and for trying the program at scale: many risks, assets, audits and
// change-log entries, written in one transaction. Deterministic (a fixed pseudo-random sequence).

#include "domain/clock.h"
#include "domain/result.h"
#include "storage/isms_file.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

namespace isms::content {

struct ScaleOptions {
    std::int64_t risks = 0;
    std::int64_t assets = 0;
    std::int64_t audits = 0;
    // Extra change-log entries beyond the inserts: made by updating generated risks (or people,
    // when there are no risks) one field at a time.
    std::int64_t changeLogEntries = 0;
    std::string organisation = "Scale Test Ltd";
    std::string author = "generator";
};

struct ScaleSummary {
    std::int64_t people = 0, assets = 0, risks = 0, audits = 0, findings = 0, updates = 0;
};

// A new file from the template holding the generated records.
Result<std::unique_ptr<storage::IsmsFile>> generateScale(const std::filesystem::path& path,
                                                         const ScaleOptions& options,
                                                         const Clock& clock);

// Adds generated records to an open file (e.g. extra risks on top of the demo), in one
// transaction. Risks get a handful of generated owners and links to generated (or existing)
// assets and to Annex A controls.
Result<ScaleSummary> addScaleRecords(storage::IsmsFile& file, const ScaleOptions& options);

} // namespace isms::content
