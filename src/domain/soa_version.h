#pragma once
// Versions of the Statement of Applicability (clause 6.1.3 d). Approving the SoA freezes a
// numbered version: every control's decision, reasons (as soaReasons gives them then),
// justification, implementation status and owner, with who approved it, when and a note. A
// version approved while controls are still undecided is allowed but marked incomplete.

#include "isms_data.h"
#include "soa_rules.h"

#include <optional>
#include <string>
#include <vector>

namespace isms {

struct SoaVersionEntry {
    RecordId controlId = 0;
    std::string ref;
    std::string title;
    std::string applicable;  // "yes", "no" or "undecided" (an empty decision is frozen as undecided)
    SoaReasons reasons;
    std::string justification;
    std::string implementation;  // the enum key, or ""
    RecordId ownerId = 0;        // a person, or 0
    std::string ownerName;       // the person's name when frozen, so it survives their removal
    bool operator==(const SoaVersionEntry&) const = default;
};

struct SoaVersion {
    int number = 0;           // 1, 2, ...
    std::string approvedAt;   // UTC ISO 8601
    RecordId approvedById = 0;
    std::string approvedByName;
    std::string note;
    int undecided = 0;        // controls without a decision when approved
    bool incomplete() const { return undecided > 0; }
    std::vector<SoaVersionEntry> controls;  // in natural ref order; empty when only the header was read
    std::size_t controlCount = 0;           // also when `controls` was not read
};

// The SoA as it stands: one entry per control, in natural ref order.
std::vector<SoaVersionEntry> freezeSoa(const IsmsData& data);
int undecidedControls(const std::vector<SoaVersionEntry>& entries);

enum class SoaAspect { Decision, Reasons, Justification, Implementation, Owner, Title };

struct SoaControlChange {
    RecordId controlId = 0;
    std::string ref;
    std::optional<SoaVersionEntry> before;  // empty: the control is new in the later version
    std::optional<SoaVersionEntry> after;   // empty: the control was removed
    std::vector<SoaAspect> changed;         // for a control in both, what differs
};

struct SoaDiff {
    std::vector<SoaControlChange> changes;  // in natural ref order
    int unchanged = 0;
    int count(SoaAspect aspect) const;
    int added() const;
    int removed() const;
};

// What differs between two versions, control by control (matched by control id).
SoaDiff diffSoa(const SoaVersion& before, const SoaVersion& after);

} // namespace isms
