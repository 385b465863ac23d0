#include "impartiality.h"

#include "record_lookup.h"

#include <algorithm>

namespace isms {

std::vector<ImpartialityFlag> impartialityFlags(const IsmsData& data)
{
    const RegisterDef& def = data.def(reg::audits);
    std::vector<ImpartialityFlag> flags;
    for (const Record& audit : data.of(reg::audits)) {
        if (audit.text(def, "status") == "cancelled")
            continue;
        const RecordId auditee = audit.integer(def, "auditee");
        if (auditee == 0)
            continue;
        const std::string name = personName(data, auditee);
        if (audit.integer(def, "lead_auditor") == auditee) {
            flags.push_back({ruleItem(data, reg::audits, audit,
                                      name + " leads the audit of an area they own: choose a lead "
                                             "auditor who is independent of it."),
                             auditee, true});
            continue;  // one flag per audit and person is enough
        }
        const auto team = linkedTargets(data, "audit_auditors", audit.id);
        if (std::find(team.begin(), team.end(), auditee) != team.end())
            flags.push_back({ruleItem(data, reg::audits, audit,
                                      name + " is in the audit team but owns the audited area: "
                                             "replace them with an independent auditor."),
                             auditee, false});
    }
    std::stable_sort(flags.begin(), flags.end(), [](const ImpartialityFlag& a, const ImpartialityFlag& b) {
        return a.item.ref < b.item.ref;
    });
    return flags;
}

} // namespace isms
