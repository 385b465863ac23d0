// Assets (A.5.9) and the risk register (6.1.2, 8.2) on the 5x5 template methodology, where
// residual scores above 6 need an explicit acceptance. Two such risks have none, on purpose.
#include "content/demo_parts.h"

#include <sstream>

namespace isms::content::demo {

namespace {

struct AssetRow {
    const char* key; const char* name; const char* type; const char* owner;
    const char* classification; int c, i, a; const char* location;
};

const AssetRow kAssets[] = {
    {"payroll_db", "Customer payroll database", "information", "data", "restricted", 5, 5, 4, "Cloud eu-west"},
    {"payslips", "Generated payslips archive", "information", "data", "restricted", 5, 4, 3, "Cloud object storage"},
    {"hr_records", "Fernbrook staff HR records", "information", "hr", "confidential", 4, 3, 2, "HR system (SaaS)"},
    {"source", "Product source code", "information", "dev", "confidential", 4, 5, 3, "Code hosting service"},
    {"contracts", "Customer contracts and DPAs", "information", "legal", "confidential", 3, 4, 2, "Document management"},
    {"finance", "Company financial records", "information", "cfo", "confidential", 3, 4, 3, "Finance system"},
    {"platform", "Payroll analytics platform (production)", "service", "ops", "restricted", 5, 5, 5, "Cloud eu-west"},
    {"staging", "Staging environment", "service", "ops", "internal", 2, 3, 2, "Cloud eu-west"},
    {"api", "Customer upload API", "software", "dev", "confidential", 4, 5, 5, "Cloud eu-west"},
    {"webapp", "Customer web application", "software", "dev", "confidential", 4, 5, 4, "Cloud eu-west"},
    {"ci", "Build and deployment pipeline", "software", "dev", "confidential", 3, 5, 3, "Cloud CI service"},
    {"iam", "Identity provider and single sign-on", "service", "it", "confidential", 4, 5, 5, "SaaS"},
    {"email", "Email and collaboration suite", "service", "it", "internal", 4, 3, 4, "SaaS"},
    {"laptops", "Staff laptops", "hardware", "it", "internal", 4, 3, 3, "Offices and homes"},
    {"phones", "Company mobile phones", "hardware", "it", "internal", 3, 2, 2, "With staff"},
    {"backups", "Encrypted backups", "information", "ops", "restricted", 5, 5, 4, "Second cloud region"},
    {"monitoring", "Logging and monitoring stack", "software", "sec", "confidential", 3, 4, 4, "Cloud eu-west"},
    {"leeds", "Leeds head office", "site", "facilities", "internal", 2, 2, 3, "Leeds"},
    {"porto", "Porto engineering office", "site", "facilities", "internal", 2, 2, 3, "Porto"},
    {"network", "Office networks and Wi-Fi", "hardware", "it", "internal", 3, 3, 3, "Leeds and Porto"},
    {"support", "Customer support ticket system", "service", "cs", "confidential", 4, 3, 3, "SaaS"},
    {"print", "Payslip print and post supplier", "service", "cs", "confidential", 4, 3, 2, "Supplier site"},
    {"engineers", "Platform engineering team", "people", "cto", "internal", 3, 3, 4, "Leeds and Porto"},
    {"keys", "Encryption keys and secrets vault", "information", "sec", "restricted", 5, 5, 5, "Cloud key service"},
    {"crm", "Sales CRM", "service", "sales", "internal", 3, 2, 2, "SaaS"},
};

struct RiskRow {
    const char* key; const char* title; const char* threat; const char* vulnerability;
    const char* consequence; const char* cia; const char* owner;
    int il, ii; const char* treatment; int rl, ri;
    const char* acceptedBy;  // "" = not accepted
    const char* status; int review;
    const char* assets;      // space-separated asset keys
    const char* controls;    // space-separated Annex A ids
    const char* issue;       // context issue key or ""
};

const RiskRow kRisks[] = {
    {"ransomware", "Ransomware encrypts production data", "Ransomware operators", "Flat admin access paths",
     "Payroll runs missed for all customers; ransom demand; data leak.", "CIA", "cto",
     4, 5, "modify", 2, 4, "", "treating", 60, "payroll_db platform backups", "A.8.7 A.8.13 A.8.2 A.5.24", "ransomware"},
    {"region", "Loss of the single cloud region", "Provider outage or disaster", "No warm standby region",
     "Service down for days; contractual penalties.", "A", "ops",
     2, 5, "modify", 2, 4, "cto", "accepted", 120, "platform api webapp", "A.5.30 A.8.14 A.5.23", "cloud"},
    {"phishing", "Credential phishing of staff", "Phishing emails", "Password-only logins on some tools",
     "Account takeover, access to customer data.", "CI", "ciso",
     4, 4, "modify", 2, 3, "", "treating", 45, "email iam laptops", "A.6.3 A.8.5 A.5.17", ""},
    {"insider", "Misuse of payroll data by an administrator", "Malicious insider", "Broad standing access",
     "Disclosure of salaries; loss of customer trust.", "C", "ciso",
     2, 5, "modify", 1, 5, "", "treating", 90, "payroll_db payslips", "A.8.2 A.5.18 A.8.15 A.6.1", ""},
    {"leaver", "Leavers keep access", "Former staff", "Manual offboarding steps",
     "Unauthorised access after employment ends.", "CI", "hr",
     3, 4, "modify", 3, 3, "", "assessed", -15, "iam email", "A.5.18 A.6.5", "growth"},
    {"laptop_loss", "Lost or stolen laptop", "Theft, loss", "Data cached locally",
     "Disclosure of customer files.", "C", "it",
     3, 3, "modify", 2, 2, "it", "accepted", 150, "laptops", "A.8.1 A.8.24 A.7.9", "remote"},
    {"api_vuln", "Exploitable flaw in the upload API", "External attacker", "Parser accepts complex files",
     "Data of many customers exposed.", "CIA", "dev",
     3, 5, "modify", 2, 5, "", "treating", 30, "api payroll_db", "A.8.25 A.8.28 A.8.29 A.8.8", ""},
    {"misconfig", "Cloud storage left publicly readable", "Configuration error", "No policy guardrails",
     "Payslips exposed on the internet.", "C", "ops",
     3, 5, "modify", 2, 4, "", "treating", 75, "payslips platform", "A.8.9 A.5.23 A.8.32", "cloud"},
    {"backup_fail", "Backups cannot be restored", "Process failure", "Restores rarely tested",
     "Permanent data loss after an incident.", "IA", "ops",
     2, 5, "modify", 1, 5, "", "treating", 20, "backups payroll_db", "A.8.13 A.5.29", ""},
    {"supplier_breach", "Breach at the payslip print supplier", "Supplier compromise", "Limited supplier oversight",
     "Payslips of customers' employees disclosed.", "C", "cs",
     3, 4, "share", 3, 3, "", "assessed", 100, "print payslips", "A.5.19 A.5.20 A.5.22", ""},
    {"ddos", "Denial of service on payroll day", "DDoS attack", "Single ingress",
     "Customers cannot submit payroll on time.", "A", "ops",
     3, 4, "modify", 2, 3, "", "treating", 110, "api webapp", "A.8.6 A.8.20", ""},
    {"secrets", "Secrets leaked in source code", "Developer error", "No secret scanning",
     "Attackers reach production with leaked keys.", "CI", "dev",
     3, 5, "modify", 2, 3, "", "treating", 40, "source keys ci", "A.8.4 A.8.24 A.5.17", ""},
    {"supply_chain", "Compromised third-party library", "Software supply chain attack", "Unpinned dependencies",
     "Malicious code in the product.", "CIA", "dev",
     3, 4, "modify", 3, 3, "", "treating", 70, "source ci webapp", "A.8.8 A.8.28 A.8.30", ""},
    {"heat", "Heatwave disables Porto office", "Extreme heat", "No cooling redundancy",
     "Engineering work disrupted for days.", "A", "facilities",
     3, 2, "retain", 3, 2, "facilities", "accepted", 200, "porto engineers", "A.7.11 A.5.30", "climate"},
    {"flood", "Flooding at the Leeds office", "River flooding", "Ground-floor comms room",
     "Office network and on-site equipment lost.", "A", "facilities",
     2, 3, "modify", 1, 3, "", "treating", 180, "leeds network", "A.7.5 A.7.8", "climate"},
    {"dc_climate", "Cloud data centre affected by extreme weather", "Extreme weather", "Single region",
     "Outage of the hosted service.", "A", "ops",
     2, 5, "modify", 2, 4, "", "assessed", 90, "platform", "A.5.30 A.5.23", "climate"},
    {"wrong_payroll", "Incorrect payroll figures delivered", "Software defect", "Gaps in regression tests",
     "Employees paid wrongly; reputational damage.", "I", "dev",
     3, 4, "modify", 2, 3, "", "treating", 65, "webapp payroll_db", "A.8.29 A.8.32", ""},
    {"logging", "Attacks go unnoticed", "Any attacker", "Logs not centrally reviewed",
     "Late detection widens breaches.", "CIA", "sec",
     3, 4, "modify", 3, 3, "", "treating", 25, "monitoring platform", "A.8.15 A.8.16", ""},
    {"privileged", "Abuse of shared administrator accounts", "Insider or attacker", "Shared root credentials",
     "Actions cannot be traced; wide damage possible.", "CIA", "it",
     3, 5, "modify", 3, 3, "", "assessed", -5, "iam platform", "A.8.2 A.8.5 A.5.16", ""},
    {"dpa_breach", "Processing outside customer instructions", "Process error", "Unclear data flows",
     "Breach of data processing agreements and law.", "C", "legal",
     2, 4, "modify", 1, 4, "", "treating", 130, "payroll_db contracts", "A.5.34 A.5.31", "regulation"},
    {"wifi", "Guest Wi-Fi bridges to office network", "Visitor or attacker nearby", "Shared network segment",
     "Access to internal systems from the guest network.", "C", "it",
     2, 3, "modify", 1, 2, "", "closed", 300, "network", "A.8.20 A.8.22", ""},
    {"social", "Payroll change fraud by impersonation", "Fraudster", "Phone-based change requests",
     "Salaries diverted to fraudsters' accounts.", "I", "cs",
     3, 4, "modify", 3, 3, "", "treating", 55, "support payroll_db", "A.5.14 A.6.3", ""},
    {"key_person", "Loss of key platform engineers", "Resignation, illness", "Knowledge held by few people",
     "Slow recovery from incidents.", "A", "cto",
     3, 3, "modify", 2, 3, "", "assessed", 160, "engineers", "A.5.37 A.6.2", "growth"},
    {"patching", "Unpatched laptops", "Malware", "Deferred updates",
     "Compromise of staff devices.", "CI", "it",
     3, 3, "modify", 2, 2, "", "treating", 35, "laptops phones", "A.8.7 A.8.8 A.8.1", "remote"},
    {"crm_export", "Bulk export of customer contacts", "Departing salesperson", "No export controls",
     "Customer list taken to a competitor.", "C", "sales",
     2, 3, "retain", 2, 3, "sales", "accepted", 240, "crm", "A.8.12", ""},
    {"hr_leak", "HR records disclosed by email", "Human error", "No data loss prevention",
     "Staff personal data disclosed.", "C", "hr",
     3, 3, "modify", 2, 2, "", "treating", 85, "hr_records email", "A.8.12 A.5.12", ""},
    {"ci_compromise", "Build pipeline tampered with", "Attacker", "Broad pipeline permissions",
     "Malicious release shipped to production.", "I", "dev",
     2, 5, "modify", 2, 4, "", "identified", 15, "ci source", "A.8.31 A.8.32 A.8.4", ""},
    {"legal_change", "New payroll reporting law missed", "Regulatory change", "No horizon scanning",
     "Non-compliant reports; customer complaints.", "I", "legal",
     2, 3, "modify", 1, 3, "", "treating", 95, "webapp", "A.5.31", "regulation"},
    {"opportunity_sso", "Single sign-on for customers", "", "",
     "Fewer password resets and a stronger sales argument.", "", "cto",
     3, 3, "modify", 3, 3, "", "identified", 120, "webapp iam", "", ""},
    {"print_outage", "Print supplier unable to post payslips", "Supplier failure", "Single supplier",
     "Employees without paper payslips on payday.", "A", "cs",
     2, 3, "share", 2, 2, "", "assessed", 140, "print", "A.5.21", ""},
};

std::vector<std::string> words(const char* text)
{
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string word; in >> word;)
        out.push_back(word);
    return out;
}

} // namespace

