#include "soa_version.h"

#include "ref_order.h"

#include <algorithm>
#include <unordered_map>

namespace isms {

std::vector<SoaVersionEntry> freezeSoa(const IsmsData& data)
{
    const RegisterDef& def = data.def(reg::controls);
    const auto reasons = soaReasons(data);
    std::unordered_map<RecordId, const Record*> people;
    for (const Record& person : data.of(reg::people))
        people.emplace(person.id, &person);
    std::vector<SoaVersionEntry> entries;
    entries.reserve(data.of(reg::controls).size());
    for (const Record& control : data.of(reg::controls)) {
        SoaVersionEntry e;
        e.controlId = control.id;
        e.ref = control.ref;
        e.title = control.text(def, "title");
        e.applicable = control.text(def, "applicable");
        if (e.applicable.empty())
            e.applicable = "undecided";
        if (const auto it = reasons.find(control.id); it != reasons.end())
            e.reasons = it->second;
        e.justification = control.text(def, "justification");
        e.implementation = control.text(def, "implementation");
        e.ownerId = control.integer(def, "owner");
        if (const auto it = people.find(e.ownerId); it != people.end())
            e.ownerName = recordTitle(data, reg::people, *it->second);
        entries.push_back(std::move(e));
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const SoaVersionEntry& a, const SoaVersionEntry& b) { return refLess(a.ref, b.ref); });
    return entries;
}

int undecidedControls(const std::vector<SoaVersionEntry>& entries)
{
    return static_cast<int>(std::count_if(entries.begin(), entries.end(),
                                          [](const SoaVersionEntry& e) { return e.applicable == "undecided"; }));
}

int SoaDiff::count(SoaAspect aspect) const
{
    return static_cast<int>(std::count_if(changes.begin(), changes.end(), [&](const SoaControlChange& c) {
        return std::find(c.changed.begin(), c.changed.end(), aspect) != c.changed.end();
    }));
}

int SoaDiff::added() const
{
    return static_cast<int>(std::count_if(changes.begin(), changes.end(), [](const SoaControlChange& c) { return !c.before; }));
}

int SoaDiff::removed() const
{
    return static_cast<int>(std::count_if(changes.begin(), changes.end(), [](const SoaControlChange& c) { return !c.after; }));
}

SoaDiff diffSoa(const SoaVersion& before, const SoaVersion& after)
{
    SoaDiff diff;
    std::unordered_map<RecordId, const SoaVersionEntry*> earlier;
    for (const auto& e : before.controls)
        earlier.emplace(e.controlId, &e);
    for (const auto& now : after.controls) {
        const auto it = earlier.find(now.controlId);
        if (it == earlier.end()) {
            diff.changes.push_back({now.controlId, now.ref, std::nullopt, now, {}});
            continue;
        }
        const SoaVersionEntry& then = *it->second;
        earlier.erase(it);
        SoaControlChange change{now.controlId, now.ref, then, now, {}};
        if (then.applicable != now.applicable)
            change.changed.push_back(SoaAspect::Decision);
        if (then.reasons != now.reasons)
            change.changed.push_back(SoaAspect::Reasons);
        if (then.justification != now.justification)
            change.changed.push_back(SoaAspect::Justification);
        if (then.implementation != now.implementation)
            change.changed.push_back(SoaAspect::Implementation);
        if (then.ownerId != now.ownerId)
            change.changed.push_back(SoaAspect::Owner);
        if (then.title != now.title || then.ref != now.ref)
            change.changed.push_back(SoaAspect::Title);
        if (change.changed.empty())
            ++diff.unchanged;
        else
            diff.changes.push_back(std::move(change));
    }
    for (const auto& then : before.controls)
        if (earlier.count(then.controlId))
            diff.changes.push_back({then.controlId, then.ref, then, std::nullopt, {}});
    std::stable_sort(diff.changes.begin(), diff.changes.end(),
                     [](const SoaControlChange& a, const SoaControlChange& b) { return refLess(a.ref, b.ref); });
    return diff;
}

} // namespace isms
