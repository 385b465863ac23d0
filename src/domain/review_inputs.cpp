#include "review_inputs.h"
#include "ref_order.h"

#include "record_lookup.h"
#include "risk_flags.h"
#include "rule_item.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <set>

namespace isms {

namespace {

class Compiler {
public:
    Compiler(const IsmsData& data, Date today) : m_data(data), m_today(today) { findLastReview(); }

    ReviewInputs compile()
    {
        ReviewInputs inputs;
        inputs.since = m_since;
        inputs.sinceRef = m_last ? m_last->ref : std::string();
        inputs.sections = {previousActions(), contextIssues(),  interestedParties(),
                           nonconformities(), monitoring(),     auditResults(),
                           objectives(),      partyFeedback(),  riskResults(),
                           improvements()};
        return inputs;
    }

private:
    const IsmsData& m_data;
    Date m_today;
    const Record* m_last = nullptr;
    std::optional<Date> m_since;

    const RegisterDef& def(std::string_view key) const { return m_data.def(key); }

    void findLastReview()
    {
        for (const Record& r : m_data.of(reg::reviews)) {
            const std::optional<Date> held = reviewHeldOn(m_data, r);
            if (held && (!m_since || *held > *m_since)) {
                m_since = held;
                m_last = &r;
            }
        }
    }

    bool inPeriod(std::optional<Date> d) const { return !m_since || (d && *d >= *m_since); }
    std::string periodText() const
    {
        return m_since ? "since the last management review (" + m_since->toIso() + ")"
                       : "(no management review held yet: everything recorded so far)";
    }

    ReviewInputLine line(std::string_view registerKey, const Record& r, const std::string& detail) const
    {
        std::string text = r.ref + " " + recordTitle(m_data, registerKey, r);
        if (!detail.empty())
            text += ": " + detail;
        return ReviewInputLine{std::move(text), std::string(registerKey), r.id, r.ref};
    }
    static ReviewInputLine summary(std::string text) { return ReviewInputLine{std::move(text), {}, 0, {}}; }

    std::string label(std::string_view registerKey, const Record& r, const char* field,
                      const char* whenEmpty = "no status") const
    {
        const std::string key = r.text(def(registerKey), field);
        return key.empty() ? whenEmpty : optionLabel(m_data, registerKey, field, key);
    }

    std::vector<const Record*> sortedByRef(std::string_view key) const
    {
        std::vector<const Record*> records;
        for (const Record& r : m_data.of(key))
            records.push_back(&r);
        std::stable_sort(records.begin(), records.end(),
                         [](const Record* a, const Record* b) { return refLess(a->ref, b->ref); });
        return records;
    }

    bool isOpenAction(std::string_view key, const Record& r) const
    {
        const std::string status = r.text(def(key), "status");
        return status != "done" && status != "cancelled";
    }
    bool isOverdue(std::string_view key, const Record& r, const char* dateField) const
    {
        const auto due = r.date(def(key), dateField);
        return due && *due < m_today;
    }
    std::string dueText(std::string_view key, const Record& r, const char* dateField) const
    {
        const auto due = r.date(def(key), dateField);
        if (!due)
            return "no due date";
        return "due " + due->toIso() + (*due < m_today ? ", overdue" : "");
    }

    // Counts of an action register by status, plus how many open ones are overdue.
    std::string actionSummary(std::string_view key, const char* what) const
    {
        std::map<std::string, int> byStatus;
        int overdue = 0;
        for (const Record& r : m_data.of(key)) {
            ++byStatus[label(key, r, "status", "No status")];
            if (isOpenAction(key, r) && isOverdue(key, r, "due_date"))
                ++overdue;
        }
        std::string text = std::string(what) + ": " + std::to_string(m_data.of(key).size());
        for (const auto& [status, n] : byStatus)
            text += ", " + std::to_string(n) + " " + status;
        return text + "; " + std::to_string(overdue) + " overdue.";
    }

    // A review pack lists what needs discussing, not the whole register: long lists stop after
    // kListCap lines with a line saying how many more there are (the registers hold the rest).
    static constexpr std::size_t kListCap = 25;
    static void appendCapped(ReviewInputSection& s, std::vector<ReviewInputLine> lines, const char* what)
    {
        const std::size_t total = lines.size();
        if (total > kListCap)
            lines.resize(kListCap);
        for (auto& l : lines)
            s.lines.push_back(std::move(l));
        if (total > kListCap)
            s.lines.push_back(summary("... and " + std::to_string(total - kListCap) + " more " + what
                                      + " (" + std::to_string(total) + " in all)."));
    }

