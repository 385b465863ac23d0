#pragma once
// The file's own risk methodology (clause 6.1.2): scales, matrix, bands and acceptance criteria.
// A risk's level is always looked up here, never typed.

#include "result.h"

#include <string>
#include <vector>

namespace isms {

struct ScaleLevel {
    std::string label;        // "Likely"
    std::string description;  // "Expected to happen at least once a year"
};

struct RiskBand {
    std::string label;   // "High"
    int minScore = 0;    // a score belongs to the last band whose minScore <= score
    std::string colour;  // "#RRGGBB"
};

struct Methodology {
    static constexpr int kMinLevels = 3;
    static constexpr int kMaxLevels = 10;

    std::vector<ScaleLevel> likelihood;  // level n is likelihood[n - 1]
    std::vector<ScaleLevel> impact;
    // Score of each cell, row-major by likelihood: cell (l, i) is at (l - 1) * impact.size() + (i - 1).
    std::vector<int> matrix;
    std::vector<RiskBand> bands;  // ascending minScore
    int acceptableMaxScore = 0;   // residual scores above this need an explicit acceptance
    std::string acceptanceCriteria;
    int reviewIntervalMonths = 12;

    // Presets offered by the New wizard: N x N with score = likelihood x impact.
    static Methodology preset(int levels);
    static Methodology preset5x5() { return preset(5); }

    // Scale sizes 3-10, a full matrix, ascending bands with #RRGGBB colours, labels present.
    Result<void> validate() const;

    // 0 when a level is outside its scale (unassessed).
    int score(int likelihoodLevel, int impactLevel) const;
    // nullptr for a score of 0 or when no band covers it.
    const RiskBand* band(int score) const;
    bool acceptable(int score) const { return score > 0 && score <= acceptableMaxScore; }
};

} // namespace isms
