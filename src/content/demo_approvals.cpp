// Risk owners' approvals (6.1.3 f): the four risks accepted in the register, each approved by
// its acceptor, and the ransomware treatment approved by its owner; one of them edited since,
// so the demo shows an approval that needs renewing beside those that hold.
#include "content/demo_parts.h"

#include "storage/isms_file.h"

namespace isms::content::demo {

Result<void> addApprovals(storage::IsmsFile& file, const Ids& ids)
{
    struct Approval {
        const char* risk; const char* by; const char* rationale; int expiresInDays;  // 0: no expiry
    };
    const Approval approvals[] = {
        {"ransomware", "cto",
         "The immutable backups and the separate admin accounts bring the residual level down to what the board "
         "accepted; approved for a year, then reviewed with the next assessment.", 365},
        {"region", "cto", "A second region costs more than a day's outage at the current size; retained until the "
                          "warm standby design is decided.", 0},
        {"laptop_loss", "it", "Disk encryption and remote wipe leave only the device's cost.", 0},
        {"heat", "facilities", "The Porto office holds no servers; staff work from home on heat-warning days.", 180},
        {"crm_export", "sales", "Export rights are limited to two people and every export is logged.", 0},
    };
    for (const Approval& a : approvals) {
        storage::ApprovalRequest request;
        request.riskId = ids.risks.at(a.risk);
        request.approverId = ids.people.at(a.by);
        request.rationale = a.rationale;
        if (a.expiresInDays > 0)
            request.expiresOn = ids.day(a.expiresInDays);
        if (auto r = file.approveRisk(request); !r)
            return r.error();
    }
    // The CRM export risk was re-scored after its approval: its owner has to look again.
    const RegisterDef& risks = file.catalogue().get(reg::risks);
    auto risk = file.get(risks, ids.risks.at("crm_export"));
    if (!risk)
        return risk.error();
    Record edited = *risk;
    edited.set(risks, "residual_likelihood", risk->integer(risks, "residual_likelihood") + 1);
    if (auto r = file.update(risks, edited); !r)
        return r.error();
    return Ok{};
}

} // namespace isms::content::demo
