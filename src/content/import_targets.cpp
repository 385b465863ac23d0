#include "content/import_targets.h"

#include "content/import_map.h"

namespace isms::content {

Result<TargetIndex> TargetIndex::of(const storage::IsmsFile& file, const RegisterDef& reg)
{
    auto records = file.list(reg);
    if (!records)
        return records.error();
    TargetIndex index;
    index.m_reg = &reg;
    for (const auto& record : *records) {
        index.m_byRef.emplace(record.ref, record.id);
        const std::string name = importKey(record.text(reg, reg.titleField));
        if (!name.empty())
            index.m_byName[name].emplace_back(record.id, record.ref);
    }
    return index;
}

TargetIndex::Found TargetIndex::find(const std::string& item) const
{
    if (const auto ref = m_byRef.find(item); ref != m_byRef.end())
        return {ref->second, {}};
    const auto byName = m_byName.find(importKey(item));
    if (byName != m_byName.end()) {
        if (byName->second.size() == 1)
            return {byName->second.front().first, {}};
        std::string refs;
        for (std::size_t i = 0; i < byName->second.size() && i < 5; ++i)
            refs += (i ? ", " : "") + byName->second[i].second;
        return {std::nullopt, "'" + item + "' names " + std::to_string(byName->second.size()) + " "
                                  + m_reg->key + " (" + refs + "): give the ref instead"};
    }
    // "A.5.15 Access control": the ref before the first blank.
    if (const auto blank = item.find(' '); blank != std::string::npos)
        if (const auto ref = m_byRef.find(std::string_view(item).substr(0, blank)); ref != m_byRef.end())
            return {ref->second, {}};
    return {std::nullopt, {}};
}

} // namespace isms::content
