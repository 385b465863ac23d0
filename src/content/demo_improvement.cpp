// Improvement (clause 10): nonconformities from the audit and an incident with corrective
// actions (one overdue, one never checked for effectiveness), improvements decided at the
// management review, and the checklist's evidence links.
#include "content/demo_parts.h"

namespace isms::content::demo {

void addImprovement(RecordWriter& w, Ids& ids)
{
    auto person = [&](const char* key) { return FieldValue(ids.people.at(key)); };

    const RecordId reviewsNc = w.add(reg::nonconformities,
        {{"title", "Access reviews not performed"}, {"source", "audit"}, {"reference", "A.5.18"},
         {"description", "Quarterly access reviews required by the procedure were not done."},
         {"raised_on", ids.day(-115)}, {"owner", person("it")},
         {"correction", "Q3 review carried out immediately."},
         {"root_cause", "Review depended on one person's calendar reminder."},
         {"similar_cases", "Supplier access reviews checked: same gap."},
         {"status", "correcting"}, {"effectiveness_due", ids.day(45)},
         {"effective", "not_checked"}});
    const RecordId leaverNc = w.add(reg::nonconformities,
        {{"title", "Leavers keep access too long"}, {"source", "audit"}, {"reference", "A.5.18"},
         {"raised_on", ids.day(-115)}, {"owner", person("hr")},
         {"correction", "Remaining leaver accounts disabled."},
         {"root_cause", "HR notifies IT by email, which is missed during holidays."},
         {"status", "verifying"}, {"effectiveness_due", ids.day(-20)},
         {"effective", "not_checked"}});
    const RecordId incidentNc = w.add(reg::nonconformities,
        {{"title", "Customer file sent to the wrong customer"}, {"source", "incident"},
         {"reference", "A.5.14"}, {"raised_on", ids.day(-160)}, {"owner", person("cs")},
         {"correction", "Recipient confirmed deletion; affected customer informed."},
         {"root_cause", "Email address auto-completion."},
         {"status", "closed"}, {"effectiveness_due", ids.day(-70)},
         {"effectiveness_checked_on", ids.day(-72)}, {"effective", "yes"},
         {"closed_on", ids.day(-72)}});
    w.link("finding_nonconformities", ids.findings.at(0), reviewsNc);
    w.link("finding_nonconformities", ids.findings.at(1), leaverNc);

    w.add(reg::actions, {{"nonconformity", FieldValue(reviewsNc)},
                         {"title", "Access review task in the ticket system every quarter"},
                         {"owner", person("it")}, {"due_date", ids.day(-10)},
                         {"status", "in_progress"}});
    w.add(reg::actions, {{"nonconformity", FieldValue(leaverNc)},
                         {"title", "Leaver workflow triggered from the HR system"},
                         {"owner", person("hr")}, {"due_date", ids.day(-30)}, {"status", "done"},
                         {"completed_on", ids.day(-33)}});
    w.add(reg::actions, {{"nonconformity", FieldValue(incidentNc)},
                         {"title", "Disable address auto-completion for external recipients"},
                         {"owner", person("it")}, {"due_date", ids.day(-120)}, {"status", "done"},
                         {"completed_on", ids.day(-125)}});

    const RecordId sso = w.add(reg::improvements,
        {{"title", "Extend single sign-on to all SaaS tools"}, {"source", "audit"},
         {"decision", "accepted"}, {"owner", person("it")}, {"due_date", ids.day(90)},
         {"status", "in_progress"}});
    const RecordId climate = w.add(reg::improvements,
        {{"title", "Climate resilience section in the business continuity plan"},
         {"source", "review"}, {"decision", "accepted"}, {"owner", person("ops")},
         {"due_date", ids.day(-40)}, {"status", "planned"}});
    w.add(reg::improvements,
        {{"title", "Security champions in each engineering squad"}, {"source", "suggestion"},
         {"decision", "proposed"}, {"owner", person("dev")}, {"status", "planned"}});
    w.link("review_improvements", ids.review, climate);
    w.link("review_improvements", ids.review, sso);

    // ---- checklist: status and evidence for the clauses that have it ----
    struct Evidence { const char* clause; const char* status; const char* reg; RecordId id; };
    const Evidence evidence[] = {
        {"4.1", "met", "issues", ids.issues.at("climate")},
        {"4.3", "met", "scopes", ids.scope},
        {"5.2", "met", "documents", ids.documents.at("policy")},
        {"6.1.2", "in_progress", "documents", ids.documents.at("riskmethod")},
        {"6.1.3", "in_progress", "documents", ids.documents.at("treatmentproc")},
        {"6.2", "met", "documents", ids.documents.at("objectives")},
        {"9.3.3", "met", "reviews", ids.review},
        {"10.2", "in_progress", "nonconformities", reviewsNc},
    };
    for (const auto& e : evidence) {
        w.update(reg::clauses, ids.clauses.at(e.clause),
                 {{"status", e.status}, {"responsible", person("ciso")}});
        w.link("clause_evidence", ids.clauses.at(e.clause), e.id, e.reg);
    }
    w.update(reg::clauses, ids.clauses.at("7.2"),
             {{"status", "in_progress"}, {"responsible", person("hr")},
              {"notes", "Training records exist for the ISMS team; other roles still missing."}});
}

} // namespace isms::content::demo
