// Fernbrook Analytics: about 180 staff, a payroll analytics service hosted in a public cloud,
// offices in Leeds and Porto. People, roles, context (clause 4) and the approved scope.
#include "content/demo_parts.h"

namespace isms::content::demo {

namespace {

struct PersonRow {
    const char* key;
    const char* name;
    const char* email;
    const char* jobTitle;
    const char* department;
    const char* reportsTo;  // key of the manager, "" for the top
};

const PersonRow kPeople[] = {
    {"ceo", "Helen Marwick", "helen.marwick@fernbrook.example", "Chief Executive Officer", "Executive", ""},
    {"cfo", "Tomasz Wrona", "tomasz.wrona@fernbrook.example", "Chief Financial Officer", "Finance", "ceo"},
    {"cto", "Aisha Okafor", "aisha.okafor@fernbrook.example", "Chief Technology Officer", "Engineering", "ceo"},
    {"ciso", "Daniel Reyes", "daniel.reyes@fernbrook.example", "Head of Information Security", "Security", "ceo"},
    {"hr", "Priya Natarajan", "priya.natarajan@fernbrook.example", "Head of People", "People", "ceo"},
    {"ops", "Martin Lindqvist", "martin.lindqvist@fernbrook.example", "Head of Platform Operations", "Engineering", "cto"},
    {"dev", "Sofia Carvalho", "sofia.carvalho@fernbrook.example", "Engineering Manager", "Engineering", "cto"},
    {"sec", "Kwame Asante", "kwame.asante@fernbrook.example", "Security Engineer", "Security", "ciso"},
    {"it", "Rachel Dunmore", "rachel.dunmore@fernbrook.example", "IT Service Lead", "IT", "cto"},
    {"legal", "Oliver Brandt", "oliver.brandt@fernbrook.example", "Legal Counsel and DPO", "Legal", "cfo"},
    {"cs", "Grace Whitfield", "grace.whitfield@fernbrook.example", "Head of Customer Success", "Customer Success", "ceo"},
    {"facilities", "Joao Pereira", "joao.pereira@fernbrook.example", "Office and Facilities Manager (Porto)", "Operations", "cfo"},
    {"qa", "Lena Vogt", "lena.vogt@fernbrook.example", "Quality and Compliance Manager", "Security", "ciso"},
    {"data", "Samuel Iheanacho", "samuel.iheanacho@fernbrook.example", "Data Platform Lead", "Engineering", "cto"},
    {"sales", "Chloe Barrington", "chloe.barrington@fernbrook.example", "Sales Director", "Sales", "ceo"},
    {"former", "Victor Hale", "victor.hale@fernbrook.example", "Former Systems Administrator", "IT", "it"},
};

} // namespace

void addOrganisation(RecordWriter& w, Ids& ids)
{
    // People first without managers, then the reporting lines once everyone has an id.
    for (const auto& p : kPeople) {
        Record r = w.blank(reg::people);
        w.set(reg::people, r, "name", p.name);
        w.set(reg::people, r, "email", p.email);
        w.set(reg::people, r, "job_title", p.jobTitle);
        w.set(reg::people, r, "department", p.department);
        w.set(reg::people, r, "active", std::string(p.key) != "former");
        ids.people[p.key] = w.add(reg::people, r);
    }
    for (const auto& p : kPeople)
        if (*p.reportsTo != '\0')
            w.update(reg::people, ids.people[p.key], {{"reports_to", FieldValue(ids.people[p.reportsTo])}});
    auto person = [&](const char* key) { return FieldValue(ids.people.at(key)); };

    const RecordId topRole = w.add(reg::roles,
        {{"title", "Top management (ISMS sponsor)"}, {"holder", person("ceo")},
         {"deputy", person("cfo")},
         {"responsibilities", "Sets the information security policy and objectives, provides "
                              "resources, chairs the management review."},
         {"authorities", "Approves the policy, the risk acceptance criteria and residual risks "
                         "above them."}});
    const RecordId isRole = w.add(reg::roles,
        {{"title", "ISMS manager"}, {"holder", person("ciso")}, {"deputy", person("qa")},
         {"responsibilities", "Runs the ISMS day to day, reports on its performance to top "
                              "management, keeps the registers current."},
         {"authorities", "May stop a change that would breach the policy until top management "
                         "decides."},
         {"reports_to", FieldValue(topRole)}});
    w.add(reg::roles, {{"title", "Risk owner (platform)"}, {"holder", person("cto")},
                       {"responsibilities", "Approves treatment plans and accepts residual risks "
                                            "for the hosted platform."},
                       {"reports_to", FieldValue(topRole)}});
    w.add(reg::roles, {{"title", "Data protection officer"}, {"holder", person("legal")},
                       {"responsibilities", "Advises on personal data processing, handles data "
                                            "subject requests and breach notifications."},
                       {"reports_to", FieldValue(topRole)}});
    w.add(reg::roles, {{"title", "Internal auditor"}, {"holder", person("qa")},
                       {"responsibilities", "Plans and performs internal audits under the audit "
                                            "programme."},
                       {"reports_to", FieldValue(isRole)}});
    w.add(reg::roles, {{"title", "Security operations"}, {"holder", person("sec")},
                       {"deputy", person("ops")},
                       {"responsibilities", "Monitors alerts, leads incident response, runs "
                                            "vulnerability scanning."},
                       {"reports_to", FieldValue(isRole)}});

    // ---- 4.1 context issues ----
    struct IssueRow {
        const char* key; const char* title; const char* origin; const char* category;
        const char* effect; bool climate; const char* owner; int review;
    };
    const IssueRow issues[] = {
        {"cloud", "Dependence on a single public cloud region", "external", "technological",
         "An outage of the region stops the payroll service for every customer.", false, "ops", 120},
        {"regulation", "Data protection law and payroll confidentiality duties", "external", "legal",
         "Breaches must be notified within 72 hours; fines and customer loss follow.", false, "legal", 200},
        {"climate", "Heatwaves and flooding affecting the Porto office and data centres", "external",
         "environmental",
         "More frequent extreme weather raises the chance of site and supplier outages; customers "
         "ask about our climate resilience in tenders.", true, "facilities", 90},
        {"growth", "Rapid hiring (40 people in a year)", "internal", "organisational",
         "New staff need onboarding and awareness before they handle payroll data.", false, "hr", -20},
        {"ransomware", "Ransomware campaigns against payroll providers", "external", "technological",
         "Attackers target payroll processors because of the data and the deadline pressure.", false, "ciso", 60},
        {"energy", "Energy prices and customers' carbon reporting", "external", "economic",
         "Customers ask for the emissions of the hosted service; cost pressure on hosting.", true, "cfo", 150},
        {"remote", "Hybrid working as the norm", "internal", "social",
         "Most work happens from home networks and personal locations.", false, "it", 30},
    };
    for (const auto& i : issues)
        ids.issues[i.key] = w.add(reg::issues,
            {{"title", i.title}, {"origin", i.origin}, {"category", i.category},
             {"description", i.title}, {"effect", i.effect}, {"climate_relevant", i.climate},
             {"owner", person(i.owner)}, {"review_date", ids.day(i.review)}});

    // ---- 4.2 interested parties and requirements ----
    const RecordId customers = w.add(reg::parties,
        {{"name", "Customers (employers using the payroll service)"}, {"type", "customer"},
         {"origin", "external"}, {"owner", person("cs")}, {"review_date", ids.day(100)},
         {"description", "About 320 employers, from 50 to 5,000 employees each."}});
    const RecordId regulator = w.add(reg::parties,
        {{"name", "Data protection authorities"}, {"type", "regulator"}, {"origin", "external"},
         {"owner", person("legal")}, {"review_date", ids.day(180)}});
    const RecordId staff = w.add(reg::parties,
        {{"name", "Employees and contractors"}, {"type", "employee"}, {"origin", "internal"},
         {"owner", person("hr")}, {"review_date", ids.day(40)}});
    const RecordId cloudProvider = w.add(reg::parties,
        {{"name", "Cloud hosting provider"}, {"type", "supplier"}, {"origin", "external"},
         {"owner", person("ops")}, {"review_date", ids.day(-10)}});
    const RecordId investors = w.add(reg::parties,
        {{"name", "Investors and board"}, {"type", "owner"}, {"origin", "external"},
         {"owner", person("ceo")}, {"review_date", ids.day(220)}});

    w.add(reg::requirements, {{"party", FieldValue(customers)},
        {"title", "Payroll data kept confidential and processed only on instruction"},
        {"source", "contract"}, {"addressed", true},
        {"how_addressed", "Data processing agreement; access control and encryption controls."},
        {"review_date", ids.day(100)}}, "REQ-001");
    w.add(reg::requirements, {{"party", FieldValue(customers)},
        {"title", "ISO/IEC 27001 certificate before contract renewal"}, {"source", "contract"},
        {"addressed", true}, {"how_addressed", "This ISMS; certification audit planned."}});
    w.add(reg::requirements, {{"party", FieldValue(customers)},
        {"title", "Report on the climate resilience of the hosted service"}, {"source", "expectation"},
        {"addressed", false}, {"climate_related", true}});
    w.add(reg::requirements, {{"party", FieldValue(regulator)},
        {"title", "Notify personal data breaches within 72 hours"}, {"source", "law"},
        {"addressed", true}, {"how_addressed", "Incident response procedure with a DPO step."}});
    w.add(reg::requirements, {{"party", FieldValue(staff)},
        {"title", "Clear rules for working from home"}, {"source", "expectation"},
        {"addressed", true}, {"how_addressed", "Remote working procedure and awareness course."}});
    w.add(reg::requirements, {{"party", FieldValue(cloudProvider)},
        {"title", "Shared responsibility model respected"}, {"source", "contract"},
        {"addressed", true}, {"how_addressed", "Cloud configuration baseline and reviews."}});
    w.add(reg::requirements, {{"party", FieldValue(investors)},
        {"title", "Quarterly security risk report to the board"}, {"source", "expectation"},
        {"addressed", false}});

    // ---- 4.3 scope ----
    ids.scope = w.add(reg::scopes,
        {{"title", "ISMS scope"},
         {"statement", "The development, operation and support of the Fernbrook payroll analytics "
                       "service, including the people, offices and cloud infrastructure that "
                       "deliver it."},
         {"boundaries", "All staff and contractors; the Leeds and Porto offices; the production and "
                        "staging cloud accounts; corporate IT."},
         {"locations", "Leeds (head office), Porto (engineering), cloud region eu-west."},
         {"interfaces", "Customers' HR systems (file upload and API); the cloud provider; the "
                        "outsourced payroll print supplier."},
         {"exclusions", "The Fernbrook Academy training website, run by a separate company on its "
                        "own infrastructure."},
         {"version", "1.2"}, {"status", "approved"}, {"approved_by", person("ceo")},
         {"approval_date", ids.day(-150)}});
}

} // namespace isms::content::demo
