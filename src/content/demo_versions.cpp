// Two assessment runs that differ and two SoA versions that differ, so the demo shows what an
// auditor asks at surveillance: what changed since the last assessment (8.2) and since the last
// approved SoA (6.1.3 d). The earlier run and version are made from an earlier state of a few
// records, which is then put back: the demo's registers end as the other parts left them.
#include "content/demo_parts.h"

namespace isms::content::demo {

namespace {

// Sets fields on a stored record and returns it as it was, to be put back.
Result<Record> change(storage::IsmsFile& file, std::string_view registerKey, RecordId id, Fields fields)
{
    const RegisterDef& def = file.catalogue().get(registerKey);
    auto before = file.get(def, id);
    if (!before)
        return before.error();
    Record after = *before;
    for (const auto& [key, value] : fields)
        after.set(def, std::string(key), value.value);
    if (auto r = file.update(def, after); !r)
        return r.error();
    return *before;
}

Result<void> restore(storage::IsmsFile& file, std::string_view registerKey, const Record& record)
{
    const RegisterDef& def = file.catalogue().get(registerKey);
    auto now = file.get(def, record.id);
    if (!now)
        return now.error();
    Record back = record;
    back.updatedAt = now->updatedAt;
    back.updatedBy = now->updatedBy;
    if (auto r = file.update(def, back); !r)
        return r.error();
    return {};
}

// Dates the run's record on the day it was held (recordAssessment dates it today).
Result<void> dateRun(storage::IsmsFile& file, RecordId id, Date day)
{
    const RegisterDef& def = file.catalogue().get(reg::assessments);
    auto run = file.get(def, id);
    if (!run)
        return run.error();
    run->set(def, "date", day);
    if (auto r = file.update(def, *run); !r)
        return r.error();
    return {};
}

Result<void> addAssessmentRuns(storage::IsmsFile& file, const Ids& ids)
{
    const RegisterDef& risks = file.catalogue().get(reg::risks);
    // Half a year ago phishing was worse (no MFA yet) and the region outage better understood as
    // lower; a fax gateway risk existed and has since gone with the gateway.
    auto phishing = change(file, reg::risks, ids.risks.at("phishing"), {{"residual_likelihood", 4}, {"residual_impact", 4}});
    if (!phishing)
        return phishing.error();
    auto region = change(file, reg::risks, ids.risks.at("region"), {{"residual_likelihood", 1}, {"residual_impact", 3}});
    if (!region)
        return region.error();
    Record fax = Record::blank(risks);
    fax.set(risks, "title", std::string("Payslips intercepted on the legacy fax gateway"));
    fax.set(risks, "kind", std::string("risk"));
    fax.set(risks, "inherent_likelihood", std::int64_t{3});
    fax.set(risks, "inherent_impact", std::int64_t{4});
    fax.set(risks, "residual_likelihood", std::int64_t{2});
    fax.set(risks, "residual_impact", std::int64_t{4});
    fax.set(risks, "status", std::string("treating"));
    auto faxRisk = file.insert(risks, fax);
    if (!faxRisk)
        return faxRisk.error();
    auto first = file.recordAssessment({"planned", "Half-yearly review of every risk with the department heads.",
                                        "Half-yearly risk assessment", ids.people.at("ciso")});
    if (!first)
        return first.error();
    if (auto r = dateRun(file, first->id, ids.day(-180)); !r)
        return r;

    // Since then: MFA everywhere, a closer look at the single region, the fax gateway retired.
    if (auto r = restore(file, reg::risks, *phishing); !r)
        return r;
    if (auto r = restore(file, reg::risks, *region); !r)
        return r;
    if (auto r = file.remove(risks, faxRisk->id); !r)
        return r.error();
    auto second = file.recordAssessment({"change", "Reassessed after moving payroll processing to the new cloud platform.",
                                         "Risk assessment after the platform migration", ids.people.at("ciso")});
    if (!second)
        return second.error();
    return dateRun(file, second->id, ids.day(-20));
}

Result<void> addSoaVersions(storage::IsmsFile& file, const Ids& ids)
{
    // The version approved at the last management review: cloud services were only planned,
    // outsourced development was still in scope and threat intelligence had no owner yet.
    auto cloud = change(file, reg::controls, ids.controls.at("A.5.23"), {{"implementation", "planned"}});
    if (!cloud)
        return cloud.error();
    auto outsourced = change(file, reg::controls, ids.controls.at("A.8.30"),
                             {{"applicable", "yes"}, {"reason_contractual", true}, {"justification", ""},
                              {"implementation", "partial"}});
    if (!outsourced)
        return outsourced.error();
    auto intelligence = change(file, reg::controls, ids.controls.at("A.5.7"),
                               {{"owner", Value{}}, {"implementation", "not_started"}});
    if (!intelligence)
        return intelligence.error();
    auto v1 = file.approveSoaVersion({ids.people.at("ceo"), "Approved at the management review."});
    if (!v1)
        return v1.error();
    for (const Record* earlier : {&*cloud, &*outsourced, &*intelligence})
        if (auto r = restore(file, reg::controls, *earlier); !r)
            return r;
    auto v2 = file.approveSoaVersion({ids.people.at("ciso"), "Development is no longer outsourced; cloud controls in place."});
    if (!v2)
        return v2.error();
    return {};
}

} // namespace

Result<void> addVersions(storage::IsmsFile& file, const Ids& ids)
{
    if (auto r = addAssessmentRuns(file, ids); !r)
        return r;
    return addSoaVersions(file, ids);
}

} // namespace isms::content::demo
