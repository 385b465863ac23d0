#pragma once
// What the workspace shows about the whole file beside the current page: the dashboard and every
// register's record count. Computed from one read of the file, with no widget and no session,
// so it can be computed on another thread from a parallel reader.

#include "reports/readiness/dashboard_summary.h"
#include "domain/result.h"

#include <cstdint>
#include <map>
#include <memory>
#include <string>

namespace isms::storage {
class IsmsFile;
}

namespace isms::app {

struct WorkspaceSummary {
    reports::DashboardSummary dashboard;
    std::map<std::string, std::int64_t, std::less<>> records;  // per register key
    // What it was computed from, for the window to keep up to date from then on.
    std::shared_ptr<IsmsData> data;
};

// The record counts of data, per register key.
std::map<std::string, std::int64_t, std::less<>> recordCounts(const IsmsData& data);

// Reads the whole file, and keeps what it read in the summary.
Result<WorkspaceSummary> summariseFile(const storage::IsmsFile& file, Date today);

// Gives memory freed by a whole-file read back to the system: glibc keeps freed heap mapped
// unless asked, which would leave the window's footprint at its peak. Slow (tens of ms after a
// large read), so not on a path anyone waits for.
void releaseFreedMemory();

} // namespace isms::app
