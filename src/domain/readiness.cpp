#include "readiness.h"

#include "impartiality.h"
#include "record_lookup.h"
#include "risk_flags.h"
#include "soa_rules.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <optional>
#include <set>

namespace isms {

namespace {

std::string describe(const IsmsData& data, std::string_view registerKey, const Record& r,
                     const std::string& note)
{
    std::string text = r.ref.empty() ? recordTitle(data, registerKey, r)
                                     : r.ref + " " + recordTitle(data, registerKey, r);
    return note.empty() ? text : text + " (" + note + ")";
}

// Builds one item from conditions: each met condition adds its evidence, each unmet one its
// "missing" sentence; evidence found under an unmet condition still makes the item Partial.
class ItemBuilder {
public:
    ItemBuilder(std::string key, std::string clause, std::string title, std::string registerKey)
    {
        m_item.key = std::move(key);
        m_item.clause = std::move(clause);
        m_item.title = std::move(title);
        m_item.registerKey = std::move(registerKey);
    }

    void condition(bool met, const Message& whatIsMissing)
    {
        ++m_conditions;
        if (met)
            ++m_met;
        else
            addMissing(whatIsMissing);
    }
    // A condition about the absence of a problem ("no unaccepted risk"): it is needed for
    // Present, but meeting it alone shows nothing exists, so it never makes an item Partial.
    void guard(bool met, const Message& whatIsMissing)
    {
        if (!met) {
            m_failedGuard = true;
            addMissing(whatIsMissing);
        }
    }
    void addMissing(const Message& whatIsMissing)
    {
        m_item.missing.push_back(english(whatIsMissing));
        m_item.missingWhat.push_back(whatIsMissing);
    }
    void evidence(std::string text) { m_item.evidence.push_back(std::move(text)); }

    MandatoryItem finish()
    {
        if (m_conditions > 0 && m_met == m_conditions && !m_failedGuard)
            m_item.presence = Presence::Present;
        else if (m_met > 0 || !m_item.evidence.empty())
            m_item.presence = Presence::Partial;
        else
            m_item.presence = Presence::Missing;
        return std::move(m_item);
    }

private:
    MandatoryItem m_item;
    int m_conditions = 0;
    int m_met = 0;
    bool m_failedGuard = false;
};

class Facts {
public:
    Facts(const IsmsData& data, Date today, const ReadinessInputs& inputs) : data(data), today(today), m_inputs(inputs) {}

    const IsmsData& data;
    Date today;

    // The other rules' findings: as given, else worked out once here.
    const std::vector<RiskFlag>& riskFlags() const
    {
        if (m_inputs.riskFlags)
            return *m_inputs.riskFlags;
        if (!m_riskFlags)
            m_riskFlags = isms::riskFlags(data);
        return *m_riskFlags;
    }
    const SoaCompleteness& soaCompleteness() const
    {
        if (m_inputs.soaCompleteness)
            return *m_inputs.soaCompleteness;
        if (!m_soaCompleteness)
            m_soaCompleteness = isms::soaCompleteness(data);
        return *m_soaCompleteness;
    }
    const std::vector<SoaInconsistency>& soaInconsistencies() const
    {
        if (m_inputs.soaInconsistencies)
            return *m_inputs.soaInconsistencies;
        if (!m_soaInconsistencies)
            m_soaInconsistencies = isms::soaInconsistencies(data);
        return *m_soaInconsistencies;
    }

    const RegisterDef& def(std::string_view key) const { return data.def(key); }