    static void orNothing(ReviewInputSection& s, std::string text)
    {
        if (s.lines.empty())
            s.lines.push_back(summary(std::move(text)));
    }

    // ---- a) status of actions from previous management reviews --------------------------------
    ReviewInputSection previousActions() const
    {
        ReviewInputSection s{"9.3.2 a)", "Status of actions from previous management reviews", {}};
        if (m_last) {
            const std::string actions = m_last->text(def(reg::reviews), "actions");
            std::size_t start = 0;
            while (start < actions.size()) {
                std::size_t end = actions.find('\n', start);
                if (end == std::string::npos)
                    end = actions.size();
                std::string text = actions.substr(start, end - start);
                if (text.find_first_not_of(" \t\r-*") != std::string::npos)
                    s.lines.push_back(ReviewInputLine{"Action decided at " + m_last->ref + ": " + text,
                                                      std::string(reg::reviews), m_last->id, m_last->ref});
                start = end + 1;
            }
        }
        std::set<RecordId> decidedAtReview;
        for (const Link& link : m_data.links)
            if (link.link == "review_improvements")
                decidedAtReview.insert(link.toId);
        for (const Record* im : sortedByRef(reg::improvements)) {
            if (!decidedAtReview.count(im->id))
                continue;
            s.lines.push_back(line(reg::improvements, *im,
                                   label(reg::improvements, *im, "status") + ", "
                                       + dueText(reg::improvements, *im, "due_date")));
        }
        if (!m_data.of(reg::treatments).empty())
            s.lines.push_back(summary(actionSummary(reg::treatments, "Risk treatment actions")));
        if (!m_data.of(reg::actions).empty())
            s.lines.push_back(summary(actionSummary(reg::actions, "Corrective actions")));
        orNothing(s, m_last ? "No actions were recorded at " + m_last->ref + "."
                            : "No previous management review: no actions to follow up.");
        return s;
    }

    // ---- b) and c): what changed in the context -------------------------------------------------
    std::string changeText(const Record& r) const
    {
        if (!m_since)
            return {};
        const auto created = createdOn(r);
        if (created && *created >= *m_since)
            return "new";
        const auto changed = changedOn(r);
        return changed ? "changed " + changed->toIso() : std::string("changed");
    }
    void changedRecords(ReviewInputSection& s, std::string_view key,
                        const std::function<std::string(const Record&)>& describe) const
    {
        for (const Record* r : sortedByRef(key)) {
            if (!inPeriod(changedOn(*r)))
                continue;
            std::string detail = describe(*r);
            const std::string change = changeText(*r);
            if (!change.empty())
                detail += (detail.empty() ? "" : "; ") + change;
            s.lines.push_back(line(key, *r, detail));
        }
    }

    ReviewInputSection contextIssues() const
    {
        ReviewInputSection s{"9.3.2 b)", "Changes in external and internal issues", {}};
        const RegisterDef& issues = def(reg::issues);
        changedRecords(s, reg::issues, [&](const Record& r) {
            std::string text = label(reg::issues, r, "origin", "origin not set");
            if (r.boolean(issues, "climate_relevant"))
                text += ", relevant to climate change";
            return text;
        });
        orNothing(s, "No context issue changed " + periodText() + ".");
        return s;
    }

    ReviewInputSection interestedParties() const
    {
        ReviewInputSection s{"9.3.2 c)",
                             "Changes in needs and expectations of interested parties", {}};
        changedRecords(s, reg::parties, [&](const Record& r) { return label(reg::parties, r, "type", "type not set"); });
        const RegisterDef& reqs = def(reg::requirements);
        changedRecords(s, reg::requirements, [&](const Record& r) {
            std::string text = partyName(r.integer(reqs, "party"));
            text += r.boolean(reqs, "addressed") ? ", addressed by the ISMS" : ", not addressed yet";
            if (r.boolean(reqs, "climate_related"))
                text += ", climate-change requirement";
            return text;
        });
        orNothing(s, "No interested party or requirement changed " + periodText() + ".");
        return s;
    }
    std::string partyName(RecordId partyId) const
    {
        if (const Record* p = m_data.find(reg::parties, partyId))
            return recordTitle(m_data, reg::parties, *p);
        return "party not set";
    }

