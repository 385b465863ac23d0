#include "soa_rules.h"
#include "annex_a.h"
#include "ref_order.h"

#include "record_lookup.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <tuple>

namespace isms {

namespace {

bool hasText(const std::string& text)
{
    return text.find_first_not_of(" \t\r\n") != std::string::npos;
}

using RefIndex = std::unordered_map<RecordId, const std::string*>;

RefIndex refIndex(const IsmsData& data, std::string_view registerKey)
{
    RefIndex index;
    for (const Record& r : data.of(registerKey))
        index.emplace(r.id, &r.ref);
    return index;
}

std::vector<std::string> refsOf(const RefIndex& index, const std::vector<RecordId>& ids)
{
    std::vector<std::string> refs;
    for (RecordId id : ids)
        if (const auto it = index.find(id); it != index.end())
            refs.push_back(*it->second);
    std::sort(refs.begin(), refs.end(), [](const std::string& a, const std::string& b) { return refLess(a, b); });
    refs.erase(std::unique(refs.begin(), refs.end()), refs.end());
    return refs;
}

std::string joined(const std::vector<std::string>& refs)
{
    std::string text;
    for (const auto& r : refs)
        text += (text.empty() ? "" : ", ") + r;
    return text;
}

std::vector<const Record*> byRef(const std::vector<Record>& records)
{
    std::vector<const Record*> sorted;
    for (const auto& r : records)
        sorted.push_back(&r);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Record* a, const Record* b) { return refLess(a->ref, b->ref); });
    return sorted;
}

} // namespace

std::unordered_map<RecordId, SoaReasons> soaReasons(const IsmsData& data)
{
    const RegisterDef& def = data.def(reg::controls);
    std::unordered_map<RecordId, SoaReasons> reasons;
    for (const Record& control : data.of(reg::controls)) {
        SoaReasons r{control.boolean(def, "reason_risk"), control.boolean(def, "reason_legal"),
                     control.boolean(def, "reason_contractual"), control.boolean(def, "reason_business")};
        if (r.any())
            reasons.emplace(control.id, r);
    }
    // Requirement sources by requirement id, read once: a file holds far more links than records.
    const RegisterDef* requirements = data.catalogue->find(reg::requirements);
    std::unordered_map<RecordId, std::string> source;
    if (requirements && requirements->field("source"))
        for (const Record& requirement : data.of(reg::requirements))
            source.emplace(requirement.id, requirement.text(*requirements, "source"));
    for (const Link& link : data.links) {
        if (link.link == "risk_controls") {
            reasons[link.toId].risk = true;
        } else if (link.link == "requirement_controls") {
            const auto it = source.find(link.fromId);
            if (it == source.end())
                continue;
            if (it->second == "law" || it->second == "regulation")
                reasons[link.toId].legal = true;
            else if (it->second == "contract")
                reasons[link.toId].contractual = true;
        }
    }
    return reasons;
}

SoaCompleteness soaCompleteness(const IsmsData& data)
{
    const RegisterDef& def = data.def(reg::controls);
    const auto reasons = soaReasons(data);
    auto hasInclusionReason = [&](const RegisterDef&, const Record& control) {
        const auto it = reasons.find(control.id);
        return it != reasons.end() && it->second.any();
    };
    SoaCompleteness result;
    for (const Record* control : byRef(data.of(reg::controls))) {
        ++result.controls;
        if (findAnnexAControl(control->ref))
            ++result.annexAControls;
        const std::string decision = control->text(def, "applicable");
        if (decision == "yes") {
            ++result.decided;
            if (hasInclusionReason(def, *control))
                ++result.justified;
            else
                result.missing.push_back(ruleItem(
                    data, reg::controls, *control,
                    Message(QT_TRANSLATE_NOOP("isms::domain", "Applicable but no reason for inclusion: tick risk "
                                                      "treatment, legal, contractual or business."))));
        } else if (decision == "no") {
            ++result.decided;
            if (hasText(control->text(def, "justification")))
                ++result.justified;
            else
                result.missing.push_back(ruleItem(data, reg::controls, *control,
                                                  Message(QT_TRANSLATE_NOOP("isms::domain", "Excluded without a justification: "
                                                                            "say why it is not applicable."))));
        } else {
            result.missing.push_back(ruleItem(data, reg::controls, *control,
                                              Message(QT_TRANSLATE_NOOP("isms::domain", "No decision yet: mark it applicable "
                                                                        "or not, and justify the decision."))));
        }
    }
    if (result.annexAControls < kAnnexAControlCount) {
        RuleItem item;
        item.registerKey = std::string(reg::controls);
        item.title = QT_TRANSLATE_NOOP("isms::domain", "Annex A controls");
        item.what = Message(QT_TRANSLATE_NOOP("isms::domain", "The SoA lists %1 of the %2 Annex A controls: every Annex A "
                                                        "control needs a decision, even when excluded."))
                        .arg(result.annexAControls)
                        .arg(kAnnexAControlCount);
        item.message = english(item.what);
        result.missing.insert(result.missing.begin(), std::move(item));
    }
    result.complete = result.missing.empty();
    return result;
}

