#include "catalogue.h"

#include <stdexcept>
#include <string>

namespace isms {

namespace {

// Small builders keep the register descriptions below readable as a table.
FieldDef text(std::string key, std::string label, bool required = false)
{
    return FieldDef{std::move(key), std::move(label), FieldType::Text, {}, {}, required, false, {}};
}
FieldDef longText(std::string key, std::string label, bool required = false)
{
    return FieldDef{std::move(key), std::move(label), FieldType::LongText, {}, {}, required, false, {}};
}
FieldDef integer(std::string key, std::string label)
{
    return FieldDef{std::move(key), std::move(label), FieldType::Integer, {}, {}, false, false, {}};
}
FieldDef real(std::string key, std::string label, bool required = false)
{
    return FieldDef{std::move(key), std::move(label), FieldType::Real, {}, {}, required, false, {}};
}
FieldDef boolean(std::string key, std::string label)
{
    return FieldDef{std::move(key), std::move(label), FieldType::Boolean, {}, {}, false, false, {}};
}
FieldDef date(std::string key, std::string label, bool required = false)
{
    return FieldDef{std::move(key), std::move(label), FieldType::Date, {}, {}, required, false, {}};
}
// A date that a new record starts with today's date: the day something is raised or written.
FieldDef datedToday(FieldDef field)
{
    field.defaultsToToday = true;
    return field;
}
FieldDef choice(std::string key, std::string label, std::vector<EnumOption> options,
                bool required = false)
{
    return FieldDef{std::move(key), std::move(label), FieldType::Enum, std::move(options), {},
                    required, false, {}};
}
FieldDef ref(std::string key, std::string label, std::string_view target, bool required = false)
{
    return FieldDef{std::move(key), std::move(label), FieldType::Reference, {}, std::string(target),
                    required, false, {}};
}
FieldDef person(std::string key, std::string label)
{
    return ref(std::move(key), std::move(label), reg::people);
}
FieldDef likelihood(std::string key, std::string label)
{
    return FieldDef{std::move(key), std::move(label), FieldType::Likelihood, {}, {}, false, false, {}};
}
FieldDef impact(std::string key, std::string label)
{
    return FieldDef{std::move(key), std::move(label), FieldType::Impact, {}, {}, false, false, {}};
}
FieldDef level(std::string key, std::string label)
{
    return FieldDef{std::move(key), std::move(label), FieldType::Level, {}, {}, false, true,
                    "Computed from likelihood and impact with the file's risk matrix."};
}

const std::vector<EnumOption> kClassification{
    {"public", "Public"}, {"internal", "Internal"}, {"confidential", "Confidential"},
    {"restricted", "Restricted"}};
const std::vector<EnumOption> kActionStatus{
    {"planned", "Planned"}, {"in_progress", "In progress"}, {"done", "Done"},
    {"cancelled", "Cancelled"}};

std::vector<RegisterDef> standardRegisters()
{
    std::vector<RegisterDef> r;

    // ---- 4 Context ----------------------------------------------------------------------------
    r.push_back({std::string(reg::issues), "issue", "Context issues", "4.1", "4 Context", "IS",
                 "title",
                 "Internal and external issues that affect what the ISMS can achieve (clause 4.1).",
                 {text("title", "Issue", true),
                  choice("origin", "Internal or external",
                         {{"internal", "Internal"}, {"external", "External"}}, true),
                  choice("category", "Category",
                         {{"political", "Political"}, {"economic", "Economic"},
                          {"social", "Social"}, {"technological", "Technological"},
                          {"legal", "Legal and regulatory"}, {"environmental", "Environmental"},
                          {"organisational", "Organisational"}, {"other", "Other"}}),
                  longText("description", "Description"),
                  longText("effect", "Effect on the ISMS"),
                  boolean("climate_relevant", "Relevant to climate change"),
                  person("owner", "Owner"),
                  date("review_date", "Next review")}});

    r.push_back({std::string(reg::parties), "interested party", "Interested parties", "4.2",
                 "4 Context", "IP", "name",
                 "People and organisations with a stake in information security (clause 4.2).",
                 {text("name", "Party", true),
                  choice("type", "Type",
                         {{"customer", "Customer"}, {"regulator", "Regulator"},
                          {"supplier", "Supplier"}, {"employee", "Employees"},
                          {"owner", "Owners and shareholders"}, {"partner", "Partner"},
                          {"public", "Public"}, {"other", "Other"}}),
                  choice("origin", "Internal or external",
                         {{"internal", "Internal"}, {"external", "External"}}),
                  longText("description", "Description"),
                  text("contact", "Contact"),
                  person("owner", "Relationship owner"),
                  date("review_date", "Next review")}});

    r.push_back({std::string(reg::requirements), "requirement", "Requirements of interested parties",
                 "4.2", "4 Context", "REQ", "title",
                 "What interested parties require, where it comes from and how the ISMS addresses it "
                 "(clause 4.2).",
                 {ref("party", "Interested party", reg::parties, true),
                  text("title", "Requirement", true),
                  longText("details", "Details"),
                  choice("source", "Source",
                         {{"law", "Law"}, {"regulation", "Regulation"}, {"contract", "Contract"},
                          {"standard", "Standard"}, {"expectation", "Expectation"},
                          {"other", "Other"}}),
                  boolean("addressed", "Addressed by the ISMS"),
                  longText("how_addressed", "How it is addressed"),
                  boolean("climate_related", "Climate-change requirement"),
                  date("review_date", "Next review")}});

    r.push_back({std::string(reg::scopes), "scope statement", "Scope", "4.3", "4 Context", "SC",
                 "title",
                 "The boundaries and applicability of the ISMS, one record per version (clause 4.3).",
                 {text("title", "Title", true),
                  longText("statement", "Scope statement", true),
                  longText("boundaries", "Boundaries"),
                  longText("locations", "Locations"),
                  longText("interfaces", "Interfaces and dependencies"),
                  longText("exclusions", "Exclusions and their justification"),
                  text("version", "Version"),
                  choice("status", "Status",
                         {{"draft", "Draft"}, {"approved", "Approved"},
                          {"superseded", "Superseded"}}),
                  person("approved_by", "Approved by"),
                  date("approval_date", "Approval date")}});

    // ---- 5 Leadership -------------------------------------------------------------------------
    r.push_back({std::string(reg::people), "person", "People", "5.3", "5 Leadership", "P", "name",
                 "Everyone who owns, approves or performs something in the ISMS (clause 5.3).",
                 {text("name", "Name", true),
                  text("email", "Email"),
                  text("job_title", "Job title"),
                  text("department", "Department"),
                  person("reports_to", "Reports to"),
                  boolean("active", "Active")}});

    r.push_back({std::string(reg::roles), "role", "Roles and responsibilities", "5.1, 5.3",
                 "5 Leadership", "RO", "title",
                 "Information security roles, who holds them and what they may decide (clause 5.3).",
                 {text("title", "Role", true),
                  person("holder", "Held by"),
                  person("deputy", "Deputy"),
                  longText("responsibilities", "Responsibilities"),
                  longText("authorities", "Authorities"),
                  ref("reports_to", "Reports to role", reg::roles)}});

    r.push_back({std::string(reg::documents), "document", "Documented information", "5.2, 7.5",
                 "5 Leadership", "DOC", "title",
                 "Policies, procedures and records the ISMS keeps under control (clauses 5.2 and "
                 "7.5).",
                 {text("title", "Title", true),
                  choice("type", "Type",
                         {{"policy", "Policy"}, {"procedure", "Procedure"},
                          {"standard", "Standard"}, {"plan", "Plan"}, {"record", "Record"},
                          {"guideline", "Guideline"}, {"other", "Other"}}),
                  text("version", "Version"),
                  person("owner", "Owner"),
                  person("approver", "Approver"),
                  date("approval_date", "Approval date"),
                  choice("status", "Status",
                         {{"draft", "Draft"}, {"in_review", "In review"},
                          {"approved", "Approved"}, {"retired", "Retired"}}),
                  choice("classification", "Classification", kClassification),
                  date("next_review", "Next review"),
                  text("location", "Location"),
                  text("communicated_to", "Communicated to"),
                  choice("mandatory", "Mandatory information it provides",
                         {{"none", "None"},
                          {"scope", "ISMS scope (4.3)"},
                          {"policy", "Information security policy (5.2)"},
                          {"risk_assessment_process", "Risk assessment process (6.1.2)"},
                          {"risk_treatment_process", "Risk treatment process (6.1.3)"},
                          {"soa", "Statement of Applicability (6.1.3 d)"},
                          {"objectives", "Information security objectives (6.2)"},
                          {"competence", "Evidence of competence (7.2)"},
                          {"operational", "Operational planning and control (8.1)"},
                          {"risk_assessment_results", "Risk assessment results (8.2)"},
                          {"risk_treatment_results", "Risk treatment results (8.3)"},
                          {"monitoring", "Monitoring and measurement results (9.1)"},
                          {"audit", "Audit programme and results (9.2)"},
                          {"review", "Management review results (9.3)"},
                          {"nonconformities", "Nonconformities and corrective actions (10.2)"}})}});

    r.push_back({std::string(reg::revisions), "document version", "Document versions", "7.5.2",
                 "5 Leadership", "REV", "version",
                 "The version history of each controlled document (clause 7.5.2).",
                 {ref("document", "Document", reg::documents, true),
                  text("version", "Version", true),
                  datedToday(date("date", "Date")),
                  longText("summary", "What changed"),
                  person("author", "Author"),
                  person("approved_by", "Approved by")}});

    // ---- Assets ---------------------------------------------------------------------------------
    r.push_back({std::string(reg::assets), "asset", "Assets", "A.5.9", "Assets", "A", "name",
                 "Information and the things that hold or process it, with an owner (control A.5.9).",
                 {text("name", "Asset", true),
                  choice("type", "Type",
                         {{"information", "Information"}, {"software", "Software"},
                          {"hardware", "Hardware"}, {"service", "Service"}, {"people", "People"},
                          {"site", "Site"}},
                         true),
                  person("owner", "Owner"),
                  choice("classification", "Classification", kClassification),
                  impact("confidentiality", "Confidentiality value"),
                  impact("integrity", "Integrity value"),
                  impact("availability", "Availability value"),
                  text("location", "Location"),
                  longText("description", "Description")}});

    // ---- 6 Planning ---------------------------------------------------------------------------
    r.push_back({std::string(reg::risks), "risk", "Risks and opportunities", "6.1.2, 8.2",
                 "6 Planning", "R", "title",
                 "Information security risks and opportunities, assessed with the file's own "
                 "methodology (clauses 6.1 and 8.2).",
                 {text("title", "Title", true),
                  choice("kind", "Risk or opportunity",
                         {{"risk", "Risk"}, {"opportunity", "Opportunity"}}),
                  text("threat", "Threat"),
                  text("vulnerability", "Vulnerability"),
                  longText("consequence", "Consequence"),
                  boolean("affects_c", "Affects confidentiality"),
                  boolean("affects_i", "Affects integrity"),
                  boolean("affects_a", "Affects availability"),
                  person("owner", "Risk owner"),
                  likelihood("inherent_likelihood", "Inherent likelihood"),
                  impact("inherent_impact", "Inherent impact"),
                  level("inherent_level", "Inherent level"),
                  longText("existing_controls", "Existing controls"),
                  choice("treatment", "Treatment",
                         {{"modify", "Modify"}, {"retain", "Retain"}, {"avoid", "Avoid"},
                          {"share", "Share"}}),
                  likelihood("residual_likelihood", "Residual likelihood"),
                  impact("residual_impact", "Residual impact"),
                  level("residual_level", "Residual level"),
                  person("accepted_by", "Residual risk accepted by"),
                  date("accepted_on", "Accepted on"),
                  longText("acceptance_reason", "Reason for acceptance"),
                  choice("status", "Status",
                         {{"identified", "Identified"}, {"assessed", "Assessed"},
                          {"treating", "In treatment"}, {"accepted", "Accepted"},
                          {"closed", "Closed"}}),
                  date("review_date", "Next review"),
                  // Last, so schema 3 could add its column without rebuilding the table.
                  longText("notes", "Notes")},
                 // Planned controls were free text beside the risk_controls links until schema 3.
                 {"planned_controls"}});

    r.push_back({std::string(reg::controls), "control", "Statement of Applicability", "6.1.3 d",
                 "6 Planning", "C", "title",
                 "Every Annex A control and each custom control, with the decision to apply it and "
                 "why (clause 6.1.3 d).",
                 {text("title", "Control", true),
                  choice("theme", "Theme",
                         {{"organizational", "Organizational"}, {"people", "People"},
                          {"physical", "Physical"}, {"technological", "Technological"},
                          {"custom", "Custom"}}),
                  choice("applicable", "Applicable",
                         {{"undecided", "Not decided"}, {"yes", "Applicable"},
                          {"no", "Not applicable"}}),
                  boolean("reason_risk", "Reason: risk treatment"),
                  boolean("reason_legal", "Reason: legal or regulatory"),
                  boolean("reason_contractual", "Reason: contractual"),
                  boolean("reason_business", "Reason: business requirement"),
                  longText("justification", "Justification"),
                  choice("implementation", "Implementation",
                         {{"not_started", "Not started"}, {"planned", "Planned"},
                          {"partial", "Partially implemented"}, {"implemented", "Implemented"}}),
                  person("owner", "Owner"),
                  longText("description", "How it is implemented")}});

    r.push_back({std::string(reg::objectives), "objective", "Objectives", "6.2", "6 Planning", "O",
                 "title",
                 "Measurable information security objectives and the plan to achieve them (clause "
                 "6.2).",
                 {text("title", "Objective", true),
                  ref("policy", "Policy", reg::documents),
                  text("measure", "Measure"),
                  text("target", "Target"),
                  text("current_value", "Current value"),
                  person("owner", "Owner"),
                  longText("resources", "Resources"),
                  date("due_date", "Due"),
                  text("evaluation", "How results are evaluated"),
                  longText("plan", "Planned actions"),
                  choice("status", "Status",
                         {{"planned", "Planned"}, {"on_track", "On track"},
                          {"at_risk", "At risk"}, {"achieved", "Achieved"}, {"missed", "Missed"},
                          {"cancelled", "Cancelled"}})}});

    r.push_back({std::string(reg::changes), "planned change", "Planned changes", "6.3",
                 "6 Planning", "CH", "title",
                 "Changes to the ISMS, planned with their purpose and consequences (clause 6.3).",
                 {text("title", "Change", true),
                  longText("purpose", "Purpose"),
                  longText("consequences", "Potential consequences"),
                  longText("resources", "Resources"),
                  person("responsible", "Responsible"),
                  date("planned_date", "Planned for"),
                  choice("status", "Status",
                         {{"proposed", "Proposed"}, {"approved", "Approved"},
                          {"in_progress", "In progress"}, {"done", "Done"},
                          {"cancelled", "Cancelled"}})}});

    // ---- 7 Support ----------------------------------------------------------------------------
    r.push_back({std::string(reg::resources), "resource", "Resources", "7.1", "7 Support", "RS",
                 "title", "The people, budget and tools the ISMS needs (clause 7.1).",
                 {text("title", "Resource", true),
                  choice("type", "Type",
                         {{"people", "People"}, {"budget", "Budget"}, {"tools", "Tools"},
                          {"facilities", "Facilities"}, {"external", "External services"}}),
                  longText("description", "Description"),
                  person("owner", "Owner"),
                  choice("status", "Status",
                         {{"needed", "Needed"}, {"requested", "Requested"},
                          {"provided", "Provided"}})}});

    r.push_back({std::string(reg::competences), "competence", "Competence requirements", "7.2",
                 "7 Support", "CP", "title",
                 "The competence each role needs and how it is acquired (clause 7.2).",
                 {text("title", "Competence", true),
                  ref("role", "Role", reg::roles),
                  longText("description", "Description"),
                  choice("acquired_by", "Acquired by",
                         {{"education", "Education"}, {"training", "Training"},
                          {"experience", "Experience"}, {"mentoring", "Mentoring"}}),
                  date("review_date", "Next review")}});

    r.push_back({std::string(reg::trainings), "training record", "Training records", "7.2",
                 "7 Support", "TR", "title",
                 "Training and qualifications, with evidence, that show people are competent "
                 "(clause 7.2).",
                 {text("title", "Training", true),
                  person("person", "Person"),
                  ref("competence", "Competence", reg::competences),
                  date("date", "Date"),
                  text("provider", "Provider"),
                  choice("result", "Result",
                         {{"planned", "Planned"}, {"completed", "Completed"}, {"passed", "Passed"},
                          {"failed", "Failed"}}),
                  longText("evidence", "Evidence"),
                  date("expires", "Expires")}});

    r.push_back({std::string(reg::campaigns), "awareness campaign", "Awareness", "7.3", "7 Support",
                 "AW", "title",
                 "Campaigns that make people aware of the policy and their part in it (clause 7.3).",
                 {text("title", "Campaign", true),
                  text("audience", "Audience"),
                  longText("message", "Message"),
                  text("channel", "Channel"),
                  date("date", "Date"),
                  person("owner", "Owner"),
                  integer("participants", "Participants"),
                  choice("status", "Status",
                         {{"planned", "Planned"}, {"done", "Done"}, {"cancelled", "Cancelled"}})}});

    r.push_back({std::string(reg::communications), "communication", "Communication plan", "7.4",
                 "7 Support", "COM", "title",
                 "What is communicated, when, with whom, how and by whom (clause 7.4).",
                 {text("title", "What", true),
                  text("frequency", "When"),
                  text("audience", "With whom"),
                  text("channel", "How"),
                  person("responsible", "Who communicates"),
                  date("next_date", "Next occurrence"),
                  choice("status", "Status", {{"active", "Active"}, {"inactive", "Inactive"}})}});

    // ---- 8 Operation --------------------------------------------------------------------------
    r.push_back({std::string(reg::assessments), "risk assessment", "Risk assessments", "8.2",
                 "8 Operation", "RA", "title",
                 "Dated risk assessments, each keeping a snapshot of every risk's levels (clause 8.2).",
                 {text("title", "Assessment", true),
                  date("date", "Date", true),
                  choice("trigger", "Trigger",
                         {{"initial", "Initial assessment"}, {"planned", "Planned interval"},
                          {"change", "Significant change"}}),
                  person("performed_by", "Performed by"),
                  longText("notes", "Notes")}});

    r.push_back({std::string(reg::treatments), "treatment action", "Risk treatment plan",
                 "6.1.3, 8.3", "8 Operation", "RTP", "title",
                 "The actions that implement risk treatment, with owners and due dates (clauses "
                 "6.1.3 and 8.3).",
                 {text("title", "Action", true),
                  person("owner", "Owner"),
                  date("due_date", "Due"),
                  choice("status", "Status", kActionStatus),
                  integer("completion", "Completion (%)"),
                  date("completed_on", "Completed on"),
                  longText("evidence", "Evidence")}});

    // ---- 9 Performance evaluation -------------------------------------------------------------
    r.push_back({std::string(reg::metrics), "metric", "Metrics", "9.1", "9 Performance", "M",
                 "title",
                 "What is monitored and measured, how, how often and by whom (clause 9.1).",
                 {text("title", "What is measured", true),
                  longText("method", "Method"),
                  choice("frequency", "Frequency",
                         {{"weekly", "Weekly"}, {"monthly", "Monthly"}, {"quarterly", "Quarterly"},
                          {"half_yearly", "Half-yearly"}, {"yearly", "Yearly"}}),
                  person("responsible", "Responsible"),
                  real("target_value", "Target"),
                  choice("direction", "Better when",
                         {{"higher", "Higher"}, {"lower", "Lower"}}),
                  text("unit", "Unit"),
                  date("next_due", "Next measurement due"),
                  longText("analysis", "Analysis")}});

    r.push_back({std::string(reg::measurements), "measurement", "Measurements", "9.1",
                 "9 Performance", "MS", "date",
                 "Dated measurements of each metric: its trend (clause 9.1).",
                 {ref("metric", "Metric", reg::metrics, true),
                  date("date", "Date", true),
                  real("value", "Value", true),
                  text("note", "Note")}});

    r.push_back({std::string(reg::programmes), "audit programme", "Audit programme", "9.2.2",
                 "9 Performance", "AP", "title",
                 "The programme of internal audits for a period (clause 9.2.2).",
                 {text("title", "Programme", true),
                  date("period_start", "From"),
                  date("period_end", "To"),
                  person("owner", "Owner"),
                  longText("scope", "Scope and frequency"),
                  longText("methods", "Methods"),
                  person("approved_by", "Approved by"),
                  date("approval_date", "Approval date")}});

    r.push_back({std::string(reg::audits), "audit", "Internal audits", "9.2", "9 Performance", "AU",
                 "title",
                 "Internal audits with their scope, criteria, auditors and report (clause 9.2).",
                 {text("title", "Audit", true),
                  ref("programme", "Programme", reg::programmes),
                  longText("scope", "Scope"),
                  longText("criteria", "Criteria"),
                  person("lead_auditor", "Lead auditor"),
                  person("auditee", "Owner of the audited area"),
                  date("planned_date", "Planned for"),
                  date("held_date", "Held on"),
                  choice("status", "Status",
                         {{"planned", "Planned"}, {"in_progress", "In progress"},
                          {"completed", "Completed"}, {"cancelled", "Cancelled"}}),
                  longText("report", "Report"),
                  longText("conclusion", "Conclusion")}});

    r.push_back({std::string(reg::findings), "finding", "Audit findings", "9.2", "9 Performance",
                 "F", "title",
                 "What audits found: nonconformities, observations and opportunities (clause 9.2).",
                 {ref("audit", "Audit", reg::audits, true),
                  text("title", "Finding", true),
                  // Not required: a new finding has no type until the auditor chooses one.
                  choice("type", "Type",
                         {{"major", "Major nonconformity"}, {"minor", "Minor nonconformity"},
                          {"observation", "Observation"}, {"opportunity", "Opportunity"}}),
                  text("reference", "Clause or control"),
                  longText("description", "Description"),
                  longText("evidence", "Evidence"),
                  choice("status", "Status", {{"open", "Open"}, {"closed", "Closed"}})}});

    r.push_back({std::string(reg::reviews), "management review", "Management reviews", "9.3",
                 "9 Performance", "MR", "title",
                 "Top management's reviews of the ISMS, their inputs, decisions and actions (clause "
                 "9.3).",
                 {text("title", "Review", true),
                  date("planned_date", "Planned for"),
                  date("held_date", "Held on"),
                  person("chair", "Chair"),
                  longText("attendees", "Attendees"),
                  longText("inputs", "Inputs (9.3.2)"),
                  longText("decisions", "Decisions"),
                  longText("actions", "Actions"),
                  choice("status", "Status", {{"planned", "Planned"}, {"held", "Held"}})}});

    // ---- 10 Improvement -----------------------------------------------------------------------
    r.push_back({std::string(reg::nonconformities), "nonconformity", "Nonconformities", "10.2",
                 "10 Improvement", "NC", "title",
                 "Nonconformities, their correction, root cause and the check that corrective "
                 "action worked (clause 10.2).",
                 {text("title", "Nonconformity", true),
                  choice("source", "Source",
                         {{"audit", "Audit"}, {"incident", "Incident"},
                          {"monitoring", "Monitoring"}, {"complaint", "Complaint"},
                          {"review", "Management review"}, {"other", "Other"}},
                         true),
                  text("reference", "Clause or control"),
                  longText("description", "Description"),
                  datedToday(date("raised_on", "Raised on")),
                  person("owner", "Owner"),
                  longText("correction", "Correction"),
                  longText("root_cause", "Root cause"),
                  longText("similar_cases", "Similar cases"),
                  choice("status", "Status",
                         {{"open", "Open"}, {"correcting", "Correcting"},
                          {"verifying", "Checking effectiveness"}, {"closed", "Closed"}}),
                  date("effectiveness_due", "Effectiveness check due"),
                  date("effectiveness_checked_on", "Effectiveness checked on"),
                  choice("effective", "Effective",
                         {{"not_checked", "Not checked"}, {"yes", "Effective"},
                          {"no", "Not effective"}}),
                  date("closed_on", "Closed on")}});

    r.push_back({std::string(reg::actions), "corrective action", "Corrective actions", "10.2",
                 "10 Improvement", "CA", "title",
                 "Actions that remove the cause of a nonconformity (clause 10.2).",
                 {ref("nonconformity", "Nonconformity", reg::nonconformities, true),
                  text("title", "Action", true),
                  person("owner", "Owner"),
                  date("due_date", "Due"),
                  choice("status", "Status", kActionStatus),
                  date("completed_on", "Completed on")}});

    r.push_back({std::string(reg::improvements), "improvement", "Improvements", "10.1",
                 "10 Improvement", "IM", "title",
                 "Opportunities to improve the ISMS and what was decided about them (clause 10.1).",
                 {text("title", "Opportunity", true),
                  choice("source", "Source",
                         {{"review", "Management review"}, {"audit", "Audit"},
                          {"suggestion", "Suggestion"}, {"incident", "Incident"},
                          {"monitoring", "Monitoring"}, {"other", "Other"}}),
                  longText("description", "Description"),
                  choice("decision", "Decision",
                         {{"proposed", "Proposed"}, {"accepted", "Accepted"},
                          {"rejected", "Rejected"}, {"deferred", "Deferred"}}),
                  person("owner", "Owner"),
                  date("due_date", "Due"),
                  choice("status", "Status", kActionStatus)}});

    // ---- Requirement checklist ----------------------------------------------------------------
    r.push_back({std::string(reg::clauses), "clause", "Requirement checklist", "4-10", "Checklist",
                 "CL", "title",
                 "Every requirement of clauses 4 to 10, its status and the records that evidence it.",
                 {text("title", "Requirement", true),
                  longText("summary", "What it asks for"),
                  choice("status", "Status",
                         {{"not_started", "Not started"}, {"in_progress", "In progress"},
                          {"met", "Met"}}),
                  person("responsible", "Responsible"),
                  longText("notes", "Notes")}});
    return r;
}

std::vector<LinkDef> standardLinks()
{
    auto link = [](std::string key, std::string_view from, std::string_view to, std::string label,
                   std::string reverse) {
        return LinkDef{std::move(key), std::string(from), std::string(to), std::move(label),
                       std::move(reverse)};
    };
    return {
        link("issue_risks", reg::issues, reg::risks, "Gives rise to risk", "Arises from issue"),
        link("requirement_controls", reg::requirements, reg::controls, "Addressed by control",
             "Addresses requirement"),
        link("requirement_documents", reg::requirements, reg::documents, "Addressed by document",
             "Addresses requirement"),
        link("risk_assets", reg::risks, reg::assets, "Affects asset", "At risk from"),
        link("risk_controls", reg::risks, reg::controls, "Treated by control", "Treats risk"),
        link("treatment_risks", reg::treatments, reg::risks, "Treats risk", "Treatment action"),
        link("treatment_controls", reg::treatments, reg::controls, "Implements control",
             "Implemented by action"),
        link("control_documents", reg::controls, reg::documents, "Documented in",
             "Documents control"),
        link("objective_metrics", reg::objectives, reg::metrics, "Measured by",
             "Measures objective"),
        link("audit_auditors", reg::audits, reg::people, "Audit team member", "Audits"),
        link("finding_nonconformities", reg::findings, reg::nonconformities,
             "Raised nonconformity", "Raised by finding"),
        link("nonconformity_risks", reg::nonconformities, reg::risks, "Concerns risk",
             "Nonconformity about it"),
        link("nonconformity_controls", reg::nonconformities, reg::controls, "Concerns control",
             "Nonconformity about it"),
        link("action_documents", reg::actions, reg::documents, "Evidenced by document",
             "Evidences corrective action"),
        link("review_improvements", reg::reviews, reg::improvements, "Decided improvement",
             "Decided at review"),
        link("clause_evidence", reg::clauses, "*", "Evidenced by", "Evidences requirement"),
    };
}

} // namespace

const Catalogue& Catalogue::standard()
{
    static const Catalogue catalogue(standardRegisters(), standardLinks());
    return catalogue;
}

Catalogue::Catalogue(std::vector<RegisterDef> registers, std::vector<LinkDef> links)
    : m_registers(std::move(registers)), m_links(std::move(links))
{
}

const RegisterDef* Catalogue::find(std::string_view key) const
{
    for (const auto& r : m_registers)
        if (r.key == key)
            return &r;
    return nullptr;
}

const RegisterDef& Catalogue::get(std::string_view key) const
{
    if (const auto* r = find(key))
        return *r;
    throw std::logic_error("no register named " + std::string(key));
}

const LinkDef* Catalogue::findLink(std::string_view key) const
{
    for (const auto& l : m_links)
        if (l.key == key)
            return &l;
    return nullptr;
}

const LinkDef& Catalogue::link(std::string_view key) const
{
    if (const auto* l = findLink(key))
        return *l;
    throw std::logic_error("no link named " + std::string(key));
}

std::vector<const LinkDef*> Catalogue::linksOf(std::string_view registerKey) const
{
    std::vector<const LinkDef*> result;
    for (const auto& l : m_links)
        if (l.from == registerKey || l.to == registerKey || l.to == "*")
            result.push_back(&l);
    return result;
}

} // namespace isms