    // ---- d) 1) nonconformities and corrective actions -------------------------------------------
    ReviewInputSection nonconformities() const
    {
        ReviewInputSection s{"9.3.2 d) 1)", "Nonconformities and corrective actions", {}};
        const RegisterDef& ncs = def(reg::nonconformities);
        int open = 0, effective = 0, notEffective = 0, notChecked = 0;
        for (const Record* nc : sortedByRef(reg::nonconformities)) {
            const std::string status = nc->text(ncs, "status");
            const std::string eff = nc->text(ncs, "effective");
            if (status != "closed")
                ++open;
            auto raised = nc->date(ncs, "raised_on");
            if (!raised)
                raised = createdOn(*nc);
            if (!inPeriod(raised))
                continue;
            (eff == "yes" ? effective : eff == "no" ? notEffective : notChecked)++;
            s.lines.push_back(line(reg::nonconformities, *nc,
                                   label(reg::nonconformities, *nc, "source", "source not set") + ", "
                                       + label(reg::nonconformities, *nc, "status") + ", "
                                       + label(reg::nonconformities, *nc, "effective", "Not checked")));
        }
        if (!s.lines.empty())
            s.lines.push_back(summary(std::to_string(s.lines.size()) + " raised " + periodText()
                                      + ": " + std::to_string(effective) + " effective, "
                                      + std::to_string(notEffective) + " not effective, "
                                      + std::to_string(notChecked) + " not checked yet."));
        orNothing(s, "No nonconformity raised " + periodText() + ".");
        s.lines.push_back(summary(std::to_string(open) + " nonconformities open in total."));
        if (!m_data.of(reg::actions).empty())
            s.lines.push_back(summary(actionSummary(reg::actions, "Corrective actions")));
        return s;
    }

    // ---- d) 2) monitoring and measurement results -----------------------------------------------
    static std::optional<double> number(const Value& v)
    {
        if (const auto* d = std::get_if<double>(&v))
            return *d;
        if (const auto* i = std::get_if<std::int64_t>(&v))
            return static_cast<double>(*i);
        return std::nullopt;
    }
    static std::string numberText(double value)
    {
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.2f", value);
        std::string text = buffer;
        while (text.back() == '0')
            text.pop_back();
        if (text.back() == '.')
            text.pop_back();
        return text == "-0" ? "0" : text;
    }

    ReviewInputSection monitoring() const
    {
        ReviewInputSection s{"9.3.2 d) 2)", "Monitoring and measurement results", {}};
        const RegisterDef& metrics = def(reg::metrics);
        const RegisterDef& ms = def(reg::measurements);
        std::map<RecordId, std::vector<std::pair<Date, double>>> byMetric;
        for (const Record& m : m_data.of(reg::measurements)) {
            const auto date = m.date(ms, "date");
            const auto value = number(m.get(ms, "value"));
            if (date && value)
                byMetric[m.integer(ms, "metric")].emplace_back(*date, *value);
        }
        for (const Record* metric : sortedByRef(reg::metrics)) {
            auto& series = byMetric[metric->id];
            int inPeriodCount = 0;
            for (const auto& point : series)
                if (inPeriod(point.first))
                    ++inPeriodCount;
            std::sort(series.begin(), series.end(),
                      [](const auto& a, const auto& b) { return a.first < b.first; });
            const std::string unit = metric->text(metrics, "unit");
            const auto withUnit = [&](double v) { return numberText(v) + (unit.empty() ? "" : " " + unit); };
            if (series.empty()) {
                s.lines.push_back(line(reg::metrics, *metric, "not measured yet"));
                continue;
            }
            const auto [lastDate, lastValue] = series.back();
            std::string text = withUnit(lastValue) + " on " + lastDate.toIso();
            const auto target = number(metric->get(metrics, "target_value"));
            const std::string direction = metric->text(metrics, "direction");
            if (target) {
                text += " (target " + withUnit(*target);
                if (direction == "higher")
                    text += lastValue >= *target ? ", met)" : ", not met)";
                else if (direction == "lower")
                    text += lastValue <= *target ? ", met)" : ", not met)";
                else
                    text += ")";
            }
            if (series.size() >= 2) {
                const double previous = series[series.size() - 2].second;
                std::string trend;
                if (lastValue == previous)
                    trend = "unchanged";
                else if (direction.empty())
                    trend = lastValue > previous ? "rising" : "falling";
                else
                    trend = (lastValue > previous) == (direction == "higher") ? "improving" : "worsening";
                text += "; " + trend + " (previous " + withUnit(previous) + " on "
                    + series[series.size() - 2].first.toIso() + ")";
            }
            text += "; " + std::to_string(inPeriodCount) + " measurement"
                + (inPeriodCount == 1 ? "" : "s") + " in the period";
            s.lines.push_back(line(reg::metrics, *metric, text));
        }
        orNothing(s, "No metrics are defined.");
        return s;
    }

