#pragma once
// What changed between two assessment runs (clause 8.2): the risks whose level rose or fell,
// those that appeared (new in the later run) and those that closed (in the earlier run, no
// longer in the register at the later one).
//
// Levels of two runs can come from two different methods (a 5x5 matrix replaced by a 4x4 one),
// where scores mean different things. So a move is judged by the level's band in its own run's
// method (Low < Medium < High ...), and within the same band by the score only when both runs
// used the same method.

#include "assessment_run.h"

#include <optional>
#include <string>
#include <vector>

namespace isms {

struct RiskMove {
    RecordId riskId = 0;
    std::string ref;
    std::string title;                  // from the later run when the risk is in it
    std::optional<RiskSnapshot> before; // empty for a risk that appeared
    std::optional<RiskSnapshot> after;  // empty for a risk that closed
    int bandBefore = 0, bandAfter = 0;  // 1-based band position in each run's method, 0 unassessed
};

struct RunComparison {
    bool sameMethod = true;  // both runs kept the same methodology
    std::vector<RiskMove> rose, fell, appeared, closed;  // each in natural ref order
    int unchanged = 0;
};

// 1-based position of the score's band in the method (0 for an unassessed score).
int bandPosition(const Methodology& methodology, int score);
// The same scales, matrix, bands and acceptance threshold.
bool sameMethodology(const Methodology& a, const Methodology& b);

RunComparison compareRuns(const AssessmentRun& before, const AssessmentRun& after);

} // namespace isms
