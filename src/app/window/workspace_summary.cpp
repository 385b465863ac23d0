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
    for (const auto& def : data->catalogue->registers())
        summary.records[def.key] = static_cast<std::int64_t>(data->of(def.key).size());
    return summary;
}

void releaseFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace isms::app