    // ---- d) 3) audit results --------------------------------------------------------------------
    ReviewInputSection auditResults() const
    {
        ReviewInputSection s{"9.3.2 d) 3)", "Audit results", {}};
        const RegisterDef& audits = def(reg::audits);
        const RegisterDef& findings = def(reg::findings);
        std::map<std::string, int> byType;
        int openFindings = 0;
        for (const Record* a : sortedByRef(reg::audits)) {
            const auto held = a->date(audits, "held_date");
            if (!held || !inPeriod(held))
                continue;
            std::string detail = "held " + held->toIso() + ", " + label(reg::audits, *a, "status");
            const std::string conclusion = a->text(audits, "conclusion");
            if (!conclusion.empty())
                detail += ". " + conclusion;
            s.lines.push_back(line(reg::audits, *a, detail));
            for (const Record& f : m_data.of(reg::findings)) {
                if (f.integer(findings, "audit") != a->id)
                    continue;
                ++byType[label(reg::findings, f, "type", "Unclassified")];
                if (f.text(findings, "status") != "closed")
                    ++openFindings;
            }
        }
        if (!s.lines.empty()) {
            std::string text = "Findings of these audits:";
            if (byType.empty())
                text += " none";
            bool first = true;
            for (const auto& [type, n] : byType) {
                text += std::string(first ? " " : ", ") + std::to_string(n) + " " + type;
                first = false;
            }
            s.lines.push_back(summary(text + "; " + std::to_string(openFindings) + " open."));
        }
        orNothing(s, "No internal audit held " + periodText() + ".");
        return s;
    }

    // ---- d) 4) fulfilment of objectives ---------------------------------------------------------
    ReviewInputSection objectives() const
    {
        ReviewInputSection s{"9.3.2 d) 4)", "Fulfilment of information security objectives", {}};
        const RegisterDef& def = this->def(reg::objectives);
        for (const Record* o : sortedByRef(reg::objectives)) {
            const std::string status = o->text(def, "status");
            if (status == "cancelled")
                continue;
            std::string detail = label(reg::objectives, *o, "status");
            const std::string current = o->text(def, "current_value");
            const std::string target = o->text(def, "target");
            if (!current.empty() || !target.empty())
                detail += " (current " + (current.empty() ? std::string("not measured") : current)
                    + ", target " + (target.empty() ? std::string("not set") : target) + ")";
            if (status != "achieved")
                detail += ", " + dueText(reg::objectives, *o, "due_date");
            s.lines.push_back(line(reg::objectives, *o, detail));
        }
        orNothing(s, "No information security objectives are set.");
        return s;
    }

    // ---- e) feedback from interested parties ----------------------------------------------------
    ReviewInputSection partyFeedback() const
    {
        ReviewInputSection s{"9.3.2 e)", "Feedback from interested parties", {}};
        const RegisterDef& ncs = def(reg::nonconformities);
        for (const Record* nc : sortedByRef(reg::nonconformities)) {
            auto raised = nc->date(ncs, "raised_on");
            if (!raised)
                raised = createdOn(*nc);
            if (nc->text(ncs, "source") == "complaint" && inPeriod(raised))
                s.lines.push_back(line(reg::nonconformities, *nc,
                                       "complaint, " + label(reg::nonconformities, *nc, "status")));
        }
        const RegisterDef& reqs = def(reg::requirements);
        for (const Record* r : sortedByRef(reg::requirements))
            if (!r->boolean(reqs, "addressed"))
                s.lines.push_back(line(reg::requirements, *r,
                                       partyName(r->integer(reqs, "party"))
                                           + ", not addressed by the ISMS yet"));
        orNothing(s, "No complaints " + periodText() + " and every requirement is addressed.");
        return s;
    }