    // Documents declared to provide a mandatory item; approved ones are evidence, drafts and
    // documents in review are listed as such. Returns whether an approved one exists.
    bool declaredDocuments(ItemBuilder& b, const std::string& mandatoryKey,
                           const std::function<bool(const Record&)>& alsoCounts = {}) const
    {
        const RegisterDef& docs = def(reg::documents);
        bool approved = false;
        for (const Record& d : data.of(reg::documents)) {
            const bool declared = d.text(docs, "mandatory") == mandatoryKey || (alsoCounts && alsoCounts(d));
            const std::string status = d.text(docs, "status");
            if (!declared || status == "retired")
                continue;
            if (status == "approved") {
                approved = true;
                b.evidence(describe(data, reg::documents, d, "approved"));
            } else {
                b.evidence(describe(data, reg::documents, d,
                                    (status.empty() ? std::string("no status")
                                                    : optionLabel(data, reg::documents, "status", status))
                                        + ", not approved"));
            }
        }
        return approved;
    }

    int count(std::string_view key, const std::function<bool(const Record&)>& predicate = {}) const
    {
        int n = 0;
        for (const Record& r : data.of(key))
            if (!predicate || predicate(r))
                ++n;
        return n;
    }

private:
    ReadinessInputs m_inputs;
    mutable std::optional<std::vector<RiskFlag>> m_riskFlags;
    mutable std::optional<SoaCompleteness> m_soaCompleteness;
    mutable std::optional<std::vector<SoaInconsistency>> m_soaInconsistencies;
};

std::string countOf(int n, const char* singular, const char* plural)
{
    return std::to_string(n) + " " + (n == 1 ? singular : plural);
}

std::string refList(const std::vector<std::string>& refs)
{
    std::string text;
    const std::size_t shown = std::min<std::size_t>(refs.size(), 10);
    for (std::size_t i = 0; i < shown; ++i)
        text += (i ? ", " : "") + refs[i];
    if (refs.size() > shown)
        text += " and " + std::to_string(refs.size() - shown) + " more";
    return text;
}

Message needsDocument(const char* label)
{
    return Message(QT_TRANSLATE_NOOP("isms::domain", "Approve a document that provides the %1 (set its \"Mandatory "
                                                 "information\" to it)."))
        .label(label);
}

// 4.3: an approved scope statement, or an approved document declared as the scope.
MandatoryItem scope(const Facts& f)
{
    ItemBuilder b("scope", "4.3", QT_TRANSLATE_NOOP("isms::domain", "ISMS scope"), std::string(reg::scopes));
    const RegisterDef& def = f.def(reg::scopes);
    bool approved = false;
    for (const Record& s : f.data.of(reg::scopes)) {
        const std::string status = s.text(def, "status");
        if (status == "approved") {
            approved = true;
            b.evidence(describe(f.data, reg::scopes, s, "approved"));
        } else if (status != "superseded") {
            b.evidence(describe(f.data, reg::scopes, s, "draft, not approved"));
        }
    }
    approved = f.declaredDocuments(b, "scope") || approved;
    b.condition(approved, Message(QT_TRANSLATE_NOOP("isms::domain", "Approve a scope statement (clause 4.3).")));
    return b.finish();
}

// 5.2: an approved document declared as the policy, or any approved document of type policy.
MandatoryItem policy(const Facts& f)
{
    ItemBuilder b("policy", "5.2", QT_TRANSLATE_NOOP("isms::domain", "Information security policy"), std::string(reg::documents));
    const RegisterDef& docs = f.def(reg::documents);
    const bool approved = f.declaredDocuments(
        b, "policy", [&](const Record& d) { return d.text(docs, "type") == "policy"; });
    b.condition(approved, Message(QT_TRANSLATE_NOOP("isms::domain", "Approve the information security policy (a document of type policy).")));
    return b.finish();
}

// 6.1.2: the file's methodology is complete (valid scales, matrix, bands and written acceptance
// criteria) and an approved document describes the risk assessment process around it.
MandatoryItem riskAssessmentProcess(const Facts& f)
{
    ItemBuilder b("risk_assessment_process", "6.1.2", QT_TRANSLATE_NOOP("isms::domain", "Risk assessment process"),
                  std::string(reg::documents));
    const Methodology& m = f.data.methodology;
    const auto valid = m.validate();
    const bool criteria = m.acceptanceCriteria.find_first_not_of(" \t\r\n") != std::string::npos;
    if (valid.ok())
        b.evidence("Risk methodology: " + std::to_string(m.likelihood.size()) + " x "
                   + std::to_string(m.impact.size()) + " matrix, "
                   + countOf(static_cast<int>(m.bands.size()), "band", "bands")
                   + ", residual levels above " + std::to_string(m.acceptableMaxScore)
                   + " need acceptance");
    b.condition(valid.ok(), Message(QT_TRANSLATE_NOOP("isms::domain", "Complete the risk methodology: %1"))
                                .arg(valid.ok() ? std::string() : valid.error().message));
    b.condition(criteria, Message(QT_TRANSLATE_NOOP("isms::domain", "Write the risk acceptance criteria in the methodology.")));
    b.condition(f.declaredDocuments(b, "risk_assessment_process"),
                needsDocument(QT_TRANSLATE_NOOP("isms::domain", "risk assessment process (6.1.2)")));
    return b.finish();
}

// 6.1.3: an approved document describes the risk treatment process; a treatment plan in use
// without it is partial.
MandatoryItem riskTreatmentProcess(const Facts& f)
{
    ItemBuilder b("risk_treatment_process", "6.1.3", QT_TRANSLATE_NOOP("isms::domain", "Risk treatment process"),
                  std::string(reg::documents));
    if (const int n = f.count(reg::treatments); n > 0)
        b.evidence("Risk treatment plan with " + countOf(n, "action", "actions"));
    b.condition(f.declaredDocuments(b, "risk_treatment_process"),
                needsDocument(QT_TRANSLATE_NOOP("isms::domain", "risk treatment process (6.1.3)")));
    return b.finish();
}

// 6.1.3 d: the SoA is complete and consistent with the risk treatment, and an approved document
// (the SoA as issued, with its version) is declared as the SoA.
MandatoryItem statementOfApplicability(const Facts& f)
{
    ItemBuilder b("soa", "6.1.3 d", QT_TRANSLATE_NOOP("isms::domain", "Statement of Applicability"), std::string(reg::controls));
    const auto& completeness = f.soaCompleteness();
    const auto& issues = f.soaInconsistencies();
    if (completeness.controls > 0)
        b.evidence("SoA register: " + countOf(completeness.controls, "control", "controls") + ", "
                   + std::to_string(completeness.justified) + " decided and justified");
    const int unlisted = std::max(0, kAnnexAControlCount - completeness.annexAControls);
    const int undecided = completeness.controls - completeness.justified;
    std::vector<Message> parts;
    if (unlisted > 0)
        parts.push_back(Message(unlisted == 1 ? QT_TRANSLATE_NOOP("isms::domain", "list the 1 missing Annex A control")
                                              : QT_TRANSLATE_NOOP("isms::domain", "list the %1 missing Annex A controls"))
                            .arg(unlisted));
    if (undecided > 0)
        parts.push_back(Message(undecided == 1 ? QT_TRANSLATE_NOOP("isms::domain", "1 control needs a decision or justification")
                                               : QT_TRANSLATE_NOOP("isms::domain", "%1 controls need a decision or "
                                                                                  "justification"))
                            .arg(undecided));
    Message incomplete(QT_TRANSLATE_NOOP("isms::domain", "Complete the SoA."));
    if (parts.size() == 2)
        incomplete = Message(QT_TRANSLATE_NOOP("isms::domain", "Complete the SoA: %1; %2.")).arg(parts[0]).arg(parts[1]);
    else if (parts.size() == 1)
        incomplete = Message(QT_TRANSLATE_NOOP("isms::domain", "Complete the SoA: %1.")).arg(parts[0]);
    b.condition(completeness.complete, incomplete);
    b.guard(issues.empty(),
            Message(issues.size() == 1
                        ? QT_TRANSLATE_NOOP("isms::domain", "Resolve 1 inconsistency between the SoA and the risk treatment.")
                        : QT_TRANSLATE_NOOP("isms::domain", "Resolve %1 inconsistencies between the SoA and the risk "
                                                            "treatment."))
                .arg(static_cast<long long>(issues.size())));
    b.condition(f.declaredDocuments(b, "soa"), needsDocument(QT_TRANSLATE_NOOP("isms::domain", "Statement of Applicability (6.1.3 d)")));
    return b.finish();
}

// 6.2: objectives exist (or an approved document sets them), and every active objective is
// measurable and planned: a measure or target, an owner and a due date.
MandatoryItem objectives(const Facts& f)
{
    ItemBuilder b("objectives", "6.2", QT_TRANSLATE_NOOP("isms::domain", "Information security objectives"),
                  std::string(reg::objectives));
    const RegisterDef& def = f.def(reg::objectives);
    int active = 0;
    std::vector<std::string> incomplete;
    for (const Record& o : f.data.of(reg::objectives)) {
        if (o.text(def, "status") == "cancelled")
            continue;
        ++active;
        const bool measurable = !o.text(def, "measure").empty() || !o.text(def, "target").empty();
        if (!measurable || o.integer(def, "owner") == 0 || !o.date(def, "due_date"))
            incomplete.push_back(o.ref);
    }
    if (active > 0)
        b.evidence("Objectives register: " + countOf(active, "active objective", "active objectives"));
    const bool document = f.declaredDocuments(b, "objectives");
    b.condition(active > 0 || document, Message(QT_TRANSLATE_NOOP("isms::domain", "Set measurable information security objectives (6.2).")));
    b.guard(incomplete.empty(), Message(QT_TRANSLATE_NOOP("isms::domain", "Give %1 a measure or target, an owner and a "
                                                                    "due date."))
                                    .arg(refList(incomplete)));
    return b.finish();
}

// 7.2: the competence each role needs is determined, and evidence of competence is retained:
// a completed or passed training record, or an approved document declared as such evidence.
MandatoryItem competence(const Facts& f)
{
    ItemBuilder b("competence", "7.2", QT_TRANSLATE_NOOP("isms::domain", "Evidence of competence"), std::string(reg::trainings));
    const RegisterDef& def = f.def(reg::trainings);
    const int required = f.count(reg::competences);
    const int evidenced = f.count(reg::trainings, [&](const Record& t) {
        const std::string result = t.text(def, "result");
        return result == "completed" || result == "passed";
    });
    if (required > 0)
        b.evidence(countOf(required, "competence requirement", "competence requirements"));
    if (evidenced > 0)
        b.evidence(countOf(evidenced, "completed training record", "completed training records"));
    const bool document = f.declaredDocuments(b, "competence");
    b.condition(required > 0, Message(QT_TRANSLATE_NOOP("isms::domain", "Determine the competence each role needs (competence requirements).")));
    b.condition(evidenced > 0 || document, Message(QT_TRANSLATE_NOOP("isms::domain", "Record completed training or qualifications as evidence of competence.")));
    return b.finish();
}

// 8.1: an approved document declared as operational planning and control; approved procedures
// alone show processes exist but not that they were carried out as planned, so they are partial.
MandatoryItem operational(const Facts& f)
{
    ItemBuilder b("operational", "8.1", QT_TRANSLATE_NOOP("isms::domain", "Operational planning and control"),
                  std::string(reg::documents));
    const RegisterDef& docs = f.def(reg::documents);
    const int procedures = f.count(reg::documents, [&](const Record& d) {
        return d.text(docs, "type") == "procedure" && d.text(docs, "status") == "approved"
            && d.text(docs, "mandatory") != "operational";
    });
    if (procedures > 0)
        b.evidence(countOf(procedures, "approved procedure", "approved procedures"));
    b.condition(f.declaredDocuments(b, "operational"),
                needsDocument(QT_TRANSLATE_NOOP("isms::domain", "operational planning and control records (8.1)")));
    return b.finish();
}

// 8.2: a dated risk assessment (or an approved results document), every open risk assessed,
// and the latest assessment no older than the methodology's review interval.
MandatoryItem riskAssessmentResults(const Facts& f)
{
    ItemBuilder b("risk_assessment_results", "8.2", QT_TRANSLATE_NOOP("isms::domain", "Risk assessment results"),
                  std::string(reg::assessments));
    const RegisterDef& def = f.def(reg::assessments);
    std::optional<Date> latest;
    const Record* latestRecord = nullptr;
    for (const Record& a : f.data.of(reg::assessments))
        if (auto d = a.date(def, "date"); d && (!latest || *d > *latest)) {
            latest = d;
            latestRecord = &a;
        }
    if (latestRecord)
        b.evidence("Latest risk assessment: "
                   + describe(f.data, reg::assessments, *latestRecord, latest->toIso()));
    const bool document = f.declaredDocuments(b, "risk_assessment_results");
    b.condition(latest.has_value() || document, Message(QT_TRANSLATE_NOOP("isms::domain", "Record a dated risk assessment (8.2).")));

    const RegisterDef& risks = f.def(reg::risks);
    int open = 0;
    std::vector<std::string> unassessed;
    for (const Record& r : f.data.of(reg::risks)) {
        if (r.text(risks, "status") == "closed")
            continue;
        ++open;
        if (r.integer(risks, "inherent_likelihood") == 0 || r.integer(risks, "inherent_impact") == 0)
            unassessed.push_back(r.ref);
    }
    if (open > 0)
        b.evidence(countOf(open - static_cast<int>(unassessed.size()), "assessed risk", "assessed risks"));
    b.condition(open > 0, Message(QT_TRANSLATE_NOOP("isms::domain", "Identify and assess the information security risks.")));
    if (!unassessed.empty())
        b.guard(false, Message(QT_TRANSLATE_NOOP("isms::domain", "Assess %1.")).arg(refList(unassessed)));
    if (latest) {
        const int months = f.data.methodology.reviewIntervalMonths;
        b.guard(latest->addMonths(months) >= f.today,
                Message(QT_TRANSLATE_NOOP("isms::domain", "The latest risk assessment (%1) is older than the %2-month "
                                                    "interval: assess the risks again."))
                    .arg(latest->toIso())
                    .arg(months));
    }
    return b.finish();
}

// 8.3: treatment actions carried out (done), or an approved results document; and no residual
// risk above the acceptance threshold left without its owner's acceptance.
MandatoryItem riskTreatmentResults(const Facts& f)
{
    ItemBuilder b("risk_treatment_results", "8.3", QT_TRANSLATE_NOOP("isms::domain", "Risk treatment results"),
                  std::string(reg::treatments));
    const RegisterDef& def = f.def(reg::treatments);
    const int done = f.count(reg::treatments, [&](const Record& t) { return t.text(def, "status") == "done"; });
    if (done > 0)
        b.evidence(countOf(done, "completed treatment action", "completed treatment actions"));
    const bool document = f.declaredDocuments(b, "risk_treatment_results");
    b.condition(done > 0 || document, Message(QT_TRANSLATE_NOOP("isms::domain", "Complete treatment actions and record their evidence (8.3).")));
    int unaccepted = 0;
    for (const auto& flag : f.riskFlags())
        if (flag.kind == RiskFlagKind::AboveThresholdUnaccepted
            || flag.kind == RiskFlagKind::RetainedWithoutAcceptance)
            ++unaccepted;
    b.guard(unaccepted == 0,
            Message(unaccepted == 1 ? QT_TRANSLATE_NOOP("isms::domain", "1 risk is above the acceptance threshold without "
                                                                  "an acceptance.")
                                    : QT_TRANSLATE_NOOP("isms::domain", "%1 risks are above the acceptance threshold "
                                                                  "without an acceptance."))
                .arg(unaccepted));
    return b.finish();
}

// 9.1: metrics are defined and each has at least one measurement (approved monitoring reports
// are listed as evidence but do not replace the measurements).
MandatoryItem monitoring(const Facts& f)
{
    ItemBuilder b("monitoring", "9.1", QT_TRANSLATE_NOOP("isms::domain", "Monitoring and measurement results"),
                  std::string(reg::metrics));
    const RegisterDef& ms = f.def(reg::measurements);
    std::set<RecordId> measured;
    for (const Record& x : f.data.of(reg::measurements))
        measured.insert(x.integer(ms, "metric"));
    std::vector<std::string> unmeasured;
    for (const Record& m : f.data.of(reg::metrics))
        if (!measured.count(m.id))
            unmeasured.push_back(m.ref);
    const int metrics = static_cast<int>(f.data.of(reg::metrics).size());
    if (metrics > 0)
        b.evidence(countOf(metrics, "metric", "metrics") + ", "
                   + countOf(static_cast<int>(f.data.of(reg::measurements).size()), "measurement",
                             "measurements"));
    f.declaredDocuments(b, "monitoring");
    b.condition(metrics > 0, Message(QT_TRANSLATE_NOOP("isms::domain", "Define what is monitored and measured (metrics).")));
    if (!unmeasured.empty())
        b.guard(false, Message(QT_TRANSLATE_NOOP("isms::domain", "Record measurements of %1.")).arg(refList(unmeasured)));
    return b.finish();
}

// 9.2: an audit programme (or an approved programme document), at least one completed audit,
// and no audit whose auditor owns the audited area.
MandatoryItem audit(const Facts& f)
{
    ItemBuilder b("audit", "9.2", QT_TRANSLATE_NOOP("isms::domain", "Audit programme and results"), std::string(reg::audits));
    const RegisterDef& def = f.def(reg::audits);
    for (const Record& p : f.data.of(reg::programmes))
        b.evidence(describe(f.data, reg::programmes, p, "programme"));
    bool completed = false;
    for (const Record& a : f.data.of(reg::audits))
        if (a.text(def, "status") == "completed") {
            completed = true;
            b.evidence(describe(f.data, reg::audits, a, "completed"));
        }
    const bool document = f.declaredDocuments(b, "audit");
    b.condition(!f.data.of(reg::programmes).empty() || document, Message(QT_TRANSLATE_NOOP("isms::domain", "Plan an internal audit programme (9.2.2).")));
    b.condition(completed, Message(QT_TRANSLATE_NOOP("isms::domain", "Complete at least one internal audit and record its report.")));
    const auto partial = impartialityFlags(f.data);
    std::vector<std::string> refs;
    for (const auto& flag : partial)
        refs.push_back(flag.item.ref);
    b.guard(partial.empty(), Message(QT_TRANSLATE_NOOP("isms::domain", "Make %1 impartial: an auditor owns the audited "
                                                                 "area.")).arg(refList(refs)));
    return b.finish();
}

// 9.3: a held management review whose decisions are recorded (in the review or in an approved
// document declared as the review results).
MandatoryItem review(const Facts& f)
{
    ItemBuilder b("review", "9.3", QT_TRANSLATE_NOOP("isms::domain", "Management review results"), std::string(reg::reviews));
    const RegisterDef& def = f.def(reg::reviews);
    const Record* latest = nullptr;
    std::optional<Date> latestDate;
    for (const Record& r : f.data.of(reg::reviews)) {
        const auto d = reviewHeldOn(f.data, r);
        if (!d)
            continue;
        if (!latest || *d > *latestDate) {
            latest = &r;
            latestDate = d;
        }
    }
    if (latest)
        b.evidence(describe(f.data, reg::reviews, *latest,
                            "held " + latestDate->toIso()));
    const bool document = f.declaredDocuments(b, "review");
    b.condition(latest != nullptr, Message(QT_TRANSLATE_NOOP("isms::domain", "Hold a management review (9.3) and mark it held.")));
    const bool decisions = latest && !latest->text(def, "decisions").empty();
    b.condition(decisions || document, Message(QT_TRANSLATE_NOOP("isms::domain", "Record the decisions of the latest management review.")));
    return b.finish();
}

// 10.2: the nonconformity register is in use, or it is explicitly stated that there were none
// (checklist entry 10.2 met, or an approved document declared for 10.2); and no nonconformity
// was closed without checking the corrective action's effectiveness.
MandatoryItem nonconformities(const Facts& f)
{
    ItemBuilder b("nonconformities", "10.2", QT_TRANSLATE_NOOP("isms::domain", "Nonconformities and corrective actions"),
                  std::string(reg::nonconformities));
    const RegisterDef& def = f.def(reg::nonconformities);
    const int ncs = static_cast<int>(f.data.of(reg::nonconformities).size());
    if (ncs > 0)
        b.evidence(countOf(ncs, "nonconformity", "nonconformities") + ", "
                   + countOf(static_cast<int>(f.data.of(reg::actions).size()), "corrective action",
                             "corrective actions"));
    const RegisterDef& clauses = f.def(reg::clauses);
    bool checklistMet = false;
    for (const Record& c : f.data.of(reg::clauses))
        if (c.ref == "10.2" && c.text(clauses, "status") == "met") {
            checklistMet = true;
            if (ncs == 0)
                b.evidence("Checklist 10.2 met with no nonconformities recorded");
        }
    const bool document = f.declaredDocuments(b, "nonconformities");
    b.condition(ncs > 0 || checklistMet || document, Message(QT_TRANSLATE_NOOP("isms::domain", "Record nonconformities and corrective actions, or, if there were none, mark "
                "checklist entry 10.2 met.")));
    std::vector<std::string> unchecked;
    for (const Record& nc : f.data.of(reg::nonconformities)) {
        const std::string effective = nc.text(def, "effective");
        if (nc.text(def, "status") == "closed" && (effective.empty() || effective == "not_checked"))
            unchecked.push_back(nc.ref);
    }
    if (!unchecked.empty())
        b.guard(false, Message(QT_TRANSLATE_NOOP("isms::domain", "Check the effectiveness of the corrective action for %1 "
                                                       "(closed without a check).")).arg(refList(unchecked)));
    return b.finish();
}

// A checklist entry's clause number: its ref, or the first word of its title when the ref is
// not a clause number ("CL-012" titled "6.1.2 Information security risk assessment").
std::string clauseNumber(const IsmsData& data, const Record& entry)
{
    if (topLevelClause(entry.ref) != 0)
        return entry.ref;
    const std::string title = entry.text(data.def(reg::clauses), "title");
    const std::string first = title.substr(0, title.find(' '));
    return topLevelClause(first) != 0 ? first : std::string();
}

std::vector<int> clauseParts(const std::string& clause)
{
    std::vector<int> parts;
    int current = -1;
    for (char c : clause) {
        if (std::isdigit(static_cast<unsigned char>(c))) {
            current = (current < 0 ? 0 : current * 10) + (c - '0');
        } else if (c == '.') {
            parts.push_back(std::max(current, 0));
            current = -1;
        } else {
            break;
        }
    }
    if (current >= 0)
        parts.push_back(current);
    return parts;
}

const char* clauseTitle(int clause)
{
    switch (clause) {
    case 4: return QT_TRANSLATE_NOOP("isms::domain", "Context of the organization");
    case 5: return QT_TRANSLATE_NOOP("isms::domain", "Leadership");
    case 6: return QT_TRANSLATE_NOOP("isms::domain", "Planning");
    case 7: return QT_TRANSLATE_NOOP("isms::domain", "Support");
    case 8: return QT_TRANSLATE_NOOP("isms::domain", "Operation");
    case 9: return QT_TRANSLATE_NOOP("isms::domain", "Performance evaluation");
    case 10: return QT_TRANSLATE_NOOP("isms::domain", "Improvement");
    default: return "";
    }
}

} // namespace

int topLevelClause(const std::string& clause)
{
    if (clause.empty() || !std::isdigit(static_cast<unsigned char>(clause[0])))
        return 0;
    const auto parts = clauseParts(clause);
    const int top = parts.empty() ? 0 : parts.front();
    return top >= 4 && top <= 10 ? top : 0;
}

std::vector<MandatoryItem> mandatoryDocumentation(const IsmsData& data, Date today, const ReadinessInputs& inputs)
{
    const Facts f(data, today, inputs);
    return {scope(f),       policy(f),          riskAssessmentProcess(f), riskTreatmentProcess(f),
            statementOfApplicability(f), objectives(f), competence(f), operational(f),
            riskAssessmentResults(f), riskTreatmentResults(f), monitoring(f), audit(f),
            review(f),      nonconformities(f)};
}

AuditReadiness auditReadiness(const IsmsData& data, Date today, const ReadinessInputs& inputs)
{
    AuditReadiness result;
    result.mandatory = mandatoryDocumentation(data, today, inputs);
    const RegisterDef& def = data.def(reg::clauses);

    struct Entry {
        const Record* record;
        std::string clause;
        std::vector<int> parts;
    };
    std::vector<Entry> entries;
    for (const Record& r : data.of(reg::clauses))
        if (std::string clause = clauseNumber(data, r); !clause.empty())
            entries.push_back({&r, clause, clauseParts(clause)});
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry& a, const Entry& b) { return a.parts < b.parts; });
    // A heading ("6.1") is met when its sub-entries are; counting it too would count twice.
    auto isHeading = [&](const Entry& e) {
        for (const Entry& other : entries)
            if (other.parts.size() > e.parts.size()
                && std::equal(e.parts.begin(), e.parts.end(), other.parts.begin()))
                return true;
        return false;
    };

    for (int top = 4; top <= 10; ++top) {
        ClauseReadiness c;
        c.clause = std::to_string(top);
        c.title = clauseTitle(top);
        for (const Entry& e : entries) {
            if (e.parts.front() != top || isHeading(e))
                continue;
            ++c.requirements;
            const std::string status = e.record->text(def, "status");
            if (status == "met") {
                ++c.met;
                continue;
            }
            (status == "in_progress" ? c.inProgress : c.notStarted)++;
            c.gaps.push_back(ruleItem(data, reg::clauses, *e.record,
                                      Message(status == "in_progress" ? QT_TRANSLATE_NOOP("isms::domain", "%1 is in progress.")
                                                                      : QT_TRANSLATE_NOOP("isms::domain", "%1 is not started."))
                                          .arg(e.clause)));
        }
        c.percentMet = c.requirements > 0 ? c.met * 100 / c.requirements : 0;
        if (c.requirements == 0) {
            RuleItem note;
            note.registerKey = std::string(reg::clauses);
            note.ref = c.clause;
            note.title = c.title;
            note.what = Message(QT_TRANSLATE_NOOP("isms::domain", "The checklist has no entries for clause %1.")).arg(c.clause);
            note.message = english(note.what);
            c.gaps.insert(c.gaps.begin(), std::move(note));
        }
        for (const MandatoryItem& m : result.mandatory) {
            if (topLevelClause(m.clause) != top || m.presence == Presence::Present)
                continue;
            for (std::size_t i = 0; i < m.missing.size(); ++i) {
                RuleItem gap;
                gap.registerKey = m.registerKey;
                gap.ref = m.clause;
                gap.title = m.title;
                gap.message = m.missing[i];
                gap.what = m.missingWhat[i];
                c.gaps.push_back(std::move(gap));
            }
        }
        result.requirements += c.requirements;
        result.met += c.met;
        result.clauses.push_back(std::move(c));
    }
    result.percentMet = result.requirements > 0 ? result.met * 100 / result.requirements : 0;
    for (const MandatoryItem& m : result.mandatory)
        if (m.presence == Presence::Present)
            ++result.mandatoryPresent;
    result.ready = result.requirements > 0 && result.met == result.requirements
        && result.mandatoryPresent == static_cast<int>(result.mandatory.size());
    return result;
}

} // namespace isms