std::vector<SoaInconsistency> soaInconsistencies(const IsmsData& data)
{
    const RegisterDef& def = data.def(reg::controls);
    // One pass over the links: a file can hold far more links than controls.
    std::map<RecordId, std::vector<RecordId>> riskIds, actionIds;
    for (const Link& link : data.links) {
        if (link.link == "risk_controls")
            riskIds[link.toId].push_back(link.fromId);
        else if (link.link == "treatment_controls")
            actionIds[link.toId].push_back(link.fromId);
    }
    const RefIndex riskRefs = refIndex(data, reg::risks);
    const RefIndex actionRefs = refIndex(data, reg::treatments);
    std::vector<SoaInconsistency> issues;
    for (const Record* control : byRef(data.of(reg::controls))) {
        const auto risks = refsOf(riskRefs, riskIds[control->id]);
        const auto actions = refsOf(actionRefs, actionIds[control->id]);
        const bool excluded = control->text(def, "applicable") == "no";
        if (excluded && !risks.empty())
            issues.push_back({ruleItem(data, reg::controls, *control,
                                       Message(risks.size() == 1
                                                   ? QT_TRANSLATE_NOOP("isms::domain", "Excluded in the SoA but chosen to treat risk %1: "
                                                                       "include the control or unlink it from the risk.")
                                                   : QT_TRANSLATE_NOOP("isms::domain", "Excluded in the SoA but chosen to treat risks %1: "
                                                                       "include the control or unlink it from the risk."))
                                           .arg(joined(risks))),
                              SoaIssueKind::ExcludedButTreatsRisk, risks});
        if (excluded && !actions.empty())
            issues.push_back({ruleItem(data, reg::controls, *control,
                                       Message(actions.size() == 1
                                                   ? QT_TRANSLATE_NOOP("isms::domain", "Excluded in the SoA but implemented by treatment "
                                                                       "action %1: include the control or unlink the action.")
                                                   : QT_TRANSLATE_NOOP("isms::domain", "Excluded in the SoA but implemented by treatment "
                                                                       "actions %1: include the control or unlink the action."))
                                           .arg(joined(actions))),
                              SoaIssueKind::ExcludedButImplemented, actions});
        if (!excluded && !risks.empty() && !control->boolean(def, "reason_risk"))
            issues.push_back({ruleItem(data, reg::controls, *control,
                                       Message(QT_TRANSLATE_NOOP("isms::domain", "Chosen to treat %1 but \"risk treatment\" is "
                                                                 "not among its reasons: add 'risk treatment' as a reason."))
                                           .arg(joined(risks))),
                              SoaIssueKind::TreatsRiskWithoutRiskReason, risks});
    }
    return issues;
}

int SoaSummary::count(const std::vector<OptionCount>& counts, const std::string& key) const
{
    for (const auto& c : counts)
        if (c.key == key)
            return c.count;
    return 0;
}

SoaSummary soaSummary(const IsmsData& data)
{
    const RegisterDef& def = data.def(reg::controls);
    SoaSummary summary;
    for (const auto& option : def.field("applicable")->options)
        summary.byDecision.push_back({option.key, option.label, 0});
    for (const auto& option : def.field("implementation")->options)
        summary.byImplementation.push_back({option.key, option.label, 0});
    auto bump = [](std::vector<OptionCount>& counts, const std::string& key) {
        for (auto& c : counts)
            if (c.key == key) {
                ++c.count;
                return;
            }
        // Unset, or a key this version does not know: shown rather than silently dropped.
        counts.push_back({key, key.empty() ? "Not set" : key, 1});
    };
    for (const Record& control : data.of(reg::controls)) {
        ++summary.controls;
        std::string decision = control.text(def, "applicable");
        bump(summary.byDecision, decision.empty() ? "undecided" : decision);
        bump(summary.byImplementation, control.text(def, "implementation"));
    }
    return summary;
}

} // namespace isms
