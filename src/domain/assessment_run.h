#pragma once
// A risk assessment run (clause 8.2): an assessments record with every open risk's levels as
// they were when it was recorded, and a copy of the methodology in force then, so an old run is
// still read with the method it was made under after the method changes.

#include "date.h"
#include "methodology.h"
#include "record.h"

#include <optional>
#include <string>
#include <vector>

namespace isms {

// One risk's levels in a run. Levels are the scores of the run's own methodology.
struct RiskSnapshot {
    RecordId riskId = 0;
    std::string ref;
    std::string title;
    int inherentLikelihood = 0, inherentImpact = 0, inherentLevel = 0;
    int residualLikelihood = 0, residualImpact = 0, residualLevel = 0;

    // What the risk stands at: its residual level once assessed, its inherent level before.
    int currentLevel() const { return residualLevel > 0 ? residualLevel : inherentLevel; }
};

struct AssessmentRun {
    RecordId id = 0;           // the assessments record
    std::string ref;           // "RA-002"
    std::string title;
    std::optional<Date> date;
    std::string trigger;       // "planned", "change" or "initial" (the record's enum key)
    std::string note;
    // False for an assessments record made before schema 4 (or by hand): it has no kept method,
    // and `methodology` is then empty.
    bool methodologyKept = false;
    Methodology methodology;
    std::vector<RiskSnapshot> risks;  // by risk id; empty when only the header was read
    std::size_t riskCount = 0;        // risks in the snapshot, also when `risks` was not read
};

// Runs in the order they were made: by date, then by natural ref order.
void sortRuns(std::vector<AssessmentRun>& runs);

} // namespace isms
