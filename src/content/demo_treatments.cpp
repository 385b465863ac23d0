// The risk treatment plan (6.1.3, 8.3): actions linked to risks and controls, some overdue.
#include "content/demo_parts.h"

#include <sstream>

namespace isms::content::demo {

void addTreatmentPlan(RecordWriter& w, Ids& ids)
{
    struct ActionRow {
        const char* title; const char* owner; int due; const char* status; int completion;
        const char* risks; const char* controls;
    };
    const ActionRow actions[] = {
        {"Enforce phishing-resistant MFA on all staff accounts", "it", -12, "in_progress", 70,
         "phishing privileged", "A.8.5"},
        {"Separate administrator accounts from daily accounts", "it", -30, "planned", 0,
         "privileged insider ransomware", "A.8.2"},
        {"Quarterly restore test of production backups", "ops", 20, "in_progress", 50,
         "backup_fail ransomware", "A.8.13"},
        {"Immutable backup copies in a second region", "ops", 45, "planned", 10, "ransomware",
         "A.8.13"},
        {"Automated leaver workflow from the HR system", "hr", -5, "in_progress", 40, "leaver",
         "A.5.18"},
        {"Fuzz testing of the upload API parser", "dev", 30, "in_progress", 30, "api_vuln",
         "A.8.29"},
        {"Cloud storage guardrail policies (deny public buckets)", "ops", -60, "done", 100,
         "misconfig", "A.8.9"},
        {"Secret scanning in the build pipeline", "dev", 14, "in_progress", 60,
         "secrets ci_compromise", "A.8.4"},
        {"Dependency pinning and software bill of materials", "dev", 60, "planned", 0,
         "supply_chain", "A.8.28"},
        {"Central log review with alert rules", "sec", -20, "in_progress", 35, "logging",
         "A.8.16"},
        {"Supplier security assessment of the print supplier", "legal", 25, "planned", 0,
         "supplier_breach print_outage", "A.5.22"},
        {"Call-back verification for bank detail changes", "cs", -90, "done", 100, "social",
         "A.5.14"},
        {"Warm standby design for a second cloud region", "ops", 150, "planned", 0,
         "region dc_climate", "A.5.30"},
        {"Move Leeds comms cabinet above flood level", "facilities", 75, "planned", 0, "flood",
         "A.7.8"},
        {"Runbooks and pairing for platform on-call", "cto", -2, "in_progress", 80, "key_person",
         "A.5.37"},
        {"Managed patching for laptops and phones", "it", -45, "done", 100, "patching", "A.8.8"},
    };
    for (const auto& a : actions) {
        Record r = w.blank(reg::treatments);
        w.set(reg::treatments, r, "title", a.title);
        w.set(reg::treatments, r, "owner", ids.people.at(a.owner));
        w.set(reg::treatments, r, "due_date", ids.day(a.due));
        w.set(reg::treatments, r, "status", a.status);
        w.set(reg::treatments, r, "completion", a.completion);
        if (std::string(a.status) == "done") {
            w.set(reg::treatments, r, "completed_on", ids.day(a.due - 3));
            w.set(reg::treatments, r, "evidence", "Change ticket and screenshot attached to the "
                                                  "change record.");
        }
        const RecordId id = w.add(reg::treatments, r);
        std::istringstream risks(a.risks);
        for (std::string risk; risks >> risk;)
            w.link("treatment_risks", id, ids.risks.at(risk));
        std::istringstream controls(a.controls);
        for (std::string control; controls >> control;)
            w.link("treatment_controls", id, ids.controls.at(control));
    }
    w.add(reg::assessments, {{"title", "Initial risk assessment"}, {"date", ids.day(-330)},
                             {"trigger", "initial"}, {"performed_by", FieldValue(ids.people.at("ciso"))},
                             {"notes", "Workshops with each department head."}});
}

} // namespace isms::content::demo
