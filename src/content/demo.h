#pragma once
// A realistic sample ISMS for a fictional company (Fernbrook Analytics Ltd, a payroll analytics
// software firm), for trying the program, screenshots and tests. It is deliberately imperfect:
// overdue reviews and actions, a residual risk above the criteria without acceptance, SoA
// decisions missing or contradicting the risks, so every rule has something to show.
// Deterministic for a given Clock: every date is relative to its today().

#include "domain/clock.h"
#include "domain/result.h"
#include "storage/isms_file.h"

#include <filesystem>
#include <memory>
#include <string>

namespace isms::content {

struct DemoOptions {
    std::string author = "demo";
};

inline constexpr const char* kDemoOrganisation = "Fernbrook Analytics Ltd";

// Creates `path` (refusing an existing file) from the template and fills it with the sample
// organisation in one transaction; on failure the new file is removed again.
Result<std::unique_ptr<storage::IsmsFile>> createDemo(const std::filesystem::path& path,
                                                      const DemoOptions& options,
                                                      const Clock& clock);

// The sample records for a file made from the template (5x5 methodology): what createDemo runs.
Result<void> fillDemo(storage::IsmsFile& file);

} // namespace isms::content
