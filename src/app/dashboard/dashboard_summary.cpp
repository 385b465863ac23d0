#include "app/dashboard/dashboard_summary.h"

#include "domain/record_lookup.h"
#include "domain/rule_item.h"

#include <algorithm>
#include <array>
#include <charconv>

namespace isms::app {

namespace {

using Status = MandatoryInformation::Status;

struct MandatoryDef {
    const char* key;
    int clause;
    const char* evidenceRegister;  // where the records themselves are the information; "" if none
};

// Clauses 4.3, 5.2, 6.1.2, 6.1.3, 6.1.3 d, 6.2, 7.2, 8.1, 8.2, 8.3, 9.1, 9.2, 9.3, 10.2.
constexpr std::array<MandatoryDef, 14> kMandatory{{
    {"scope", 4, "scopes"},
    {"policy", 5, ""},
    {"risk_assessment_process", 6, ""},
    {"risk_treatment_process", 6, ""},
    {"soa", 6, "controls"},
    {"objectives", 6, "objectives"},
    {"competence", 7, "trainings"},
    {"operational", 8, ""},
    {"risk_assessment_results", 8, "assessments"},
    {"risk_treatment_results", 8, "treatments"},
    {"monitoring", 9, "measurements"},
    {"audit", 9, "audits"},
    {"review", 9, "reviews"},
    {"nonconformities", 10, "nonconformities"},
}};

// Clause titles of ISO/IEC 27001:2022, used when the checklist has no heading row.
constexpr std::array<const char*, 7> kClauseTitles{
    "Context of the organization", "Leadership", "Planning", "Support", "Operation",
    "Performance evaluation", "Improvement"};

int rank(Status s)
{
    return s == Status::Present ? 2 : s == Status::Partial ? 1 : 0;
}

// The leading clause number of a checklist reference ("6.1.2" gives 6), or 0.
int clauseOf(const std::string& ref)
{
    int clause = 0;
    const auto [end, ec] = std::from_chars(ref.data(), ref.data() + ref.size(), clause);
    return ec == std::errc() && (end == ref.data() + ref.size() || *end == '.') ? clause : 0;
}

std::string countOf(int n, const char* singular, const char* plural)
{
    return std::to_string(n) + " " + (n == 1 ? singular : plural);
}

// What the registers themselves show for one item of mandatory information.
struct Found {
    Status status = Status::Missing;
    std::string evidence;
    RecordId id = 0;
};

Found fromRegister(const IsmsData& data, const MandatoryDef& def, const SoaCompleteness& soa)
{
    const std::string key = def.key;
    const std::string reg = def.evidenceRegister;
    if (reg.empty())
        return {};
    const auto& records = data.of(reg);
    const RegisterDef& rd = data.def(reg);
    auto countWhere = [&](const char* field, std::initializer_list<const char*> values) {
        int n = 0;
        const Record* first = nullptr;
        for (const auto& r : records) {
            const std::string v = r.text(rd, field);
            for (const char* wanted : values)
                if (v == wanted) {
                    ++n;
                    if (!first)
                        first = &r;
                }
        }
        return std::pair<int, const Record*>(n, first);
    };
    auto some = [&](const char* what) -> Found {
        if (records.empty())
            return {};
        return {Status::Partial, countOf(static_cast<int>(records.size()), what, what) + " recorded",
                records.front().id};
    };

    if (key == "scope") {
        const auto [n, first] = countWhere("status", {"approved"});
        if (n > 0)
            return {Status::Present, first->ref + " approved", first->id};
        if (!records.empty())
            return {Status::Partial, records.front().ref + " not approved yet", records.front().id};
        return {};
    }
    if (key == "soa") {
        if (soa.complete)
            return {Status::Present, "Every control decided and justified", 0};
        if (soa.decided > 0)
            return {Status::Partial,
                    std::to_string(soa.justified) + " of " + std::to_string(soa.controls)
                        + " controls decided and justified",
                    0};
        return {};
    }
    if (key == "objectives") {
        int measurable = 0;
        for (const auto& r : records)
            if (!r.text(rd, "measure").empty() && !r.text(rd, "target").empty())
                ++measurable;
        if (measurable > 0)
            return {Status::Present, countOf(measurable, "measurable objective", "measurable objectives"), 0};
        return some("objective(s)");
    }
    if (key == "competence") {
        const auto [n, first] = countWhere("result", {"completed", "passed"});
        if (n > 0)
            return {Status::Present, countOf(n, "completed training", "completed trainings"), 0};
        return some("training record(s)");
    }
    if (key == "risk_assessment_results") {
        if (!records.empty())
            return {Status::Present, countOf(static_cast<int>(records.size()), "dated assessment", "dated assessments"), 0};
        if (!data.of(reg::risks).empty())
            return {Status::Partial, "Risks recorded, but no dated assessment", 0};
        return {};
    }
    if (key == "risk_treatment_results") {
        const auto [n, first] = countWhere("status", {"done"});
        if (n > 0)
            return {Status::Present, countOf(n, "treatment action done", "treatment actions done"), 0};
        return some("treatment action(s)");
    }
    if (key == "monitoring") {
        if (!records.empty())
            return {Status::Present, countOf(static_cast<int>(records.size()), "measurement", "measurements"), 0};
        if (!data.of(reg::metrics).empty())
            return {Status::Partial, "Metrics defined, nothing measured yet", 0};
        return {};
    }
    if (key == "audit") {
        const auto [n, first] = countWhere("status", {"completed"});
        const bool programme = !data.of(reg::programmes).empty();
        if (n > 0 && programme)
            return {Status::Present, countOf(n, "completed audit", "completed audits"), 0};
        if (n > 0 || programme || !records.empty())
            return {Status::Partial,
                    programme ? "Programme planned, no audit completed" : "Audits without a programme",
                    0};
        return {};
    }
    if (key == "review") {
        const auto [n, first] = countWhere("status", {"held"});
        if (n > 0)
            return {Status::Present, countOf(n, "review held", "reviews held"), 0};
        return some("review(s) planned");
    }
    if (key == "nonconformities") {
        if (!records.empty())
            return {Status::Present, countOf(static_cast<int>(records.size()), "nonconformity recorded", "nonconformities recorded"), 0};
        return {};
    }
    return {};
}

} // namespace

std::vector<MandatoryInformation> mandatoryInformation(const IsmsData& data,
                                                       const SoaCompleteness& soa)
{
    const RegisterDef& docs = data.def(reg::documents);
    const FieldDef* mandatoryField = docs.field("mandatory");
    std::vector<MandatoryInformation> out;
    for (const auto& def : kMandatory) {
        MandatoryInformation item;
        item.key = def.key;
        item.clause = def.clause;
        const EnumOption* option = mandatoryField ? mandatoryField->option(def.key) : nullptr;
        item.label = option ? option->label : def.key;
        item.registerKey = def.evidenceRegister[0] ? def.evidenceRegister : std::string(reg::documents);

        // A controlled document that declares it: approved is present, a draft is partial.
        Found best;
        for (const auto& doc : data.of(reg::documents)) {
            if (doc.text(docs, "mandatory") != def.key)
                continue;
            const std::string status = doc.text(docs, "status");
            if (status == "retired")
                continue;
            const Status s = status == "approved" ? Status::Present : Status::Partial;
            if (rank(s) > rank(best.status) || best.id == 0) {
                best = {s,
                        doc.ref + " " + recordTitle(data, reg::documents, doc) + " ("
                            + optionLabel(data, reg::documents, "status", status.empty() ? "draft" : status)
                            + ")",
                        doc.id};
            }
            if (s == Status::Present)
                break;
        }
        if (best.id != 0)
            item.registerKey = std::string(reg::documents);
        const Found registers = fromRegister(data, def, soa);
        if (rank(registers.status) > rank(best.status)) {
            best = registers;
            item.registerKey = def.evidenceRegister;
        }
        item.status = best.status;
        item.evidence = best.evidence;
        item.id = best.id;
        out.push_back(std::move(item));
    }
    return out;
}

std::vector<ClauseReadiness> clauseReadiness(const IsmsData& data,
                                             const std::vector<MandatoryInformation>& mandatory)
{
    std::vector<ClauseReadiness> out;
    for (int clause = 4; clause <= 10; ++clause) {
        ClauseReadiness c;
        c.clause = clause;
        c.title = kClauseTitles[static_cast<std::size_t>(clause - 4)];
        out.push_back(std::move(c));
    }
    const RegisterDef& checklist = data.def(reg::clauses);
    for (const auto& record : data.of(reg::clauses)) {
        const int clause = clauseOf(record.ref);
        if (clause < 4 || clause > 10)
            continue;
        auto& c = out[static_cast<std::size_t>(clause - 4)];
        // The heading row ("6") names the clause; the requirements are its sub-clauses.
        if (record.ref.find('.') == std::string::npos) {
            const std::string title = record.text(checklist, "title");
            if (!title.empty())
                c.title = title;
            continue;
        }
        ++c.total;
        const std::string status = record.text(checklist, "status");
        if (status == "met") {
            ++c.done;
        } else {
            const std::string label = optionLabel(data, reg::clauses, "status",
                                                  status.empty() ? "not_started" : status);
            c.gaps.push_back(ruleItem(data, reg::clauses, record, label));
        }
    }
    for (const auto& m : mandatory) {
        auto& c = out[static_cast<std::size_t>(m.clause - 4)];
        ++c.total;
        if (m.status == MandatoryInformation::Status::Present) {
            ++c.done;
            continue;
        }
        RuleItem gap;
        gap.registerKey = m.registerKey;
        gap.id = m.id;
        gap.title = m.label;
        gap.message = m.status == MandatoryInformation::Status::Partial
            ? "Documented information incomplete: " + m.evidence
            : "Documented information missing";
        c.gaps.push_back(std::move(gap));
    }
    return out;
}

DashboardSummary summarise(const IsmsData& data, Date today)
{
    DashboardSummary s;
    s.organisation = data.organisation;
    s.today = today;
    s.methodology = data.methodology;

    s.soa = soaSummary(data);
    s.soaCompleteness = soaCompleteness(data);
    s.soaInconsistencies = soaInconsistencies(data);

    s.mandatory = mandatoryInformation(data, s.soaCompleteness);
    s.readiness = clauseReadiness(data, s.mandatory);

    s.heatMaps = riskHeatMaps(data);
    s.riskFlags = riskFlags(data);
    const RegisterDef& risks = data.def(reg::risks);
    for (const auto& r : data.of(reg::risks))
        if (r.text(risks, "status") != "closed" && r.text(risks, "kind") != "opportunity")
            ++s.openRisks;

    DueOptions options;
    options.dueSoonDays = kDueSoonDays;
    s.due = dueItems(data, today, options);
    return s;
}

} // namespace isms::app
