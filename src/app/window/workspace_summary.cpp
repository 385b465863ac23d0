#include "app/window/workspace_summary.h"

#include "storage/isms_file.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace isms::app {

Result<WorkspaceSummary> summariseFile(const storage::IsmsFile& file, Date today)
{
    auto data = file.loadAll();
    if (!data)
        return data.error();
    WorkspaceSummary summary;
    summary.dashboard = reports::summarise(*data, today);
    summary.records = recordCounts(*data);
    summary.data = std::make_shared<IsmsData>(std::move(*data));
    return summary;
}

std::map<std::string, std::int64_t, std::less<>> recordCounts(const IsmsData& data)
{
    std::map<std::string, std::int64_t, std::less<>> counts;
    for (const auto& def : data.catalogue->registers())
        counts[def.key] = static_cast<std::int64_t>(data.of(def.key).size());
    return counts;
}

void releaseFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace isms::app
