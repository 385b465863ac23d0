#include "treatment_progress.h"

#include "record_lookup.h"

#include <algorithm>
#include <map>
#include <set>

namespace isms {

namespace {

struct ActionState {
    bool counted = false;  // not cancelled
    bool done = false;
    int completion = 0;    // 0..100
    std::optional<Date> doneOn;
};

ActionState stateOf(const RegisterDef& def, const Record& action)
{
    ActionState s;
    const std::string status = def.indexOf("status") ? action.text(def, "status") : std::string();
    s.counted = status != "cancelled";
    s.done = status == "done";
    const std::int64_t completion = def.indexOf("completion") ? action.integer(def, "completion") : 0;
    s.completion = s.done ? 100 : static_cast<int>(std::clamp<std::int64_t>(completion, 0, 100));
    if (s.done) {
        s.doneOn = def.indexOf("completed_on") ? action.date(def, "completed_on") : std::nullopt;
        if (!s.doneOn)
            s.doneOn = changedOn(action);
    }
    return s;
}

int meanPercent(long long sum, int count) { return count == 0 ? 0 : static_cast<int>(sum / count); }

} // namespace

const RiskProgress* TreatmentProgress::of(RecordId riskId) const
{
    for (const RiskProgress& p : risks)
        if (p.riskId == riskId)
            return &p;
    return nullptr;
}

TreatmentProgress treatmentProgress(const IsmsData& data)
{
    TreatmentProgress result;
    const RegisterDef& risks = data.def(reg::risks);
    const RegisterDef& treatments = data.def(reg::treatments);
    if (!risks.indexOf("status") || !risks.indexOf("kind"))
        return result;
    const FieldAt status(risks, "status"), kind(risks, "kind");

    std::map<RecordId, ActionState> actions;
    for (const Record& a : data.of(reg::treatments))
        actions.emplace(a.id, stateOf(treatments, a));
    std::map<RecordId, std::vector<RecordId>> actionsOf;
    for (const Link& l : data.links)
        if (l.link == "treatment_risks")
            actionsOf[l.toId].push_back(l.fromId);

    std::set<RecordId> seen;
    long long sum = 0;
    for (const Record& risk : data.of(reg::risks)) {
        if (status.text(risk) == "closed" || kind.text(risk) == "opportunity")
            continue;
        RiskProgress p;
        p.riskId = risk.id;
        long long riskSum = 0;
        if (const auto it = actionsOf.find(risk.id); it != actionsOf.end()) {
            for (RecordId id : it->second) {
                const auto a = actions.find(id);
                if (a == actions.end() || !a->second.counted)
                    continue;
                ++p.actions;
                riskSum += a->second.completion;
                if (a->second.done) {
                    ++p.done;
                    if (a->second.doneOn && (!p.lastDoneOn || *a->second.doneOn > *p.lastDoneOn))
                        p.lastDoneOn = a->second.doneOn;
                }
                if (seen.insert(id).second) {
                    ++result.actions;
                    result.done += a->second.done;
                    sum += a->second.completion;
                }
            }
        }
        p.percent = meanPercent(riskSum, p.actions);
        result.risksWithoutActions += p.actions == 0;
        if (p.allDone()) {
            ++result.risksAllDone;
            std::optional<Date> assessed;
            if (const auto at = data.residualAssessedAt.find(risk.id); at != data.residualAssessedAt.end())
                assessed = Date::parse(std::string_view(at->second).substr(0, 10));
            p.notReassessed = !assessed || (p.lastDoneOn && *assessed < *p.lastDoneOn);
            if (p.notReassessed)
                result.notReassessed.push_back(ruleItem(
                    data, reg::risks, risk,
                    Message(QT_TRANSLATE_NOOP("isms::domain", "Every treatment action is done (the last on %1), but the "
                                                              "residual likelihood and impact were not assessed since: "
                                                              "assess them again to show the treatment's effect."))
                        .arg(p.lastDoneOn ? p.lastDoneOn->toIso() : std::string("?"))));
        }
        result.risks.push_back(p);
    }
    result.percent = meanPercent(sum, result.actions);
    return result;
}

} // namespace isms
