#include "approval_status.h"

#include "record_lookup.h"

#include <algorithm>

namespace isms {

ApprovedState approvedStateOf(const RegisterDef& risks, const Record& risk, std::vector<RecordId> treatingControls)
{
    ApprovedState s;
    auto integer = [&](const char* key) { return risks.indexOf(key) ? risk.integer(risks, key) : 0; };
    s.inherentLikelihood = integer("inherent_likelihood");
    s.inherentImpact = integer("inherent_impact");
    s.inherentLevel = integer("inherent_level");
    s.residualLikelihood = integer("residual_likelihood");
    s.residualImpact = integer("residual_impact");
    s.residualLevel = integer("residual_level");
    if (risks.indexOf("treatment"))
        s.treatment = risk.text(risks, "treatment");
    std::sort(treatingControls.begin(), treatingControls.end());
    treatingControls.erase(std::unique(treatingControls.begin(), treatingControls.end()), treatingControls.end());
    s.treatingControls = std::move(treatingControls);
    return s;
}

ApprovedState approvedStateOf(const IsmsData& data, const Record& risk)
{
    return approvedStateOf(data.def(reg::risks), risk, linkedTargets(data, "risk_controls", risk.id));
}

ApprovalStatus approvalStatus(const RiskApproval* latest, const ApprovedState& current, Date today)
{
    if (!latest)
        return ApprovalStatus::NotApproved;
    if (!(latest->state == current))
        return ApprovalStatus::NeedsReapproval;
    if (latest->expiresOn && today > *latest->expiresOn)
        return ApprovalStatus::Expired;
    return ApprovalStatus::Approved;
}

const RiskApproval* latestApproval(const std::vector<RiskApproval>& approvals, RecordId riskId)
{
    const RiskApproval* latest = nullptr;
    for (const RiskApproval& a : approvals)
        if (a.riskId == riskId && (!latest || a.id > latest->id))
            latest = &a;
    return latest;
}

ApprovalStatus approvalStatus(const IsmsData& data, const Record& risk, Date today)
{
    const RiskApproval* latest = latestApproval(data.approvals, risk.id);
    if (!latest)
        return ApprovalStatus::NotApproved;
    return approvalStatus(latest, approvedStateOf(data, risk), today);
}

const char* approvalStatusLabel(ApprovalStatus status)
{
    switch (status) {
    case ApprovalStatus::Approved:
        return QT_TRANSLATE_NOOP("isms::domain", "Approved");
    case ApprovalStatus::NeedsReapproval:
        return QT_TRANSLATE_NOOP("isms::domain", "Needs re-approval");
    case ApprovalStatus::Expired:
        return QT_TRANSLATE_NOOP("isms::domain", "Expired");
    case ApprovalStatus::NotApproved:
        break;
    }
    return QT_TRANSLATE_NOOP("isms::domain", "Not approved");
}

const char* approvalStatusKey(ApprovalStatus status)
{
    switch (status) {
    case ApprovalStatus::Approved:
        return "approved";
    case ApprovalStatus::NeedsReapproval:
        return "needs_reapproval";
    case ApprovalStatus::Expired:
        return "expired";
    case ApprovalStatus::NotApproved:
        break;
    }
    return "not_approved";
}

ApprovalIndex::ApprovalIndex(const IsmsData& data) : m_data(data)
{
    for (const RiskApproval& a : data.approvals)
        if (auto& slot = m_latest[a.riskId]; !slot || a.id > slot->id)
            slot = &a;
    for (const Link& l : data.links)
        if (l.link == "risk_controls" && m_latest.count(l.fromId))
            m_controls[l.fromId].push_back(l.toId);
}

const RiskApproval* ApprovalIndex::latest(RecordId riskId) const
{
    const auto it = m_latest.find(riskId);
    return it == m_latest.end() ? nullptr : it->second;
}

ApprovalStatus ApprovalIndex::status(const Record& risk, Date today) const
{
    const RiskApproval* approval = latest(risk.id);
    if (!approval)
        return ApprovalStatus::NotApproved;
    const auto c = m_controls.find(risk.id);
    return approvalStatus(approval,
                          approvedStateOf(m_data.def(reg::risks), risk,
                                          c == m_controls.end() ? std::vector<RecordId>{} : c->second),
                          today);
}

ApprovalCounts approvalCounts(const IsmsData& data, Date today)
{
    ApprovalCounts counts;
    const RegisterDef& risks = data.def(reg::risks);
    if (!risks.indexOf("status") || !risks.indexOf("kind"))
        return counts;
    const FieldAt status(risks, "status"), kind(risks, "kind");
    const ApprovalIndex index(data);
    for (const Record& risk : data.of(reg::risks)) {
        if (status.text(risk) == "closed" || kind.text(risk) == "opportunity")
            continue;
        ++counts.open;
        switch (index.status(risk, today)) {
        case ApprovalStatus::Approved:
            ++counts.approved;
            break;
        case ApprovalStatus::NeedsReapproval:
            ++counts.needsReapproval;
            break;
        case ApprovalStatus::Expired:
            ++counts.expired;
            break;
        case ApprovalStatus::NotApproved:
            ++counts.notApproved;
            break;
        }
    }
    return counts;
}

Message approvalProblem(const std::string& rationale, const std::optional<Date>& expiresOn, Date today)
{
    if (rationale.find_first_not_of(" \t\r\n") == std::string::npos)
        return Message(QT_TRANSLATE_NOOP("isms::domain", "The approval needs a rationale: say why the residual risk is "
                                                         "acceptable to its owner."));
    if (expiresOn && *expiresOn < today)
        return Message(QT_TRANSLATE_NOOP("isms::domain", "The expiry date %1 has passed: give a date from today on, or "
                                                         "none."))
            .arg(expiresOn->toIso());
    return {};
}

} // namespace isms
