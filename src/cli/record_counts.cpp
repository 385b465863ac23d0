#include "cli/record_counts.h"

namespace isms::cli {

Result<std::string> recordCounts(const storage::IsmsFile& file)
{
    std::string text;
    for (const auto& r : file.catalogue().registers()) {
        auto n = file.count(r);
        if (!n)
            return n.error();
        if (*n == 0)
            continue;
        std::string key = r.key;
        key.resize(std::max<std::size_t>(key.size() + 1, 18), ' ');
        text += "  " + key + std::to_string(*n) + "\n";
    }
    return text.empty() ? std::string("  (no records)\n") : text;
}

} // namespace isms::cli
