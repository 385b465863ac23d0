#include "impartiality.h"
#include "ref_order.h"

#include "record_lookup.h"

#include <algorithm>
#include <map>

namespace isms {

std::vector<ImpartialityFlag> impartialityFlags(const IsmsData& data)
{
    const RegisterDef& def = data.def(reg::audits);
    // Audit teams from one pass over the links: a file can hold far more links than audits.
    std::map<RecordId, std::vector<RecordId>> teams;
    for (const Link& link : data.links)
        if (link.link == "audit_auditors")
            teams[link.fromId].push_back(link.toId);
    std::vector<ImpartialityFlag> flags;
    for (const Record& audit : data.of(reg::audits)) {
        if (audit.text(def, "status") == "cancelled")
            continue;
        const RecordId auditee = audit.integer(def, "auditee");
        if (auditee == 0)
            continue;
        if (audit.integer(def, "lead_auditor") == auditee) {
            const std::string name = personName(data, auditee);
            flags.push_back({ruleItem(data, reg::audits, audit,
                                      name + " leads the audit of an area they own: choose a lead "
                                             "auditor who is independent of it."),
                             auditee, true});
            continue;  // one flag per audit and person is enough
        }
        const auto& team = teams[audit.id];
        if (std::find(team.begin(), team.end(), auditee) != team.end())
            flags.push_back({ruleItem(data, reg::audits, audit,
                                      personName(data, auditee) + " is in the audit team but owns the audited area: "
                                             "replace them with an independent auditor."),
                             auditee, false});
    }
    std::stable_sort(flags.begin(), flags.end(), [](const ImpartialityFlag& a, const ImpartialityFlag& b) {
        return refLess(a.item.ref, b.item.ref);
    });
    return flags;
}

} // namespace isms
