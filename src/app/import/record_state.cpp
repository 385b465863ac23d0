#include "app/import/record_state.h"

#include <algorithm>

namespace isms::app {

namespace {

Result<std::vector<Link>> linksFrom(const storage::IsmsFile& file, const RegisterDef& def, RecordId id,
                                    const std::set<std::string>& linkKeys)
{
    auto all = file.links(def.key, id);
    if (!all)
        return all.error();
    std::vector<Link> from;
    for (const auto& link : *all)
        if (link.fromRegister == def.key && link.fromId == id && linkKeys.count(link.link))
            from.push_back(link);
    return from;
}

} // namespace

Result<RecordState> captureState(const storage::IsmsFile& file, const RegisterDef& def, RecordId id,
                                 const std::set<std::string>& linkKeys)
{
    auto record = file.get(def, id);
    if (!record)
        return record.error();
    auto links = linksFrom(file, def, id, linkKeys);
    if (!links)
        return links.error();
    return RecordState{std::move(*record), std::move(*links)};
}

Result<void> applyState(storage::IsmsFile& file, const RegisterDef& def, const RecordState& state,
                        const std::set<std::string>& linkKeys)
{
    auto now = file.get(def, state.record.id);
    if (!now)
        return now.error();
    if (now->values != state.record.values)
        if (auto updated = file.update(def, state.record); !updated)
            return updated.error();
    auto current = linksFrom(file, def, state.record.id, linkKeys);
    if (!current)
        return current.error();
    const auto has = [](const std::vector<Link>& links, const Link& link) {
        return std::find(links.begin(), links.end(), link) != links.end();
    };
    for (const auto& link : *current)
        if (!has(state.links, link))
            if (auto unlinked = file.unlink(*file.catalogue().findLink(link.link), link.fromId, link.toRegister, link.toId);
                !unlinked)
                return unlinked;
    for (const auto& link : state.links)
        if (!has(*current, link))
            if (auto linked = file.link(*file.catalogue().findLink(link.link), link.fromId, link.toRegister, link.toId);
                !linked)
                return linked;
    return Ok{};
}

} // namespace isms::app
