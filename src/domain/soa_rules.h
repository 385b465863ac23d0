#pragma once
// Rule 6.1.3 d: the Statement of Applicability is complete (every control decided and justified)
// and consistent with the risk treatment (no excluded control in use, every control chosen to
// treat a risk says so).

#include "isms_data.h"
#include "rule_item.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace isms {

inline constexpr int kAnnexAControlCount = 93;  // ISO/IEC 27001:2022 Annex A

// Why a control is included. Risk treatment is ticked or follows from a risk treated by the
// control (risk_controls); legal is ticked or follows from a requirement of an interested party
// whose source is a law or a regulation and which the control addresses (requirement_controls);
// contractual likewise from a contract; business is only ever chosen (ticked).
struct SoaReasons {
    bool risk = false, legal = false, contractual = false, business = false;
    bool any() const { return risk || legal || contractual || business; }
    bool operator==(const SoaReasons&) const = default;
};

// Every control's reasons, by control id (controls without any are absent).
std::unordered_map<RecordId, SoaReasons> soaReasons(const IsmsData& data);

struct SoaCompleteness {
    bool complete = false;
    int controls = 0;         // every record of the controls register
    int annexAControls = 0;   // those whose ref is an Annex A control (annex_a.h)
    int decided = 0;          // applicable "yes" or "no"
    int justified = 0;        // decided and justified
    // One item per control that is undecided or unjustified, in ref order, plus (id 0) one item
    // when fewer than the 93 Annex A controls are listed.
    std::vector<RuleItem> missing;
};

// A control needs applicable "yes" with at least one reason (soaReasons: ticked or following
// from its risks and requirements), or applicable "no" with a justification text. Empty counts
// as "undecided".
SoaCompleteness soaCompleteness(const IsmsData& data);

enum class SoaIssueKind {
    ExcludedButTreatsRisk,        // applicable "no", linked from a risk (risk_controls)
    ExcludedButImplemented,       // applicable "no", linked from a treatment (treatment_controls)
    TreatsRiskWithoutRiskReason,  // linked from a risk, applicable not "no", reason_risk not set
};

struct SoaInconsistency {
    RuleItem item;  // the control
    SoaIssueKind kind = SoaIssueKind::ExcludedButTreatsRisk;
    std::vector<std::string> relatedRefs;  // the risks or treatment actions involved, sorted
};

// Sorted by control ref, then kind.
std::vector<SoaInconsistency> soaInconsistencies(const IsmsData& data);

struct OptionCount {
    std::string key;    // the option key; "" for controls with the field empty
    std::string label;  // "Not set" for ""
    int count = 0;
};

struct SoaSummary {
    int controls = 0;
    std::vector<OptionCount> byDecision;        // undecided, yes, no (empty counts as undecided)
    std::vector<OptionCount> byImplementation;  // in option order, then "" if any are unset
    int count(const std::vector<OptionCount>& counts, const std::string& key) const;
    int decision(const std::string& key) const { return count(byDecision, key); }
    int implementation(const std::string& key) const { return count(byImplementation, key); }
};

SoaSummary soaSummary(const IsmsData& data);

} // namespace isms
