// Policies, procedures and records (clauses 5.2 and 7.5); two are past their review date.
#include "content/demo_parts.h"

namespace isms::content::demo {

void addDocuments(RecordWriter& w, Ids& ids)
{
    struct DocumentRow {
        const char* key; const char* title; const char* type; const char* version;
        const char* owner; const char* status; int approvedDaysAgo; int nextReview;
        const char* mandatory; const char* location;
    };
    const DocumentRow documents[] = {
        {"policy", "Information security policy", "policy", "3.0", "ciso", "approved", 200, 165,
         "policy", "Intranet > Policies"},
        {"scope", "ISMS scope statement", "record", "1.2", "ciso", "approved", 150, 215, "scope",
         "ISMS Desk: Scope register"},
        {"riskmethod", "Risk assessment and treatment methodology", "procedure", "2.1", "ciso",
         "approved", 400, -35, "risk_assessment_process", "Intranet > ISMS"},
        {"treatmentproc", "Risk treatment procedure", "procedure", "1.0", "ciso", "approved", 300,
         65, "risk_treatment_process", "Intranet > ISMS"},
        {"soa", "Statement of Applicability", "record", "1.1", "ciso", "in_review", 0, 30, "soa",
         "ISMS Desk: Statement of Applicability"},
        {"objectives", "Information security objectives 2026", "plan", "1.0", "ceo", "approved",
         120, 245, "objectives", "Intranet > ISMS"},
        {"access", "Access control procedure", "procedure", "2.3", "it", "approved", 420, -55,
         "operational", "Intranet > Procedures"},
        {"incident", "Incident response procedure", "procedure", "1.4", "sec", "approved", 90, 275,
         "operational", "Intranet > Procedures"},
        {"remote", "Remote working procedure", "procedure", "1.1", "it", "approved", 60, 305,
         "none", "Intranet > Procedures"},
        {"backup", "Backup and restore standard", "standard", "1.0", "ops", "approved", 250, 115,
         "operational", "Engineering wiki"},
        {"supplier", "Supplier security procedure", "procedure", "0.9", "legal", "draft", 0, 45,
         "none", "Shared drive > Drafts"},
        {"bcp", "Business continuity plan", "plan", "1.2", "ops", "approved", 330, 35, "none",
         "Intranet > Continuity"},
        {"classification", "Information classification and handling", "standard", "1.0", "ciso",
         "retired", 900, -500, "none", "Archive"},
        {"acceptable", "Acceptable use policy", "policy", "2.0", "hr", "approved", 180, 185,
         "none", "Intranet > Policies"},
    };
    for (const auto& d : documents) {
        Record r = w.blank(reg::documents);
        w.set(reg::documents, r, "title", d.title);
        w.set(reg::documents, r, "type", d.type);
        w.set(reg::documents, r, "version", d.version);
        w.set(reg::documents, r, "owner", ids.people.at(d.owner));
        w.set(reg::documents, r, "status", d.status);
        if (d.approvedDaysAgo > 0) {
            w.set(reg::documents, r, "approver", ids.people.at("ceo"));
            w.set(reg::documents, r, "approval_date", ids.day(-d.approvedDaysAgo));
        }
        w.set(reg::documents, r, "classification", "internal");
        w.set(reg::documents, r, "next_review", ids.day(d.nextReview));
        w.set(reg::documents, r, "mandatory", d.mandatory);
        w.set(reg::documents, r, "location", d.location);
        w.set(reg::documents, r, "communicated_to",
              std::string(d.type) == "policy" ? "All staff and contractors" : "Staff in scope");
        ids.documents[d.key] = w.add(reg::documents, r);
    }
    w.add(reg::revisions, {{"document", FieldValue(ids.documents.at("policy"))}, {"version", "2.0"},
                           {"date", ids.day(-560)}, {"summary", "Rewritten for the 2022 standard."},
                           {"author", FieldValue(ids.people.at("ciso"))},
                           {"approved_by", FieldValue(ids.people.at("ceo"))}});
    w.add(reg::revisions, {{"document", FieldValue(ids.documents.at("policy"))}, {"version", "3.0"},
                           {"date", ids.day(-200)},
                           {"summary", "Added climate resilience and remote working commitments."},
                           {"author", FieldValue(ids.people.at("ciso"))},
                           {"approved_by", FieldValue(ids.people.at("ceo"))}});
    w.add(reg::revisions, {{"document", FieldValue(ids.documents.at("access"))}, {"version", "2.3"},
                           {"date", ids.day(-420)}, {"summary", "Quarterly access reviews added."},
                           {"author", FieldValue(ids.people.at("it"))}});
}

} // namespace isms::content::demo
