#pragma once
// The pieces of the demo organisation, filled in order by fillDemo. Each part reads the ids the
// earlier parts produced, so links can be made without looking records up again.

#include "content/record_writer.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace isms::content::demo {

struct Ids {
    std::map<std::string, RecordId> people;    // by short name: "ceo", "ciso", ...
    std::map<std::string, RecordId> documents;  // by short name: "policy", "access", ...
    std::map<std::string, RecordId> assets;     // by short name
    std::map<std::string, RecordId> risks;      // by short name
    std::map<std::string, RecordId> controls;   // by Annex A id: "A.5.1"
    std::map<std::string, RecordId> clauses;    // by clause number
    std::map<std::string, RecordId> metrics;    // by short name: "mfa", "patch", ...
    std::map<std::string, RecordId> issues;
    std::set<std::string> controlsTreatingRisks;  // Annex A ids the risks link to
    RecordId scope = 0;
    std::vector<RecordId> findings;  // the access control audit's two nonconformities
    RecordId review = 0;             // the last management review held
    Date today;
    Date day(int offset) const { return today.addDays(offset); }
};

void addOrganisation(RecordWriter& w, Ids& ids);  // people, roles, context, parties, scope
void addDocuments(RecordWriter& w, Ids& ids);     // policies and procedures
void addAssetsAndRisks(RecordWriter& w, Ids& ids);
void addStatementOfApplicability(RecordWriter& w, Ids& ids);
void addTreatmentPlan(RecordWriter& w, Ids& ids);
void addSupport(RecordWriter& w, Ids& ids);       // competence, training, awareness, communication
void addPerformance(RecordWriter& w, Ids& ids);   // objectives, metrics, audits, review
void addImprovement(RecordWriter& w, Ids& ids);   // nonconformities, actions, improvements, evidence
// Attachments made by the demo itself: a PDF, a PNG and an XLSX (demo_evidence.cpp).
Result<void> addEvidence(storage::IsmsFile& file, const Ids& ids);
// Risk owners' approvals, one of them lapsed by a later edit (demo_approvals.cpp).
Result<void> addApprovals(storage::IsmsFile& file, const Ids& ids);
// Two assessment runs and two SoA versions that differ (demo_versions.cpp).
Result<void> addVersions(storage::IsmsFile& file, const Ids& ids);

} // namespace isms::content::demo