    // ---- f) risk assessment results and status of the treatment plan ----------------------------
    ReviewInputSection riskResults() const
    {
        ReviewInputSection s{"9.3.2 f)", "Risk assessment results and status of the risk treatment plan", {}};
        const RegisterDef& assessments = def(reg::assessments);
        for (const Record* a : sortedByRef(reg::assessments)) {
            const auto date = a->date(assessments, "date");
            if (date && inPeriod(date))
                s.lines.push_back(line(reg::assessments, *a,
                                       date->toIso() + ", " + label(reg::assessments, *a, "trigger", "trigger not set")));
        }
        const Methodology& m = m_data.methodology;
        const RegisterDef& risks = def(reg::risks);
        const ResidualBands bands = residualBands(m_data);
        std::string levels = std::to_string(bands.open) + " open risks by residual level:";
        for (std::size_t i = 0; i < m.bands.size(); ++i)
            levels += std::string(i ? ", " : " ") + m.bands[i].label + " " + std::to_string(bands.perBand[i]);
        s.lines.push_back(summary(levels + "; " + std::to_string(bands.unassessed) + " not assessed."));
        std::vector<ReviewInputLine> newRisks;
        if (m_since)
            for (const Record* r : sortedByRef(reg::risks))
                if (const auto created = createdOn(*r);
                    r->text(risks, "kind") != "opportunity" && created && *created >= *m_since)
                    newRisks.push_back(line(reg::risks, *r, "new risk"));
        appendCapped(s, std::move(newRisks), "new risks");
        std::vector<ReviewInputLine> unaccepted;
        for (const RiskFlag& flag : riskFlags(m_data))
            if (flag.kind == RiskFlagKind::AboveThresholdUnaccepted
                || flag.kind == RiskFlagKind::RetainedWithoutAcceptance)
                unaccepted.push_back(ReviewInputLine{flag.item.ref + " " + flag.item.title + ": "
                                                         + flag.item.message,
                                                     flag.item.registerKey, flag.item.id, flag.item.ref});
        appendCapped(s, std::move(unaccepted), "risks above the acceptance threshold without acceptance");
        if (!m_data.of(reg::treatments).empty())
            s.lines.push_back(summary(actionSummary(reg::treatments, "Risk treatment plan")));
        else
            s.lines.push_back(summary("The risk treatment plan has no actions."));
        std::vector<ReviewInputLine> late;
        for (const Record* t : sortedByRef(reg::treatments))
            if (isOpenAction(reg::treatments, *t) && isOverdue(reg::treatments, *t, "due_date"))
                late.push_back(line(reg::treatments, *t, dueText(reg::treatments, *t, "due_date")));
        appendCapped(s, std::move(late), "overdue treatment actions");
        return s;
    }

    // ---- g) opportunities for continual improvement ---------------------------------------------
    ReviewInputSection improvements() const
    {
        ReviewInputSection s{"9.3.2 g)", "Opportunities for continual improvement", {}};
        const RegisterDef& ims = def(reg::improvements);
        for (const Record* im : sortedByRef(reg::improvements)) {
            if (!isOpenAction(reg::improvements, *im) || im->text(ims, "decision") == "rejected")
                continue;
            s.lines.push_back(line(reg::improvements, *im,
                                   label(reg::improvements, *im, "decision", "not decided") + ", "
                                       + label(reg::improvements, *im, "status")));
        }
        const RegisterDef& findings = def(reg::findings);
        for (const Record* f : sortedByRef(reg::findings))
            if (f->text(findings, "type") == "opportunity" && f->text(findings, "status") != "closed")
                s.lines.push_back(line(reg::findings, *f, "audit finding: opportunity for improvement"));
        const RegisterDef& risks = def(reg::risks);
        for (const Record* r : sortedByRef(reg::risks))
            if (r->text(risks, "kind") == "opportunity" && r->text(risks, "status") != "closed")
                s.lines.push_back(line(reg::risks, *r, "opportunity (6.1)"));
        orNothing(s, "No open opportunities for improvement.");
        return s;
    }
};

} // namespace

ReviewInputs managementReviewInputs(const IsmsData& data, Date today)
{
    return Compiler(data, today).compile();
}

} // namespace isms
