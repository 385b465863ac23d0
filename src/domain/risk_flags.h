#pragma once
// Rule 6.1.2/6.1.3: risks that need attention before the register can be trusted, and the counts
// behind the heat maps. Levels are always looked up in the file's methodology, never read from
// the stored level fields, so a methodology just changed cannot leave a stale flag.

#include "field_condition.h"
#include "isms_data.h"
#include "rule_item.h"

#include <string>
#include <vector>

namespace isms {

enum class RiskFlagKind {
    OffScale,                   // a likelihood or impact outside the current scales
    RetainedWithoutAcceptance,  // treatment "retain", residual above the threshold, not accepted
    AboveThresholdUnaccepted,   // residual above the acceptance threshold, not accepted
    NotAssessed,                // no inherent likelihood and impact yet
};

struct RiskFlag {
    RuleItem item;
    RiskFlagKind kind = RiskFlagKind::NotAssessed;
    int score = 0;  // the residual score for acceptance flags, 0 otherwise
};

// Every flagged risk, most serious kind first, then highest score, then by ref.
// Closed risks are skipped, except for levels off the scale (that is a data problem in any risk).
// Opportunities are not "accepted", so they get no acceptance flags.
// The residual score is the residual pair when assessed, else the inherent one: a risk nobody has
// treated yet carries its inherent level.
std::vector<RiskFlag> riskFlags(const IsmsData& data);

// The score the acceptance rule uses for a risk (see above); 0 when unassessed.
int effectiveResidualScore(const IsmsData& data, const Record& risk);

// Open risks (not closed, not opportunities) per band of their effective residual score: what
// the risk owner is left with, treated or not.
struct ResidualBands {
    int open = 0;
    std::vector<int> perBand;  // one per Methodology::bands entry
    int unassessed = 0;        // no score (unassessed or off the scales)
};
ResidualBands residualBands(const IsmsData& data);

// Counts per cell of the likelihood x impact matrix, and per band.
struct HeatMap {
    int likelihoodLevels = 0;
    int impactLevels = 0;
    std::vector<int> cells;         // row-major by likelihood, like Methodology::matrix
    std::vector<int> bandCounts;    // one per Methodology::bands entry
    int unassessed = 0;             // risks without this pair (either value 0 or empty)
    int offScale = 0;               // risks whose pair is outside the scales

    int count(int likelihoodLevel, int impactLevel) const;  // 0 outside the matrix
    int assessed() const;
};

struct RiskHeatMaps {
    HeatMap inherent;
    HeatMap residual;  // residual pairs only: unassessed residuals are counted as unassessed
};

// Open risks only: closed risks and opportunities are left out of the heat maps.
RiskHeatMaps riskHeatMaps(const IsmsData& data);

// Which risks a heat map's cell counts, as conditions on their fields, so a register can be
// filtered to exactly them (the count in the cell and the rows shown agree): the pair's two
// levels equal, status not closed, kind not opportunity.
enum class HeatMapSide { Inherent, Residual };
std::vector<FieldCondition> heatMapCellConditions(HeatMapSide side, int likelihood, int impact);

} // namespace isms
