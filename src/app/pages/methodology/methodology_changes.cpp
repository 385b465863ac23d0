#include "app/pages/methodology/methodology_changes.h"

#include "app/session/value_convert.h"
#include "domain/catalogue.h"
#include "domain/risk_levels.h"
#include "storage/isms_file.h"

namespace isms::app {

namespace {

std::vector<ScaleLevel> resizedScale(std::vector<ScaleLevel> scale, int levels,
                                     const QString& newLabel)
{
    const auto size = static_cast<std::size_t>(levels);
    for (std::size_t n = scale.size(); n < size; ++n)
        scale.push_back({ss(newLabel.arg(static_cast<int>(n) + 1)), {}});
    scale.resize(size);
    return scale;
}

bool sameScale(const std::vector<ScaleLevel>& a, const std::vector<ScaleLevel>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t n = 0; n < a.size(); ++n)
        if (a[n].label != b[n].label || a[n].description != b[n].description)
            return false;
    return true;
}

} // namespace

Methodology resizedMethodology(const Methodology& methodology, int likelihoodLevels,
                               int impactLevels, const QString& newLikelihoodLabel,
                               const QString& newImpactLabel)
{
    Methodology resized = methodology;
    resized.likelihood = resizedScale(methodology.likelihood, likelihoodLevels, newLikelihoodLabel);
    resized.impact = resizedScale(methodology.impact, impactLevels, newImpactLabel);
    resized.matrix.clear();
    for (int l = 1; l <= likelihoodLevels; ++l)
        for (int i = 1; i <= impactLevels; ++i) {
            const int kept = methodology.score(l, i);
            resized.matrix.push_back(kept > 0 ? kept : l * i);
        }
    return resized;
}

bool sameScores(const Methodology& a, const Methodology& b)
{
    return a.likelihood.size() == b.likelihood.size() && a.impact.size() == b.impact.size()
        && a.matrix == b.matrix;
}

bool sameMethodology(const Methodology& a, const Methodology& b)
{
    if (!sameScores(a, b) || !sameScale(a.likelihood, b.likelihood) || !sameScale(a.impact, b.impact)
        || a.bands.size() != b.bands.size() || a.acceptableMaxScore != b.acceptableMaxScore
        || a.acceptanceCriteria != b.acceptanceCriteria
        || a.reviewIntervalMonths != b.reviewIntervalMonths)
        return false;
    for (std::size_t n = 0; n < a.bands.size(); ++n)
        if (a.bands[n].label != b.bands[n].label || a.bands[n].minScore != b.bands[n].minScore
            || a.bands[n].colour != b.bands[n].colour)
            return false;
    return true;
}

int risksChangingLevel(const storage::IsmsFile& file, const Methodology& proposed)
{
    const RegisterDef& risks = file.catalogue().get(reg::risks);
    auto records = file.list(risks);
    if (!records)
        return -1;
    int changing = 0;
    for (const Record& stored : *records) {
        Record evaluated = stored;
        applyRiskLevels(risks, evaluated, proposed);
        if (evaluated.get(risks, "inherent_level") != stored.get(risks, "inherent_level")
            || evaluated.get(risks, "residual_level") != stored.get(risks, "residual_level"))
            ++changing;
    }
    return changing;
}

} // namespace isms::app