void addAssetsAndRisks(RecordWriter& w, Ids& ids)
{
    for (const auto& a : kAssets)
        ids.assets[a.key] = w.add(reg::assets,
            {{"name", a.name}, {"type", a.type}, {"owner", FieldValue(ids.people.at(a.owner))},
             {"classification", a.classification}, {"confidentiality", a.c}, {"integrity", a.i},
             {"availability", a.a}, {"location", a.location}});

    for (const auto& r : kRisks) {
        Record risk = w.blank(reg::risks);
        const std::string cia = r.cia;
        const bool opportunity = std::string(r.key).rfind("opportunity", 0) == 0;
        w.set(reg::risks, risk, "title", r.title);
        w.set(reg::risks, risk, "kind", opportunity ? "opportunity" : "risk");
        if (*r.threat)
            w.set(reg::risks, risk, "threat", r.threat);
        if (*r.vulnerability)
            w.set(reg::risks, risk, "vulnerability", r.vulnerability);
        w.set(reg::risks, risk, "consequence", r.consequence);
        w.set(reg::risks, risk, "affects_c", cia.find('C') != std::string::npos);
        w.set(reg::risks, risk, "affects_i", cia.find('I') != std::string::npos);
        w.set(reg::risks, risk, "affects_a", cia.find('A') != std::string::npos);
        w.set(reg::risks, risk, "owner", ids.people.at(r.owner));
        w.set(reg::risks, risk, "inherent_likelihood", r.il);
        w.set(reg::risks, risk, "inherent_impact", r.ii);
        w.set(reg::risks, risk, "treatment", r.treatment);
        w.set(reg::risks, risk, "residual_likelihood", r.rl);
        w.set(reg::risks, risk, "residual_impact", r.ri);
        if (*r.acceptedBy) {
            w.set(reg::risks, risk, "accepted_by", ids.people.at(r.acceptedBy));
            w.set(reg::risks, risk, "accepted_on", ids.day(-40));
            w.set(reg::risks, risk, "acceptance_reason",
                  "Residual level reviewed with the risk owner; further treatment costs more than "
                  "the expected loss.");
        }
        w.set(reg::risks, risk, "status", r.status);
        w.set(reg::risks, risk, "review_date", ids.day(r.review));
        const RecordId id = w.add(reg::risks, risk);
        ids.risks[r.key] = id;
        for (const auto& asset : words(r.assets))
            w.link("risk_assets", id, ids.assets.at(asset));
        for (const auto& control : words(r.controls)) {
            w.link("risk_controls", id, ids.controls.at(control));
            ids.controlsTreatingRisks.insert(control);
        }
        if (*r.issue)
            w.link("issue_risks", ids.issues.at(r.issue), id);
    }
}

} // namespace isms::content::demo
