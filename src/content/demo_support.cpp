// Support (clause 7): resources, competence, training records, awareness and communication.
#include "content/demo_parts.h"

namespace isms::content::demo {

void addSupport(RecordWriter& w, Ids& ids)
{
    auto person = [&](const char* key) { return FieldValue(ids.people.at(key)); };

    w.add(reg::resources, {{"title", "Security engineer (second hire)"}, {"type", "people"},
                           {"owner", person("ciso")}, {"status", "requested"},
                           {"description", "Needed to run log review and vulnerability management."}});
    w.add(reg::resources, {{"title", "Annual ISMS budget"}, {"type", "budget"},
                           {"owner", person("cfo")}, {"status", "provided"}});
    w.add(reg::resources, {{"title", "External penetration test"}, {"type", "external"},
                           {"owner", person("sec")}, {"status", "provided"}});

    const RecordId isCompetence = w.add(reg::competences,
        {{"title", "ISMS lead implementer knowledge"}, {"acquired_by", "training"},
         {"description", "ISO/IEC 27001:2022 requirements and risk management."},
         {"review_date", ids.day(200)}});
    const RecordId auditCompetence = w.add(reg::competences,
        {{"title", "Internal auditing"}, {"acquired_by", "training"},
         {"description", "Audit planning, evidence and reporting (ISO 19011)."},
         {"review_date", ids.day(-10)}});
    const RecordId cloudCompetence = w.add(reg::competences,
        {{"title", "Secure cloud operations"}, {"acquired_by", "experience"},
         {"review_date", ids.day(120)}});

    w.add(reg::trainings, {{"title", "ISO 27001 Lead Implementer"}, {"person", person("ciso")},
                           {"competence", FieldValue(isCompetence)}, {"date", ids.day(-400)},
                           {"provider", "External training provider"}, {"result", "passed"},
                           {"evidence", "Certificate no. LI-20431"}});
    w.add(reg::trainings, {{"title", "Internal auditor course"}, {"person", person("qa")},
                           {"competence", FieldValue(auditCompetence)}, {"date", ids.day(-260)},
                           {"provider", "External training provider"}, {"result", "passed"},
                           {"evidence", "Certificate no. IA-8812"}, {"expires", ids.day(830)}});
    w.add(reg::trainings, {{"title", "Cloud security specialty"}, {"person", person("ops")},
                           {"competence", FieldValue(cloudCompetence)}, {"date", ids.day(-90)},
                           {"provider", "Cloud provider academy"}, {"result", "completed"}});
    w.add(reg::trainings, {{"title", "Internal auditor course"}, {"person", person("sec")},
                           {"competence", FieldValue(auditCompetence)}, {"date", ids.day(40)},
                           {"provider", "External training provider"}, {"result", "planned"}});

    w.add(reg::campaigns, {{"title", "Phishing simulation and follow-up"}, {"audience", "All staff"},
                           {"channel", "Email and short video"}, {"date", ids.day(-70)},
                           {"owner", person("sec")}, {"participants", 171}, {"status", "done"},
                           {"message", "How to spot and report a phishing email."}});
    w.add(reg::campaigns, {{"title", "New starter security induction"}, {"audience", "New staff"},
                           {"channel", "Onboarding session"}, {"date", ids.day(-14)},
                           {"owner", person("hr")}, {"participants", 12}, {"status", "done"}});
    w.add(reg::campaigns, {{"title", "Payroll-day fraud awareness"}, {"audience", "Customer Success"},
                           {"channel", "Team briefing"}, {"date", ids.day(21)},
                           {"owner", person("cs")}, {"status", "planned"}});

    w.add(reg::communications, {{"title", "ISMS performance report"}, {"frequency", "Quarterly"},
                                {"audience", "Top management"}, {"channel", "Management meeting"},
                                {"responsible", person("ciso")}, {"next_date", ids.day(35)},
                                {"status", "active"}});
    w.add(reg::communications, {{"title", "Security incidents affecting customers"},
                                {"frequency", "Within 24 hours of confirmation"},
                                {"audience", "Affected customers"}, {"channel", "Email and phone"},
                                {"responsible", person("cs")}, {"status", "active"}});
    w.add(reg::communications, {{"title", "Policy updates"}, {"frequency", "On change"},
                                {"audience", "All staff"}, {"channel", "Intranet news"},
                                {"responsible", person("qa")}, {"status", "active"}});
}

} // namespace isms::content::demo
