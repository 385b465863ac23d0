#include "assessment_compare.h"

#include "ref_order.h"

#include <algorithm>
#include <unordered_map>

namespace isms {

namespace {

bool sameScale(const std::vector<ScaleLevel>& a, const std::vector<ScaleLevel>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const ScaleLevel& x, const ScaleLevel& y) {
        return x.label == y.label && x.description == y.description;
    });
}

bool sameBands(const std::vector<RiskBand>& a, const std::vector<RiskBand>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const RiskBand& x, const RiskBand& y) {
        return x.label == y.label && x.minScore == y.minScore && x.colour == y.colour;
    });
}

void byRef(std::vector<RiskMove>& moves)
{
    std::stable_sort(moves.begin(), moves.end(),
                     [](const RiskMove& a, const RiskMove& b) { return refLess(a.ref, b.ref); });
}

} // namespace

int bandPosition(const Methodology& methodology, int score)
{
    if (score <= 0)
        return 0;
    const RiskBand* band = methodology.band(score);
    if (!band)
        return 0;
    return static_cast<int>(band - methodology.bands.data()) + 1;
}

bool sameMethodology(const Methodology& a, const Methodology& b)
{
    return sameScale(a.likelihood, b.likelihood) && sameScale(a.impact, b.impact) && a.matrix == b.matrix
        && sameBands(a.bands, b.bands) && a.acceptableMaxScore == b.acceptableMaxScore;
}

RunComparison compareRuns(const AssessmentRun& before, const AssessmentRun& after)
{
    RunComparison result;
    result.sameMethod = sameMethodology(before.methodology, after.methodology);
    std::unordered_map<RecordId, const RiskSnapshot*> earlier;
    earlier.reserve(before.risks.size());
    for (const RiskSnapshot& r : before.risks)
        earlier.emplace(r.riskId, &r);

    for (const RiskSnapshot& now : after.risks) {
        RiskMove move{now.riskId, now.ref, now.title, std::nullopt, now, 0,
                      bandPosition(after.methodology, now.currentLevel())};
        const auto it = earlier.find(now.riskId);
        if (it == earlier.end()) {
            result.appeared.push_back(std::move(move));
            continue;
        }
        const RiskSnapshot& then = *it->second;
        earlier.erase(it);
        move.before = then;
        move.bandBefore = bandPosition(before.methodology, then.currentLevel());
        int order = move.bandAfter - move.bandBefore;
        if (order == 0 && result.sameMethod)
            order = now.currentLevel() - then.currentLevel();
        if (order > 0)
            result.rose.push_back(std::move(move));
        else if (order < 0)
            result.fell.push_back(std::move(move));
        else
            ++result.unchanged;
    }
    for (const RiskSnapshot& then : before.risks)
        if (earlier.count(then.riskId))
            result.closed.push_back({then.riskId, then.ref, then.title, then, std::nullopt,
                                     bandPosition(before.methodology, then.currentLevel()), 0});
    for (auto* list : {&result.rose, &result.fell, &result.appeared, &result.closed})
        byRef(*list);
    return result;
}

} // namespace isms
