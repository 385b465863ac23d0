#include "catalogue.h"
#include "translatable.h"

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
                    QT_TRANSLATE_NOOP("isms::domain", "Computed from likelihood and impact with the file's risk matrix.")};
}

const std::vector<EnumOption> kClassification{
    {"public", QT_TRANSLATE_NOOP("isms::domain", "Public")}, {"internal", QT_TRANSLATE_NOOP("isms::domain", "Internal")}, {"confidential", QT_TRANSLATE_NOOP("isms::domain", "Confidential")},
    {"restricted", QT_TRANSLATE_NOOP("isms::domain", "Restricted")}};
const std::vector<EnumOption> kActionStatus{
    {"planned", QT_TRANSLATE_NOOP("isms::domain", "Planned")}, {"in_progress", QT_TRANSLATE_NOOP("isms::domain", "In progress")}, {"done", QT_TRANSLATE_NOOP("isms::domain", "Done")},
    {"cancelled", QT_TRANSLATE_NOOP("isms::domain", "Cancelled")}};

std::vector<RegisterDef> standardRegisters()
{
    std::vector<RegisterDef> r;

    // ---- 4 Context ----------------------------------------------------------------------------
    r.push_back({std::string(reg::issues), QT_TRANSLATE_NOOP("isms::domain", "issue"), QT_TRANSLATE_NOOP("isms::domain", "Context issues"), "4.1", QT_TRANSLATE_NOOP("isms::domain", "4 Context"), "IS",
                 "title",
                 QT_TRANSLATE_NOOP("isms::domain", "Internal and external issues that affect what the ISMS can achieve (clause 4.1)."),
                 {text("title", QT_TRANSLATE_NOOP("isms::domain", "Issue"), true),
                  choice("origin", QT_TRANSLATE_NOOP("isms::domain", "Internal or external"),
                         {{"internal", QT_TRANSLATE_NOOP("isms::domain", "Internal")}, {"external", QT_TRANSLATE_NOOP("isms::domain", "External")}}, true),
                  choice("category", QT_TRANSLATE_NOOP("isms::domain", "Category"),
                         {{"political", QT_TRANSLATE_NOOP("isms::domain", "Political")}, {"economic", QT_TRANSLATE_NOOP("isms::domain", "Economic")},
                          {"social", QT_TRANSLATE_NOOP("isms::domain", "Social")}, {"technological", QT_TRANSLATE_NOOP("isms::domain", "Technological")},
                          {"legal", QT_TRANSLATE_NOOP("isms::domain", "Legal and regulatory")}, {"environmental", QT_TRANSLATE_NOOP("isms::domain", "Environmental")},
                          {"organisational", QT_TRANSLATE_NOOP("isms::domain", "Organisational")}, {"other", QT_TRANSLATE_NOOP("isms::domain", "Other")}}),
                  longText("description", QT_TRANSLATE_NOOP("isms::domain", "Description")),
                  longText("effect", QT_TRANSLATE_NOOP("isms::domain", "Effect on the ISMS")),
                  boolean("climate_relevant", QT_TRANSLATE_NOOP("isms::domain", "Relevant to climate change")),
                  person("owner", QT_TRANSLATE_NOOP("isms::domain", "Owner")),
                  date("review_date", QT_TRANSLATE_NOOP("isms::domain", "Next review"))}});

    r.push_back({std::string(reg::parties), QT_TRANSLATE_NOOP("isms::domain", "interested party"), QT_TRANSLATE_NOOP("isms::domain", "Interested parties"), "4.2",
                 QT_TRANSLATE_NOOP("isms::domain", "4 Context"), "IP", "name",
                 QT_TRANSLATE_NOOP("isms::domain", "People and organisations with a stake in information security (clause 4.2)."),
                 {text("name", QT_TRANSLATE_NOOP("isms::domain", "Party"), true),
                  choice("type", QT_TRANSLATE_NOOP("isms::domain", "Type"),
                         {{"customer", QT_TRANSLATE_NOOP("isms::domain", "Customer")}, {"regulator", QT_TRANSLATE_NOOP("isms::domain", "Regulator")},
                          {"supplier", QT_TRANSLATE_NOOP("isms::domain", "Supplier")}, {"employee", QT_TRANSLATE_NOOP("isms::domain", "Employees")},
                          {"owner", QT_TRANSLATE_NOOP("isms::domain", "Owners and shareholders")}, {"partner", QT_TRANSLATE_NOOP("isms::domain", "Partner")},
                          {"public", QT_TRANSLATE_NOOP("isms::domain", "Public")}, {"other", QT_TRANSLATE_NOOP("isms::domain", "Other")}}),
                  choice("origin", QT_TRANSLATE_NOOP("isms::domain", "Internal or external"),
                         {{"internal", QT_TRANSLATE_NOOP("isms::domain", "Internal")}, {"external", QT_TRANSLATE_NOOP("isms::domain", "External")}}),
                  longText("description", QT_TRANSLATE_NOOP("isms::domain", "Description")),
                  text("contact", QT_TRANSLATE_NOOP("isms::domain", "Contact")),
                  person("owner", QT_TRANSLATE_NOOP("isms::domain", "Relationship owner")),
                  date("review_date", QT_TRANSLATE_NOOP("isms::domain", "Next review"))}});

    r.push_back({std::string(reg::requirements), QT_TRANSLATE_NOOP("isms::domain", "requirement"), QT_TRANSLATE_NOOP("isms::domain", "Requirements of interested parties"),
                 "4.2", QT_TRANSLATE_NOOP("isms::domain", "4 Context"), "REQ", "title",
                 QT_TRANSLATE_NOOP("isms::domain", "What interested parties require, where it comes from and how the ISMS addresses it "
                 "(clause 4.2)."),
                 {ref("party", QT_TRANSLATE_NOOP("isms::domain", "Interested party"), reg::parties, true),
                  text("title", QT_TRANSLATE_NOOP("isms::domain", "Requirement"), true),
                  longText("details", QT_TRANSLATE_NOOP("isms::domain", "Details")),
                  choice("source", QT_TRANSLATE_NOOP("isms::domain", "Source"),
                         {{"law", QT_TRANSLATE_NOOP("isms::domain", "Law")}, {"regulation", QT_TRANSLATE_NOOP("isms::domain", "Regulation")}, {"contract", QT_TRANSLATE_NOOP("isms::domain", "Contract")},
                          {"standard", QT_TRANSLATE_NOOP("isms::domain", "Standard")}, {"expectation", QT_TRANSLATE_NOOP("isms::domain", "Expectation")},
                          {"other", QT_TRANSLATE_NOOP("isms::domain", "Other")}}),
                  boolean("addressed", QT_TRANSLATE_NOOP("isms::domain", "Addressed by the ISMS")),
                  longText("how_addressed", QT_TRANSLATE_NOOP("isms::domain", "How it is addressed")),
                  boolean("climate_related", QT_TRANSLATE_NOOP("isms::domain", "Climate-change requirement")),
                  date("review_date", QT_TRANSLATE_NOOP("isms::domain", "Next review"))}});

    r.push_back({std::string(reg::scopes), QT_TRANSLATE_NOOP("isms::domain", "scope statement"), QT_TRANSLATE_NOOP("isms::domain", "Scope"), "4.3", QT_TRANSLATE_NOOP("isms::domain", "4 Context"), "SC",
                 "title",
                 QT_TRANSLATE_NOOP("isms::domain", "The boundaries and applicability of the ISMS, one record per version (clause 4.3)."),
                 {text("title", QT_TRANSLATE_NOOP("isms::domain", "Title"), true),
                  longText("statement", QT_TRANSLATE_NOOP("isms::domain", "Scope statement"), true),
                  longText("boundaries", QT_TRANSLATE_NOOP("isms::domain", "Boundaries")),
                  longText("locations", QT_TRANSLATE_NOOP("isms::domain", "Locations")),
                  longText("interfaces", QT_TRANSLATE_NOOP("isms::domain", "Interfaces and dependencies")),
                  longText("exclusions", QT_TRANSLATE_NOOP("isms::domain", "Exclusions and their justification")),
                  text("version", QT_TRANSLATE_NOOP("isms::domain", "Version")),
                  choice("status", QT_TRANSLATE_NOOP("isms::domain", "Status"),
                         {{"draft", QT_TRANSLATE_NOOP("isms::domain", "Draft")}, {"approved", QT_TRANSLATE_NOOP("isms::domain", "Approved")},
                          {"superseded", QT_TRANSLATE_NOOP("isms::domain", "Superseded")}}),
                  person("approved_by", QT_TRANSLATE_NOOP("isms::domain", "Approved by")),
                  date("approval_date", QT_TRANSLATE_NOOP("isms::domain", "Approval date"))}});

    // ---- 5 Leadership -------------------------------------------------------------------------
    r.push_back({std::string(reg::people), QT_TRANSLATE_NOOP("isms::domain", "person"), QT_TRANSLATE_NOOP("isms::domain", "People"), "5.3", QT_TRANSLATE_NOOP("isms::domain", "5 Leadership"), "P", "name",
                 QT_TRANSLATE_NOOP("isms::domain", "Everyone who owns, approves or performs something in the ISMS (clause 5.3)."),
                 {text("name", QT_TRANSLATE_NOOP("isms::domain", "Name"), true),
                  text("email", QT_TRANSLATE_NOOP("isms::domain", "Email")),
                  text("job_title", QT_TRANSLATE_NOOP("isms::domain", "Job title")),
                  text("department", QT_TRANSLATE_NOOP("isms::domain", "Department")),
                  person("reports_to", QT_TRANSLATE_NOOP("isms::domain", "Reports to")),
                  boolean("active", QT_TRANSLATE_NOOP("isms::domain", "Active"))}});

    r.push_back({std::string(reg::roles), QT_TRANSLATE_NOOP("isms::domain", "role"), QT_TRANSLATE_NOOP("isms::domain", "Roles and responsibilities"), "5.1, 5.3",
                 QT_TRANSLATE_NOOP("isms::domain", "5 Leadership"), "RO", "title",
                 QT_TRANSLATE_NOOP("isms::domain", "Information security roles, who holds them and what they may decide (clause 5.3)."),
                 {text("title", QT_TRANSLATE_NOOP("isms::domain", "Role"), true),
                  person("holder", QT_TRANSLATE_NOOP("isms::domain", "Held by")),
                  person("deputy", QT_TRANSLATE_NOOP("isms::domain", "Deputy")),
                  longText("responsibilities", QT_TRANSLATE_NOOP("isms::domain", "Responsibilities")),
                  longText("authorities", QT_TRANSLATE_NOOP("isms::domain", "Authorities")),
                  ref("reports_to", QT_TRANSLATE_NOOP("isms::domain", "Reports to role"), reg::roles)}});

    r.push_back({std::string(reg::documents), QT_TRANSLATE_NOOP("isms::domain", "document"), QT_TRANSLATE_NOOP("isms::domain", "Documented information"), "5.2, 7.5",
                 QT_TRANSLATE_NOOP("isms::domain", "5 Leadership"), "DOC", "title",
                 QT_TRANSLATE_NOOP("isms::domain", "Policies, procedures and records the ISMS keeps under control (clauses 5.2 and "
                 "7.5)."),
                 {text("title", QT_TRANSLATE_NOOP("isms::domain", "Title"), true),
                  choice("type", QT_TRANSLATE_NOOP("isms::domain", "Type"),
                         {{"policy", QT_TRANSLATE_NOOP("isms::domain", "Policy")}, {"procedure", QT_TRANSLATE_NOOP("isms::domain", "Procedure")},
                          {"standard", QT_TRANSLATE_NOOP("isms::domain", "Standard")}, {"plan", QT_TRANSLATE_NOOP("isms::domain", "Plan")}, {"record", QT_TRANSLATE_NOOP("isms::domain", "Record")},
                          {"guideline", QT_TRANSLATE_NOOP("isms::domain", "Guideline")}, {"other", QT_TRANSLATE_NOOP("isms::domain", "Other")}}),
                  text("version", QT_TRANSLATE_NOOP("isms::domain", "Version")),
                  person("owner", QT_TRANSLATE_NOOP("isms::domain", "Owner")),
                  person("approver", QT_TRANSLATE_NOOP("isms::domain", "Approver")),
                  date("approval_date", QT_TRANSLATE_NOOP("isms::domain", "Approval date")),
                  choice("status", QT_TRANSLATE_NOOP("isms::domain", "Status"),
                         {{"draft", QT_TRANSLATE_NOOP("isms::domain", "Draft")}, {"in_review", QT_TRANSLATE_NOOP("isms::domain", "In review")},
                          {"approved", QT_TRANSLATE_NOOP("isms::domain", "Approved")}, {"retired", QT_TRANSLATE_NOOP("isms::domain", "Retired")}}),
                  choice("classification", QT_TRANSLATE_NOOP("isms::domain", "Classification"), kClassification),
                  date("next_review", QT_TRANSLATE_NOOP("isms::domain", "Next review")),
                  text("location", QT_TRANSLATE_NOOP("isms::domain", "Location")),
                  text("communicated_to", QT_TRANSLATE_NOOP("isms::domain", "Communicated to")),
                  choice("mandatory", QT_TRANSLATE_NOOP("isms::domain", "Mandatory information it provides"),
                         {{"none", QT_TRANSLATE_NOOP("isms::domain", "None")},
                          {"scope", QT_TRANSLATE_NOOP("isms::domain", "ISMS scope (4.3)")},
                          {"policy", QT_TRANSLATE_NOOP("isms::domain", "Information security policy (5.2)")},
                          {"risk_assessment_process", QT_TRANSLATE_NOOP("isms::domain", "Risk assessment process (6.1.2)")},
                          {"risk_treatment_process", QT_TRANSLATE_NOOP("isms::domain", "Risk treatment process (6.1.3)")},
                          {"soa", QT_TRANSLATE_NOOP("isms::domain", "Statement of Applicability (6.1.3 d)")},
                          {"objectives", QT_TRANSLATE_NOOP("isms::domain", "Information security objectives (6.2)")},
                          {"competence", QT_TRANSLATE_NOOP("isms::domain", "Evidence of competence (7.2)")},
                          {"operational", QT_TRANSLATE_NOOP("isms::domain", "Operational planning and control (8.1)")},
                          {"risk_assessment_results", QT_TRANSLATE_NOOP("isms::domain", "Risk assessment results (8.2)")},
                          {"risk_treatment_results", QT_TRANSLATE_NOOP("isms::domain", "Risk treatment results (8.3)")},
                          {"monitoring", QT_TRANSLATE_NOOP("isms::domain", "Monitoring and measurement results (9.1)")},
                          {"audit", QT_TRANSLATE_NOOP("isms::domain", "Audit programme and results (9.2)")},
                          {"review", QT_TRANSLATE_NOOP("isms::domain", "Management review results (9.3)")},
                          {"nonconformities", QT_TRANSLATE_NOOP("isms::domain", "Nonconformities and corrective actions (10.2)")}})}});

    r.push_back({std::string(reg::revisions), QT_TRANSLATE_NOOP("isms::domain", "document version"), QT_TRANSLATE_NOOP("isms::domain", "Document versions"), "7.5.2",
                 QT_TRANSLATE_NOOP("isms::domain", "5 Leadership"), "REV", "version",
                 QT_TRANSLATE_NOOP("isms::domain", "The version history of each controlled document (clause 7.5.2)."),
                 {ref("document", QT_TRANSLATE_NOOP("isms::domain", "Document"), reg::documents, true),
                  text("version", QT_TRANSLATE_NOOP("isms::domain", "Version"), true),
                  datedToday(date("date", QT_TRANSLATE_NOOP("isms::domain", "Date"))),
                  longText("summary", QT_TRANSLATE_NOOP("isms::domain", "What changed")),
                  person("author", QT_TRANSLATE_NOOP("isms::domain", "Author")),
                  person("approved_by", QT_TRANSLATE_NOOP("isms::domain", "Approved by"))}});

    // ---- Assets ---------------------------------------------------------------------------------
    r.push_back({std::string(reg::assets), QT_TRANSLATE_NOOP("isms::domain", "asset"), QT_TRANSLATE_NOOP("isms::domain", "Assets"), QT_TRANSLATE_NOOP("isms::domain", "A.5.9"), QT_TRANSLATE_NOOP("isms::domain", "Assets"), "A", "name",
                 QT_TRANSLATE_NOOP("isms::domain", "Information and the things that hold or process it, with an owner (control A.5.9)."),
                 {text("name", QT_TRANSLATE_NOOP("isms::domain", "Asset"), true),
                  choice("type", QT_TRANSLATE_NOOP("isms::domain", "Type"),
                         {{"information", QT_TRANSLATE_NOOP("isms::domain", "Information")}, {"software", QT_TRANSLATE_NOOP("isms::domain", "Software")},
                          {"hardware", QT_TRANSLATE_NOOP("isms::domain", "Hardware")}, {"service", QT_TRANSLATE_NOOP("isms::domain", "Service")}, {"people", QT_TRANSLATE_NOOP("isms::domain", "People")},
                          {"site", QT_TRANSLATE_NOOP("isms::domain", "Site")}},
                         true),
                  person("owner", QT_TRANSLATE_NOOP("isms::domain", "Owner")),
                  choice("classification", QT_TRANSLATE_NOOP("isms::domain", "Classification"), kClassification),
                  impact("confidentiality", QT_TRANSLATE_NOOP("isms::domain", "Confidentiality value")),
                  impact("integrity", QT_TRANSLATE_NOOP("isms::domain", "Integrity value")),
                  impact("availability", QT_TRANSLATE_NOOP("isms::domain", "Availability value")),
                  text("location", QT_TRANSLATE_NOOP("isms::domain", "Location")),
                  longText("description", QT_TRANSLATE_NOOP("isms::domain", "Description"))}});

    // ---- 6 Planning ---------------------------------------------------------------------------
    r.push_back({std::string(reg::risks), QT_TRANSLATE_NOOP("isms::domain", "risk"), QT_TRANSLATE_NOOP("isms::domain", "Risks and opportunities"), "6.1.2, 8.2",
                 QT_TRANSLATE_NOOP("isms::domain", "6 Planning"), "R", "title",
                 QT_TRANSLATE_NOOP("isms::domain", "Information security risks and opportunities, assessed with the file's own "
                 "methodology (clauses 6.1 and 8.2)."),
                 {text("title", QT_TRANSLATE_NOOP("isms::domain", "Title"), true),
                  choice("kind", QT_TRANSLATE_NOOP("isms::domain", "Risk or opportunity"),
                         {{"risk", QT_TRANSLATE_NOOP("isms::domain", "Risk")}, {"opportunity", QT_TRANSLATE_NOOP("isms::domain", "Opportunity")}}),
                  text("threat", QT_TRANSLATE_NOOP("isms::domain", "Threat")),
                  text("vulnerability", QT_TRANSLATE_NOOP("isms::domain", "Vulnerability")),
                  longText("consequence", QT_TRANSLATE_NOOP("isms::domain", "Consequence")),
                  boolean("affects_c", QT_TRANSLATE_NOOP("isms::domain", "Affects confidentiality")),
                  boolean("affects_i", QT_TRANSLATE_NOOP("isms::domain", "Affects integrity")),
                  boolean("affects_a", QT_TRANSLATE_NOOP("isms::domain", "Affects availability")),
                  person("owner", QT_TRANSLATE_NOOP("isms::domain", "Risk owner")),
                  likelihood("inherent_likelihood", QT_TRANSLATE_NOOP("isms::domain", "Inherent likelihood")),
                  impact("inherent_impact", QT_TRANSLATE_NOOP("isms::domain", "Inherent impact")),
                  level("inherent_level", QT_TRANSLATE_NOOP("isms::domain", "Inherent level")),
                  longText("existing_controls", QT_TRANSLATE_NOOP("isms::domain", "Existing controls")),
                  choice("treatment", QT_TRANSLATE_NOOP("isms::domain", "Treatment"),
                         {{"modify", QT_TRANSLATE_NOOP("isms::domain", "Modify")}, {"retain", QT_TRANSLATE_NOOP("isms::domain", "Retain")}, {"avoid", QT_TRANSLATE_NOOP("isms::domain", "Avoid")},
                          {"share", QT_TRANSLATE_NOOP("isms::domain", "Share")}}),
                  likelihood("residual_likelihood", QT_TRANSLATE_NOOP("isms::domain", "Residual likelihood")),
                  impact("residual_impact", QT_TRANSLATE_NOOP("isms::domain", "Residual impact")),
                  level("residual_level", QT_TRANSLATE_NOOP("isms::domain", "Residual level")),
                  person("accepted_by", QT_TRANSLATE_NOOP("isms::domain", "Residual risk accepted by")),
                  date("accepted_on", QT_TRANSLATE_NOOP("isms::domain", "Accepted on")),
                  longText("acceptance_reason", QT_TRANSLATE_NOOP("isms::domain", "Reason for acceptance")),
                  choice("status", QT_TRANSLATE_NOOP("isms::domain", "Status"),
                         {{"identified", QT_TRANSLATE_NOOP("isms::domain", "Identified")}, {"assessed", QT_TRANSLATE_NOOP("isms::domain", "Assessed")},
                          {"treating", QT_TRANSLATE_NOOP("isms::domain", "In treatment")}, {"accepted", QT_TRANSLATE_NOOP("isms::domain", "Accepted")},
                          {"closed", QT_TRANSLATE_NOOP("isms::domain", "Closed")}}),
                  date("review_date", QT_TRANSLATE_NOOP("isms::domain", "Next review")),
                  // Last, so schema 3 could add its column without rebuilding the table.
                  longText("notes", QT_TRANSLATE_NOOP("isms::domain", "Notes"))},
                 // Planned controls were free text beside the risk_controls links until schema 3.
                 {"planned_controls"}});

    r.push_back({std::string(reg::controls), QT_TRANSLATE_NOOP("isms::domain", "control"), QT_TRANSLATE_NOOP("isms::domain", "Statement of Applicability"), "6.1.3 d",
                 QT_TRANSLATE_NOOP("isms::domain", "6 Planning"), "C", "title",
                 QT_TRANSLATE_NOOP("isms::domain", "Every Annex A control and each custom control, with the decision to apply it and "
                 "why (clause 6.1.3 d)."),
                 {text("title", QT_TRANSLATE_NOOP("isms::domain", "Control"), true),
                  choice("theme", QT_TRANSLATE_NOOP("isms::domain", "Theme"),
                         {{"organizational", QT_TRANSLATE_NOOP("isms::domain", "Organizational")}, {"people", QT_TRANSLATE_NOOP("isms::domain", "People")},
                          {"physical", QT_TRANSLATE_NOOP("isms::domain", "Physical")}, {"technological", QT_TRANSLATE_NOOP("isms::domain", "Technological")},
                          {"custom", QT_TRANSLATE_NOOP("isms::domain", "Custom")}}),
                  choice("applicable", QT_TRANSLATE_NOOP("isms::domain", "Applicable"),
                         {{"undecided", QT_TRANSLATE_NOOP("isms::domain", "Not decided")}, {"yes", QT_TRANSLATE_NOOP("isms::domain", "Applicable")},
                          {"no", QT_TRANSLATE_NOOP("isms::domain", "Not applicable")}}),
                  boolean("reason_risk", QT_TRANSLATE_NOOP("isms::domain", "Reason: risk treatment")),
                  boolean("reason_legal", QT_TRANSLATE_NOOP("isms::domain", "Reason: legal or regulatory")),
                  boolean("reason_contractual", QT_TRANSLATE_NOOP("isms::domain", "Reason: contractual")),
                  boolean("reason_business", QT_TRANSLATE_NOOP("isms::domain", "Reason: business requirement")),
                  longText("justification", QT_TRANSLATE_NOOP("isms::domain", "Justification")),
                  choice("implementation", QT_TRANSLATE_NOOP("isms::domain", "Implementation"),
                         {{"not_started", QT_TRANSLATE_NOOP("isms::domain", "Not started")}, {"planned", QT_TRANSLATE_NOOP("isms::domain", "Planned")},
                          {"partial", QT_TRANSLATE_NOOP("isms::domain", "Partially implemented")}, {"implemented", QT_TRANSLATE_NOOP("isms::domain", "Implemented")}}),
                  person("owner", QT_TRANSLATE_NOOP("isms::domain", "Owner")),
                  longText("description", QT_TRANSLATE_NOOP("isms::domain", "How it is implemented"))}});

    r.push_back({std::string(reg::objectives), QT_TRANSLATE_NOOP("isms::domain", "objective"), QT_TRANSLATE_NOOP("isms::domain", "Objectives"), "6.2", QT_TRANSLATE_NOOP("isms::domain", "6 Planning"), "O",
                 "title",
                 QT_TRANSLATE_NOOP("isms::domain", "Measurable information security objectives and the plan to achieve them (clause "
                 "6.2)."),
                 {text("title", QT_TRANSLATE_NOOP("isms::domain", "Objective"), true),
                  ref("policy", QT_TRANSLATE_NOOP("isms::domain", "Policy"), reg::documents),
                  text("measure", QT_TRANSLATE_NOOP("isms::domain", "Measure")),
                  text("target", QT_TRANSLATE_NOOP("isms::domain", "Target")),
                  text("current_value", QT_TRANSLATE_NOOP("isms::domain", "Current value")),
                  person("owner", QT_TRANSLATE_NOOP("isms::domain", "Owner")),
                  longText("resources", QT_TRANSLATE_NOOP("isms::domain", "Resources")),
                  date("due_date", QT_TRANSLATE_NOOP("isms::domain", "Due")),
                  text("evaluation", QT_TRANSLATE_NOOP("isms::domain", "How results are evaluated")),
                  longText("plan", QT_TRANSLATE_NOOP("isms::domain", "Planned actions")),
                  choice("status", QT_TRANSLATE_NOOP("isms::domain", "Status"),
                         {{"planned", QT_TRANSLATE_NOOP("isms::domain", "Planned")}, {"on_track", QT_TRANSLATE_NOOP("isms::domain", "On track")},
                          {"at_risk", QT_TRANSLATE_NOOP("isms::domain", "At risk")}, {"achieved", QT_TRANSLATE_NOOP("isms::domain", "Achieved")}, {"missed", QT_TRANSLATE_NOOP("isms::domain", "Missed")},
                          {"cancelled", QT_TRANSLATE_NOOP("isms::domain", "Cancelled")}})}});

    r.push_back({std::string(reg::changes), QT_TRANSLATE_NOOP("isms::domain", "planned change"), QT_TRANSLATE_NOOP("isms::domain", "Planned changes"), "6.3",
                 QT_TRANSLATE_NOOP("isms::domain", "6 Planning"), "CH", "title",
                 QT_TRANSLATE_NOOP("isms::domain", "Changes to the ISMS, planned with their purpose and consequences (clause 6.3)."),
                 {text("title", QT_TRANSLATE_NOOP("isms::domain", "Change"), true),
                  longText("purpose", QT_TRANSLATE_NOOP("isms::domain", "Purpose")),
                  longText("consequences", QT_TRANSLATE_NOOP("isms::domain", "Potential consequences")),
                  longText("resources", QT_TRANSLATE_NOOP("isms::domain", "Resources")),
                  person("responsible", QT_TRANSLATE_NOOP("isms::domain", "Responsible")),
                  date("planned_date", QT_TRANSLATE_NOOP("isms::domain", "Planned for")),
                  choice("status", QT_TRANSLATE_NOOP("isms::domain", "Status"),
                         {{"proposed", QT_TRANSLATE_NOOP("isms::domain", "Proposed")}, {"approved", QT_TRANSLATE_NOOP("isms::domain", "Approved")},
                          {"in_progress", QT_TRANSLATE_NOOP("isms::domain", "In progress")}, {"done", QT_TRANSLATE_NOOP("isms::domain", "Done")},
                          {"cancelled", QT_TRANSLATE_NOOP("isms::domain", "Cancelled")}})}});

    // ---- 7 Support ----------------------------------------------------------------------------
    r.push_back({std::string(reg::resources), QT_TRANSLATE_NOOP("isms::domain", "resource"), QT_TRANSLATE_NOOP("isms::domain", "Resources"), "7.1", QT_TRANSLATE_NOOP("isms::domain", "7 Support"), "RS",
                 "title", QT_TRANSLATE_NOOP("isms::domain", "The people, budget and tools the ISMS needs (clause 7.1)."),
                 {text("title", QT_TRANSLATE_NOOP("isms::domain", "Resource"), true),
                  choice("type", QT_TRANSLATE_NOOP("isms::domain", "Type"),
                         {{"people", QT_TRANSLATE_NOOP("isms::domain", "People")}, {"budget", QT_TRANSLATE_NOOP("isms::domain", "Budget")}, {"tools", QT_TRANSLATE_NOOP("isms::domain", "Tools")},
                          {"facilities", QT_TRANSLATE_NOOP("isms::domain", "Facilities")}, {"external", QT_TRANSLATE_NOOP("isms::domain", "External services")}}),
                  longText("description", QT_TRANSLATE_NOOP("isms::domain", "Description")),
                  person("owner", QT_TRANSLATE_NOOP("isms::domain", "Owner")),
                  choice("status", QT_TRANSLATE_NOOP("isms::domain", "Status"),
                         {{"needed", QT_TRANSLATE_NOOP("isms::domain", "Needed")}, {"requested", QT_TRANSLATE_NOOP("isms::domain", "Requested")},
                          {"provided", QT_TRANSLATE_NOOP("isms::domain", "Provided")}})}});

    r.push_back({std::string(reg::competences), QT_TRANSLATE_NOOP("isms::domain", "competence"), QT_TRANSLATE_NOOP("isms::domain", "Competence requirements"), "7.2",
                 QT_TRANSLATE_NOOP("isms::domain", "7 Support"), "CP", "title",
                 QT_TRANSLATE_NOOP("isms::domain", "The competence each role needs and how it is acquired (clause 7.2)."),
                 {text("title", QT_TRANSLATE_NOOP("isms::domain", "Competence"), true),
                  ref("role", QT_TRANSLATE_NOOP("isms::domain", "Role"), reg::roles),
                  longText("description", QT_TRANSLATE_NOOP("isms::domain", "Description")),
                  choice("acquired_by", QT_TRANSLATE_NOOP("isms::domain", "Acquired by"),
                         {{"education", QT_TRANSLATE_NOOP("isms::domain", "Education")}, {"training", QT_TRANSLATE_NOOP("isms::domain", "Training")},
                          {"experience", QT_TRANSLATE_NOOP("isms::domain", "Experience")}, {"mentoring", QT_TRANSLATE_NOOP("isms::domain", "Mentoring")}}),
                  date("review_date", QT_TRANSLATE_NOOP("isms::domain", "Next review"))}});

    r.push_back({std::string(reg::trainings), QT_TRANSLATE_NOOP("isms::domain", "training record"), QT_TRANSLATE_NOOP("isms::domain", "Training records"), "7.2",
                 QT_TRANSLATE_NOOP("isms::domain", "7 Support"), "TR", "title",
                 QT_TRANSLATE_NOOP("isms::domain", "Training and qualifications, with evidence, that show people are competent "
                 "(clause 7.2)."),
                 {text("title", QT_TRANSLATE_NOOP("isms::domain", "Training"), true),
                  person("person", QT_TRANSLATE_NOOP("isms::domain", "Person")),
                  ref("competence", QT_TRANSLATE_NOOP("isms::domain", "Competence"), reg::competences),
                  date("date", QT_TRANSLATE_NOOP("isms::domain", "Date")),
                  text("provider", QT_TRANSLATE_NOOP("isms::domain", "Provider")),
                  choice("result", QT_TRANSLATE_NOOP("isms::domain", "Result"),
                         {{"planned", QT_TRANSLATE_NOOP("isms::domain", "Planned")}, {"completed", QT_TRANSLATE_NOOP("isms::domain", "Completed")}, {"passed", QT_TRANSLATE_NOOP("isms::domain", "Passed")},
                          {"failed", QT_TRANSLATE_NOOP("isms::domain", "Failed")}}),
                  longText("evidence", QT_TRANSLATE_NOOP("isms::domain", "Evidence")),
                  date("expires", QT_TRANSLATE_NOOP("isms::domain", "Expires"))}});

    r.push_back({std::string(reg::campaigns), QT_TRANSLATE_NOOP("isms::domain", "awareness campaign"), QT_TRANSLATE_NOOP("isms::domain", "Awareness"), "7.3", QT_TRANSLATE_NOOP("isms::domain", "7 Support"),
                 "AW", "title",
                 QT_TRANSLATE_NOOP("isms::domain", "Campaigns that make people aware of the policy and their part in it (clause 7.3)."),
                 {text("title", QT_TRANSLATE_NOOP("isms::domain", "Campaign"), true),
                  text("audience", QT_TRANSLATE_NOOP("isms::domain", "Audience")),
                  longText("message", QT_TRANSLATE_NOOP("isms::domain", "Message")),
                  text("channel", QT_TRANSLATE_NOOP("isms::domain", "Channel")),
                  date("date", QT_TRANSLATE_NOOP("isms::domain", "Date")),
                  person("owner", QT_TRANSLATE_NOOP("isms::domain", "Owner")),
                  integer("participants", QT_TRANSLATE_NOOP("isms::domain", "Participants")),
                  choice("status", QT_TRANSLATE_NOOP("isms::domain", "Status"),
                         {{"planned", QT_TRANSLATE_NOOP("isms::domain", "Planned")}, {"done", QT_TRANSLATE_NOOP("isms::domain", "Done")}, {"cancelled", QT_TRANSLATE_NOOP("isms::domain", "Cancelled")}})}});

    r.push_back({std::string(reg::communications), QT_TRANSLATE_NOOP("isms::domain", "communication"), QT_TRANSLATE_NOOP("isms::domain", "Communication plan"), "7.4",
                 QT_TRANSLATE_NOOP("isms::domain", "7 Support"), "COM", "title",
                 QT_TRANSLATE_NOOP("isms::domain", "What is communicated, when, with whom, how and by whom (clause 7.4)."),
                 {text("title", QT_TRANSLATE_NOOP("isms::domain", "What"), true),
                  text("frequency", QT_TRANSLATE_NOOP("isms::domain", "When")),
                  text("audience", QT_TRANSLATE_NOOP("isms::domain", "With whom")),
                  text("channel", QT_TRANSLATE_NOOP("isms::domain", "How")),
                  person("responsible", QT_TRANSLATE_NOOP("isms::domain", "Who communicates")),
                  date("next_date", QT_TRANSLATE_NOOP("isms::domain", "Next occurrence")),
                  choice("status", QT_TRANSLATE_NOOP("isms::domain", "Status"), {{"active", QT_TRANSLATE_NOOP("isms::domain", "Active")}, {"inactive", QT_TRANSLATE_NOOP("isms::domain", "Inactive")}})}});

    // ---- 8 Operation --------------------------------------------------------------------------
    r.push_back({std::string(reg::assessments), QT_TRANSLATE_NOOP("isms::domain", "risk assessment"), QT_TRANSLATE_NOOP("isms::domain", "Risk assessments"), "8.2",
                 QT_TRANSLATE_NOOP("isms::domain", "8 Operation"), "RA", "title",
                 QT_TRANSLATE_NOOP("isms::domain", "Dated risk assessments, each keeping a snapshot of every risk's levels (clause 8.2)."),
                 {text("title", QT_TRANSLATE_NOOP("isms::domain", "Assessment"), true),
                  date("date", QT_TRANSLATE_NOOP("isms::domain", "Date"), true),
                  choice("trigger", QT_TRANSLATE_NOOP("isms::domain", "Trigger"),
                         {{"initial", QT_TRANSLATE_NOOP("isms::domain", "Initial assessment")}, {"planned", QT_TRANSLATE_NOOP("isms::domain", "Planned interval")},
                          {"change", QT_TRANSLATE_NOOP("isms::domain", "Significant change")}}),
                  person("performed_by", QT_TRANSLATE_NOOP("isms::domain", "Performed by")),
                  longText("notes", QT_TRANSLATE_NOOP("isms::domain", "Notes"))}});

    r.push_back({std::string(reg::treatments), QT_TRANSLATE_NOOP("isms::domain", "treatment action"), QT_TRANSLATE_NOOP("isms::domain", "Risk treatment plan"),
                 "6.1.3, 8.3", QT_TRANSLATE_NOOP("isms::domain", "8 Operation"), "RTP", "title",
                 QT_TRANSLATE_NOOP("isms::domain", "The actions that implement risk treatment, with owners and due dates (clauses "
                 "6.1.3 and 8.3)."),
                 {text("title", QT_TRANSLATE_NOOP("isms::domain", "Action"), true),
                  person("owner", QT_TRANSLATE_NOOP("isms::domain", "Owner")),
                  date("due_date", QT_TRANSLATE_NOOP("isms::domain", "Due")),
                  choice("status", QT_TRANSLATE_NOOP("isms::domain", "Status"), kActionStatus),
                  integer("completion", QT_TRANSLATE_NOOP("isms::domain", "Completion (%)")),
                  date("completed_on", QT_TRANSLATE_NOOP("isms::domain", "Completed on")),
                  longText("evidence", QT_TRANSLATE_NOOP("isms::domain", "Evidence"))}});

    // ---- 9 Performance evaluation -------------------------------------------------------------
    r.push_back({std::string(reg::metrics), QT_TRANSLATE_NOOP("isms::domain", "metric"), QT_TRANSLATE_NOOP("isms::domain", "Metrics"), "9.1", QT_TRANSLATE_NOOP("isms::domain", "9 Performance"), "M",
                 "title",
                 QT_TRANSLATE_NOOP("isms::domain", "What is monitored and measured, how, how often and by whom (clause 9.1)."),
                 {text("title", QT_TRANSLATE_NOOP("isms::domain", "What is measured"), true),
                  longText("method", QT_TRANSLATE_NOOP("isms::domain", "Method")),
                  choice("frequency", QT_TRANSLATE_NOOP("isms::domain", "Frequency"),
                         {{"weekly", QT_TRANSLATE_NOOP("isms::domain", "Weekly")}, {"monthly", QT_TRANSLATE_NOOP("isms::domain", "Monthly")}, {"quarterly", QT_TRANSLATE_NOOP("isms::domain", "Quarterly")},
                          {"half_yearly", QT_TRANSLATE_NOOP("isms::domain", "Half-yearly")}, {"yearly", QT_TRANSLATE_NOOP("isms::domain", "Yearly")}}),
                  person("responsible", QT_TRANSLATE_NOOP("isms::domain", "Responsible")),
                  real("target_value", QT_TRANSLATE_NOOP("isms::domain", "Target")),
                  choice("direction", QT_TRANSLATE_NOOP("isms::domain", "Better when"),
                         {{"higher", QT_TRANSLATE_NOOP("isms::domain", "Higher")}, {"lower", QT_TRANSLATE_NOOP("isms::domain", "Lower")}}),
                  text("unit", QT_TRANSLATE_NOOP("isms::domain", "Unit")),
                  date("next_due", QT_TRANSLATE_NOOP("isms::domain", "Next measurement due")),
                  longText("analysis", QT_TRANSLATE_NOOP("isms::domain", "Analysis"))}});

    r.push_back({std::string(reg::measurements), QT_TRANSLATE_NOOP("isms::domain", "measurement"), QT_TRANSLATE_NOOP("isms::domain", "Measurements"), "9.1",
                 QT_TRANSLATE_NOOP("isms::domain", "9 Performance"), "MS", "date",
                 QT_TRANSLATE_NOOP("isms::domain", "Dated measurements of each metric: its trend (clause 9.1)."),
                 {ref("metric", QT_TRANSLATE_NOOP("isms::domain", "Metric"), reg::metrics, true),
                  date("date", QT_TRANSLATE_NOOP("isms::domain", "Date"), true),
                  real("value", QT_TRANSLATE_NOOP("isms::domain", "Value"), true),
                  text("note", QT_TRANSLATE_NOOP("isms::domain", "Note"))}});

    r.push_back({std::string(reg::programmes), QT_TRANSLATE_NOOP("isms::domain", "audit programme"), QT_TRANSLATE_NOOP("isms::domain", "Audit programme"), "9.2.2",
                 QT_TRANSLATE_NOOP("isms::domain", "9 Performance"), "AP", "title",
                 QT_TRANSLATE_NOOP("isms::domain", "The programme of internal audits for a period (clause 9.2.2)."),
                 {text("title", QT_TRANSLATE_NOOP("isms::domain", "Programme"), true),
                  date("period_start", QT_TRANSLATE_NOOP("isms::domain", "From")),
                  date("period_end", QT_TRANSLATE_NOOP("isms::domain", "To")),
                  person("owner", QT_TRANSLATE_NOOP("isms::domain", "Owner")),
                  longText("scope", QT_TRANSLATE_NOOP("isms::domain", "Scope and frequency")),
                  longText("methods", QT_TRANSLATE_NOOP("isms::domain", "Methods")),
                  person("approved_by", QT_TRANSLATE_NOOP("isms::domain", "Approved by")),
                  date("approval_date", QT_TRANSLATE_NOOP("isms::domain", "Approval date"))}});

    r.push_back({std::string(reg::audits), QT_TRANSLATE_NOOP("isms::domain", "audit"), QT_TRANSLATE_NOOP("isms::domain", "Internal audits"), "9.2", QT_TRANSLATE_NOOP("isms::domain", "9 Performance"), "AU",
                 "title",
                 QT_TRANSLATE_NOOP("isms::domain", "Internal audits with their scope, criteria, auditors and report (clause 9.2)."),
                 {text("title", QT_TRANSLATE_NOOP("isms::domain", "Audit"), true),
                  ref("programme", QT_TRANSLATE_NOOP("isms::domain", "Programme"), reg::programmes),
                  longText("scope", QT_TRANSLATE_NOOP("isms::domain", "Scope")),
                  longText("criteria", QT_TRANSLATE_NOOP("isms::domain", "Criteria")),
                  person("lead_auditor", QT_TRANSLATE_NOOP("isms::domain", "Lead auditor")),
                  person("auditee", QT_TRANSLATE_NOOP("isms::domain", "Owner of the audited area")),
                  date("planned_date", QT_TRANSLATE_NOOP("isms::domain", "Planned for")),
                  date("held_date", QT_TRANSLATE_NOOP("isms::domain", "Held on")),
                  choice("status", QT_TRANSLATE_NOOP("isms::domain", "Status"),
                         {{"planned", QT_TRANSLATE_NOOP("isms::domain", "Planned")}, {"in_progress", QT_TRANSLATE_NOOP("isms::domain", "In progress")},
                          {"completed", QT_TRANSLATE_NOOP("isms::domain", "Completed")}, {"cancelled", QT_TRANSLATE_NOOP("isms::domain", "Cancelled")}}),
                  longText("report", QT_TRANSLATE_NOOP("isms::domain", "Report")),
                  longText("conclusion", QT_TRANSLATE_NOOP("isms::domain", "Conclusion"))}});

    r.push_back({std::string(reg::findings), QT_TRANSLATE_NOOP("isms::domain", "finding"), QT_TRANSLATE_NOOP("isms::domain", "Audit findings"), "9.2", QT_TRANSLATE_NOOP("isms::domain", "9 Performance"),
                 "F", "title",
                 QT_TRANSLATE_NOOP("isms::domain", "What audits found: nonconformities, observations and opportunities (clause 9.2)."),
                 {ref("audit", QT_TRANSLATE_NOOP("isms::domain", "Audit"), reg::audits, true),
                  text("title", QT_TRANSLATE_NOOP("isms::domain", "Finding"), true),
                  // Not required: a new finding has no type until the auditor chooses one.
                  choice("type", QT_TRANSLATE_NOOP("isms::domain", "Type"),
                         {{"major", QT_TRANSLATE_NOOP("isms::domain", "Major nonconformity")}, {"minor", QT_TRANSLATE_NOOP("isms::domain", "Minor nonconformity")},
                          {"observation", QT_TRANSLATE_NOOP("isms::domain", "Observation")}, {"opportunity", QT_TRANSLATE_NOOP("isms::domain", "Opportunity")}}),
                  text("reference", QT_TRANSLATE_NOOP("isms::domain", "Clause or control")),
                  longText("description", QT_TRANSLATE_NOOP("isms::domain", "Description")),
                  longText("evidence", QT_TRANSLATE_NOOP("isms::domain", "Evidence")),
                  choice("status", QT_TRANSLATE_NOOP("isms::domain", "Status"), {{"open", QT_TRANSLATE_NOOP("isms::domain", "Open")}, {"closed", QT_TRANSLATE_NOOP("isms::domain", "Closed")}})}});

    r.push_back({std::string(reg::reviews), QT_TRANSLATE_NOOP("isms::domain", "management review"), QT_TRANSLATE_NOOP("isms::domain", "Management reviews"), "9.3",
                 QT_TRANSLATE_NOOP("isms::domain", "9 Performance"), "MR", "title",
                 QT_TRANSLATE_NOOP("isms::domain", "Top management's reviews of the ISMS, their inputs, decisions and actions (clause "
                 "9.3)."),
                 {text("title", QT_TRANSLATE_NOOP("isms::domain", "Review"), true),
                  date("planned_date", QT_TRANSLATE_NOOP("isms::domain", "Planned for")),
                  date("held_date", QT_TRANSLATE_NOOP("isms::domain", "Held on")),
                  person("chair", QT_TRANSLATE_NOOP("isms::domain", "Chair")),
                  longText("attendees", QT_TRANSLATE_NOOP("isms::domain", "Attendees")),
                  longText("inputs", QT_TRANSLATE_NOOP("isms::domain", "Inputs (9.3.2)")),
                  longText("decisions", QT_TRANSLATE_NOOP("isms::domain", "Decisions")),
                  longText("actions", QT_TRANSLATE_NOOP("isms::domain", "Actions")),
                  choice("status", QT_TRANSLATE_NOOP("isms::domain", "Status"), {{"planned", QT_TRANSLATE_NOOP("isms::domain", "Planned")}, {"held", QT_TRANSLATE_NOOP("isms::domain", "Held")}})}});

    // ---- 10 Improvement -----------------------------------------------------------------------
    r.push_back({std::string(reg::nonconformities), QT_TRANSLATE_NOOP("isms::domain", "nonconformity"), QT_TRANSLATE_NOOP("isms::domain", "Nonconformities"), "10.2",
                 QT_TRANSLATE_NOOP("isms::domain", "10 Improvement"), "NC", "title",
                 QT_TRANSLATE_NOOP("isms::domain", "Nonconformities, their correction, root cause and the check that corrective "
                 "action worked (clause 10.2)."),
                 {text("title", QT_TRANSLATE_NOOP("isms::domain", "Nonconformity"), true),
                  choice("source", QT_TRANSLATE_NOOP("isms::domain", "Source"),
                         {{"audit", QT_TRANSLATE_NOOP("isms::domain", "Audit")}, {"incident", QT_TRANSLATE_NOOP("isms::domain", "Incident")},
                          {"monitoring", QT_TRANSLATE_NOOP("isms::domain", "Monitoring")}, {"complaint", QT_TRANSLATE_NOOP("isms::domain", "Complaint")},
                          {"review", QT_TRANSLATE_NOOP("isms::domain", "Management review")}, {"other", QT_TRANSLATE_NOOP("isms::domain", "Other")}},
                         true),
                  text("reference", QT_TRANSLATE_NOOP("isms::domain", "Clause or control")),
                  longText("description", QT_TRANSLATE_NOOP("isms::domain", "Description")),
                  datedToday(date("raised_on", QT_TRANSLATE_NOOP("isms::domain", "Raised on"))),
                  person("owner", QT_TRANSLATE_NOOP("isms::domain", "Owner")),
                  longText("correction", QT_TRANSLATE_NOOP("isms::domain", "Correction")),
                  longText("root_cause", QT_TRANSLATE_NOOP("isms::domain", "Root cause")),
                  longText("similar_cases", QT_TRANSLATE_NOOP("isms::domain", "Similar cases")),
                  choice("status", QT_TRANSLATE_NOOP("isms::domain", "Status"),
                         {{"open", QT_TRANSLATE_NOOP("isms::domain", "Open")}, {"correcting", QT_TRANSLATE_NOOP("isms::domain", "Correcting")},
                          {"verifying", QT_TRANSLATE_NOOP("isms::domain", "Checking effectiveness")}, {"closed", QT_TRANSLATE_NOOP("isms::domain", "Closed")}}),
                  date("effectiveness_due", QT_TRANSLATE_NOOP("isms::domain", "Effectiveness check due")),
                  date("effectiveness_checked_on", QT_TRANSLATE_NOOP("isms::domain", "Effectiveness checked on")),
                  choice("effective", QT_TRANSLATE_NOOP("isms::domain", "Effective"),
                         {{"not_checked", QT_TRANSLATE_NOOP("isms::domain", "Not checked")}, {"yes", QT_TRANSLATE_NOOP("isms::domain", "Effective")},
                          {"no", QT_TRANSLATE_NOOP("isms::domain", "Not effective")}}),
                  date("closed_on", QT_TRANSLATE_NOOP("isms::domain", "Closed on"))}});

    r.push_back({std::string(reg::actions), QT_TRANSLATE_NOOP("isms::domain", "corrective action"), QT_TRANSLATE_NOOP("isms::domain", "Corrective actions"), "10.2",
                 QT_TRANSLATE_NOOP("isms::domain", "10 Improvement"), "CA", "title",
                 QT_TRANSLATE_NOOP("isms::domain", "Actions that remove the cause of a nonconformity (clause 10.2)."),
                 {ref("nonconformity", QT_TRANSLATE_NOOP("isms::domain", "Nonconformity"), reg::nonconformities, true),
                  text("title", QT_TRANSLATE_NOOP("isms::domain", "Action"), true),
                  person("owner", QT_TRANSLATE_NOOP("isms::domain", "Owner")),
                  date("due_date", QT_TRANSLATE_NOOP("isms::domain", "Due")),
                  choice("status", QT_TRANSLATE_NOOP("isms::domain", "Status"), kActionStatus),
                  date("completed_on", QT_TRANSLATE_NOOP("isms::domain", "Completed on"))}});

    r.push_back({std::string(reg::improvements), QT_TRANSLATE_NOOP("isms::domain", "improvement"), QT_TRANSLATE_NOOP("isms::domain", "Improvements"), "10.1",
                 QT_TRANSLATE_NOOP("isms::domain", "10 Improvement"), "IM", "title",
                 QT_TRANSLATE_NOOP("isms::domain", "Opportunities to improve the ISMS and what was decided about them (clause 10.1)."),
                 {text("title", QT_TRANSLATE_NOOP("isms::domain", "Opportunity"), true),
                  choice("source", QT_TRANSLATE_NOOP("isms::domain", "Source"),
                         {{"review", QT_TRANSLATE_NOOP("isms::domain", "Management review")}, {"audit", QT_TRANSLATE_NOOP("isms::domain", "Audit")},
                          {"suggestion", QT_TRANSLATE_NOOP("isms::domain", "Suggestion")}, {"incident", QT_TRANSLATE_NOOP("isms::domain", "Incident")},
                          {"monitoring", QT_TRANSLATE_NOOP("isms::domain", "Monitoring")}, {"other", QT_TRANSLATE_NOOP("isms::domain", "Other")}}),
                  longText("description", QT_TRANSLATE_NOOP("isms::domain", "Description")),
                  choice("decision", QT_TRANSLATE_NOOP("isms::domain", "Decision"),
                         {{"proposed", QT_TRANSLATE_NOOP("isms::domain", "Proposed")}, {"accepted", QT_TRANSLATE_NOOP("isms::domain", "Accepted")},
                          {"rejected", QT_TRANSLATE_NOOP("isms::domain", "Rejected")}, {"deferred", QT_TRANSLATE_NOOP("isms::domain", "Deferred")}}),
                  person("owner", QT_TRANSLATE_NOOP("isms::domain", "Owner")),
                  date("due_date", QT_TRANSLATE_NOOP("isms::domain", "Due")),
                  choice("status", QT_TRANSLATE_NOOP("isms::domain", "Status"), kActionStatus)}});

    // ---- Requirement checklist ----------------------------------------------------------------
    r.push_back({std::string(reg::clauses), QT_TRANSLATE_NOOP("isms::domain", "clause"), QT_TRANSLATE_NOOP("isms::domain", "Requirement checklist"), QT_TRANSLATE_NOOP("isms::domain", "4-10"), QT_TRANSLATE_NOOP("isms::domain", "Checklist"),
                 "CL", "title",
                 QT_TRANSLATE_NOOP("isms::domain", "Every requirement of clauses 4 to 10, its status and the records that evidence it."),
                 {text("title", QT_TRANSLATE_NOOP("isms::domain", "Requirement"), true),
                  longText("summary", QT_TRANSLATE_NOOP("isms::domain", "What it asks for")),
                  choice("status", QT_TRANSLATE_NOOP("isms::domain", "Status"),
                         {{"not_started", QT_TRANSLATE_NOOP("isms::domain", "Not started")}, {"in_progress", QT_TRANSLATE_NOOP("isms::domain", "In progress")},
                          {"met", QT_TRANSLATE_NOOP("isms::domain", "Met")}}),
                  person("responsible", QT_TRANSLATE_NOOP("isms::domain", "Responsible")),
                  longText("notes", QT_TRANSLATE_NOOP("isms::domain", "Notes"))}});
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
        link("issue_risks", reg::issues, reg::risks, QT_TRANSLATE_NOOP("isms::domain", "Gives rise to risk"), QT_TRANSLATE_NOOP("isms::domain", "Arises from issue")),
        link("requirement_controls", reg::requirements, reg::controls, QT_TRANSLATE_NOOP("isms::domain", "Addressed by control"),
             QT_TRANSLATE_NOOP("isms::domain", "Addresses requirement")),
        link("requirement_documents", reg::requirements, reg::documents, QT_TRANSLATE_NOOP("isms::domain", "Addressed by document"),
             QT_TRANSLATE_NOOP("isms::domain", "Addresses requirement")),
        link("risk_assets", reg::risks, reg::assets, QT_TRANSLATE_NOOP("isms::domain", "Affects asset"), QT_TRANSLATE_NOOP("isms::domain", "At risk from")),
        link("risk_controls", reg::risks, reg::controls, QT_TRANSLATE_NOOP("isms::domain", "Treated by control"), QT_TRANSLATE_NOOP("isms::domain", "Treats risk")),
        link("treatment_risks", reg::treatments, reg::risks, QT_TRANSLATE_NOOP("isms::domain", "Treats risk"), QT_TRANSLATE_NOOP("isms::domain", "Treatment action")),
        link("treatment_controls", reg::treatments, reg::controls, QT_TRANSLATE_NOOP("isms::domain", "Implements control"),
             QT_TRANSLATE_NOOP("isms::domain", "Implemented by action")),
        link("control_documents", reg::controls, reg::documents, QT_TRANSLATE_NOOP("isms::domain", "Documented in"),
             QT_TRANSLATE_NOOP("isms::domain", "Documents control")),
        link("objective_metrics", reg::objectives, reg::metrics, QT_TRANSLATE_NOOP("isms::domain", "Measured by"),
             QT_TRANSLATE_NOOP("isms::domain", "Measures objective")),
        link("audit_auditors", reg::audits, reg::people, QT_TRANSLATE_NOOP("isms::domain", "Audit team member"), QT_TRANSLATE_NOOP("isms::domain", "Audits")),
        link("finding_nonconformities", reg::findings, reg::nonconformities,
             QT_TRANSLATE_NOOP("isms::domain", "Raised nonconformity"), QT_TRANSLATE_NOOP("isms::domain", "Raised by finding")),
        link("nonconformity_risks", reg::nonconformities, reg::risks, QT_TRANSLATE_NOOP("isms::domain", "Concerns risk"),
             QT_TRANSLATE_NOOP("isms::domain", "Nonconformity about it")),
        link("nonconformity_controls", reg::nonconformities, reg::controls, QT_TRANSLATE_NOOP("isms::domain", "Concerns control"),
             QT_TRANSLATE_NOOP("isms::domain", "Nonconformity about it")),
        link("action_documents", reg::actions, reg::documents, QT_TRANSLATE_NOOP("isms::domain", "Evidenced by document"),
             QT_TRANSLATE_NOOP("isms::domain", "Evidences corrective action")),
        link("review_improvements", reg::reviews, reg::improvements, QT_TRANSLATE_NOOP("isms::domain", "Decided improvement"),
             QT_TRANSLATE_NOOP("isms::domain", "Decided at review")),
        link("clause_evidence", reg::clauses, "*", QT_TRANSLATE_NOOP("isms::domain", "Evidenced by"), QT_TRANSLATE_NOOP("isms::domain", "Evidences requirement")),
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
