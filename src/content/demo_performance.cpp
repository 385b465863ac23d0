// Objectives (6.2), metrics with a year of measurements (9.1), the audit programme and audits
// (9.2) and management reviews (9.3). One audit the programme planned was never held, and one
// lead auditor audits her own area, so the overdue and impartiality rules have work to do.
#include "content/demo_parts.h"

namespace isms::content::demo {

namespace {

struct MetricRow {
    const char* key; const char* title; const char* frequency; const char* owner;
    double target; const char* direction; const char* unit; double values[6];
};

} // namespace

void addPerformance(RecordWriter& w, Ids& ids)
{
    auto person = [&](const char* key) { return FieldValue(ids.people.at(key)); };

    const MetricRow metrics[] = {
        {"phish", "Staff reporting simulated phishing", "quarterly", "sec", 60, "higher", "%",
         {22, 31, 38, 44, 52, 57}},
        {"patch", "Critical patches applied within 14 days", "monthly", "it", 95, "higher", "%",
         {71, 78, 84, 88, 86, 93}},
        {"mfa", "Accounts protected by MFA", "monthly", "it", 100, "higher", "%",
         {64, 70, 79, 85, 91, 94}},
        {"restore", "Hours to restore the payroll database in a test", "quarterly", "ops", 4,
         "lower", "hours", {11, 9.5, 8, 6.5, 6, 5.5}},
        {"incidents", "Security incidents affecting customers", "quarterly", "ciso", 0, "lower",
         "incidents", {2, 1, 1, 0, 1, 0}},
    };
    std::map<std::string, RecordId> metricIds;
    for (const auto& m : metrics) {
        const bool monthly = std::string(m.frequency) == "monthly";
        const int step = monthly ? 30 : 61;
        const RecordId id = w.add(reg::metrics,
            {{"title", m.title}, {"frequency", m.frequency}, {"responsible", person(m.owner)},
             {"target_value", m.target}, {"direction", m.direction}, {"unit", m.unit},
             {"method", "Exported from the tool that holds the data and checked by the owner."},
             {"next_due", ids.day(std::string(m.key) == "patch" ? -8 : step / 2)}});
        metricIds[m.key] = id;
        ids.metrics[m.key] = id;
        for (int n = 0; n < 6; ++n)
            w.add(reg::measurements, {{"metric", FieldValue(id)},
                                      {"date", ids.day(-step * (6 - n))},
                                      {"value", m.values[n]}});
    }

    struct ObjectiveRow {
        const char* title; const char* measure; const char* target; const char* current;
        const char* owner; int due; const char* status; const char* metric;
    };
    const ObjectiveRow objectives[] = {
        {"Make phishing reporting a habit", "Share of staff reporting simulations", "60 %", "57 %",
         "sec", 90, "on_track", "phish"},
        {"Close critical vulnerabilities quickly", "Critical patches within 14 days", "95 %", "93 %",
         "it", 60, "on_track", "patch"},
        {"Strong authentication everywhere", "Accounts with MFA", "100 %", "94 %", "it", -15,
         "at_risk", "mfa"},
        {"Recover the service within four hours", "Restore test duration", "4 hours", "5.5 hours",
         "ops", 120, "at_risk", "restore"},
        {"Achieve ISO/IEC 27001 certification", "Certificate issued", "Certified", "Stage 1 planned",
         "ciso", 200, "on_track", ""},
    };
    for (const auto& o : objectives) {
        const RecordId id = w.add(reg::objectives,
            {{"title", o.title}, {"policy", FieldValue(ids.documents.at("policy"))},
             {"measure", o.measure}, {"target", o.target}, {"current_value", o.current},
             {"owner", person(o.owner)}, {"due_date", ids.day(o.due)},
             {"evaluation", "Reviewed quarterly at the ISMS meeting"}, {"status", o.status}});
        if (*o.metric)
            w.link("objective_metrics", id, metricIds.at(o.metric));
    }

    // ---- 9.2 audit programme and audits ----
    const RecordId programme = w.add(reg::programmes,
        {{"title", "Internal audit programme (rolling 12 months)"},
         {"period_start", ids.day(-240)}, {"period_end", ids.day(125)},
         {"owner", person("qa")},
         {"scope", "Every clause 4-10 once a year; Annex A themes over the year, high-risk areas "
                   "twice."},
         {"methods", "Interviews, document review, sampling of records, technical checks."},
         {"approved_by", person("ceo")}, {"approval_date", ids.day(-245)}});
    const RecordId accessAudit = w.add(reg::audits,
        {{"title", "Access control and identity management"}, {"programme", FieldValue(programme)},
         {"scope", "A.5.15-A.5.18, A.8.2, A.8.5; IT and People teams."},
         {"criteria", "ISO/IEC 27001:2022; access control procedure v2.3."},
         {"lead_auditor", person("qa")}, {"auditee", person("it")},
         {"planned_date", ids.day(-120)}, {"held_date", ids.day(-118)}, {"status", "completed"},
         {"report", "Access reviews are not evidenced for two quarters; leaver process relies on "
                    "email."},
         {"conclusion", "Partly effective: two minor nonconformities."}});
    w.link("audit_auditors", accessAudit, ids.people.at("qa"));
    w.link("audit_auditors", accessAudit, ids.people.at("sec"));
    w.add(reg::audits,
        {{"title", "Supplier management"}, {"programme", FieldValue(programme)},
         {"scope", "A.5.19-A.5.23"}, {"lead_auditor", person("sec")}, {"auditee", person("legal")},
         {"planned_date", ids.day(-25)}, {"status", "planned"}});
    w.add(reg::audits,
        {{"title", "ISMS core clauses 4-10"}, {"programme", FieldValue(programme)},
         {"scope", "Clauses 4 to 10"}, {"lead_auditor", person("qa")}, {"auditee", person("qa")},
         {"planned_date", ids.day(30)}, {"status", "planned"},
         {"criteria", "ISO/IEC 27001:2022 clauses 4-10."}});

    const RecordId f1 = w.add(reg::findings,
        {{"audit", FieldValue(accessAudit)}, {"title", "Quarterly access reviews not evidenced"},
         {"type", "minor"}, {"reference", "A.5.18"},
         {"description", "No record of the Q2 and Q3 access reviews."},
         {"evidence", "Interview with the IT Service Lead; empty review folder."},
         {"status", "open"}});
    const RecordId f2 = w.add(reg::findings,
        {{"audit", FieldValue(accessAudit)}, {"title", "Leaver accounts disabled late"},
         {"type", "minor"}, {"reference", "A.5.18"},
         {"description", "3 of 10 sampled leavers kept access for more than 5 working days."},
         {"evidence", "Sample of HR leaver list against identity provider logs."},
         {"status", "closed"}});
    w.add(reg::findings,
        {{"audit", FieldValue(accessAudit)}, {"title", "Single sign-on could cover more tools"},
         {"type", "opportunity"}, {"reference", "A.8.5"}, {"status", "open"}});
    ids.findings = {f1, f2};

    // ---- 9.3 management reviews ----
    ids.review = w.add(reg::reviews,
        {{"title", "Management review (spring)"}, {"planned_date", ids.day(-190)},
         {"held_date", ids.day(-188)}, {"chair", person("ceo")},
         {"attendees", "Helen Marwick, Tomasz Wrona, Aisha Okafor, Daniel Reyes, Priya Natarajan"},
         {"inputs", "Status of actions, context changes (climate, growth), metrics, audit results, "
                    "risk treatment status."},
         {"decisions", "Fund a second security engineer; plan certification; add climate "
                       "resilience to the business continuity plan."},
         {"actions", "Recruit security engineer; certification body selection; BCP update."},
         {"status", "held"}});
    w.add(reg::reviews, {{"title", "Management review (autumn)"}, {"planned_date", ids.day(20)},
                         {"chair", person("ceo")}, {"status", "planned"}});
}

} // namespace isms::content::demo
