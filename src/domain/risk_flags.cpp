#include "risk_flags.h"

#include "record_lookup.h"

#include <algorithm>
#include <tuple>

namespace isms {

namespace {

struct Pair {
    std::int64_t likelihood = 0;
    std::int64_t impact = 0;
};

Pair pairOf(const RegisterDef& def, const Record& risk, const char* likelihoodKey,
            const char* impactKey)
{
    return Pair{risk.integer(def, likelihoodKey), risk.integer(def, impactKey)};
}

bool unassessed(const Pair& p)
{
    return p.likelihood == 0 || p.impact == 0;
}

bool offScale(const Pair& p, const Methodology& m)
{
    if (unassessed(p))
        return false;
    return p.likelihood < 0 || p.impact < 0
        || p.likelihood > static_cast<std::int64_t>(m.likelihood.size())
        || p.impact > static_cast<std::int64_t>(m.impact.size());
}

int scoreOf(const Pair& p, const Methodology& m)
{
    return m.score(static_cast<int>(p.likelihood), static_cast<int>(p.impact));
}

std::string describeScore(int score, const Methodology& m)
{
    std::string text = std::to_string(score);
    if (const RiskBand* band = m.band(score))
        text += " (" + band->label + ")";
    return text;
}

} // namespace

int effectiveResidualScore(const IsmsData& data, const Record& risk)
{
    const RegisterDef& def = data.def(reg::risks);
    const Pair residual = pairOf(def, risk, "residual_likelihood", "residual_impact");
    if (!unassessed(residual))
        return scoreOf(residual, data.methodology);
    return scoreOf(pairOf(def, risk, "inherent_likelihood", "inherent_impact"), data.methodology);
}

std::vector<RiskFlag> riskFlags(const IsmsData& data)
{
    const RegisterDef& def = data.def(reg::risks);
    const Methodology& m = data.methodology;
    std::vector<RiskFlag> flags;
    for (const Record& risk : data.of(reg::risks)) {
        const Pair inherent = pairOf(def, risk, "inherent_likelihood", "inherent_impact");
        const Pair residual = pairOf(def, risk, "residual_likelihood", "residual_impact");
        const bool closed = risk.text(def, "status") == "closed";

        if (offScale(inherent, m) || offScale(residual, m)) {
            const std::string which = offScale(inherent, m) ? "inherent" : "residual";
            flags.push_back({ruleItem(data, reg::risks, risk,
                                      "The " + which + " likelihood or impact is outside the current "
                                      "scales (" + std::to_string(m.likelihood.size()) + " x "
                                      + std::to_string(m.impact.size())
                                      + "): assess the risk again on the current scales."),
                             RiskFlagKind::OffScale, 0});
            continue;  // any level computed from it would be meaningless
        }
        if (closed)
            continue;
        if (unassessed(inherent)) {
            flags.push_back({ruleItem(data, reg::risks, risk,
                                      "Not assessed: give it an inherent likelihood and impact."),
                             RiskFlagKind::NotAssessed, 0});
            continue;
        }
        if (risk.text(def, "kind") == "opportunity")
            continue;
        const int score = effectiveResidualScore(data, risk);
        if (score <= m.acceptableMaxScore)
            continue;
        const bool hasAcceptor = risk.integer(def, "accepted_by") != 0;
        const bool hasDate = risk.date(def, "accepted_on").has_value();
        if (hasAcceptor && hasDate)
            continue;
        std::string missing = !hasAcceptor && !hasDate ? "no acceptance is recorded"
            : !hasAcceptor                             ? "the acceptance does not say who accepted it"
                                                       : "the acceptance has no date";
        const std::string which = unassessed(residual) ? "inherent" : "residual";
        if (risk.text(def, "treatment") == "retain") {
            flags.push_back({ruleItem(data, reg::risks, risk,
                                      "Retained although its " + which + " level " + describeScore(score, m)
                                      + " is above the acceptance threshold "
                                      + std::to_string(m.acceptableMaxScore) + ", and " + missing
                                      + ": record who accepted it and when, or treat it."),
                             RiskFlagKind::RetainedWithoutAcceptance, score});
        } else {
            flags.push_back({ruleItem(data, reg::risks, risk,
                                      "The " + which + " level " + describeScore(score, m)
                                      + " is above the acceptance threshold "
                                      + std::to_string(m.acceptableMaxScore) + " and " + missing
                                      + ": treat it further or record its acceptance."),
                             RiskFlagKind::AboveThresholdUnaccepted, score});
        }
    }
    std::stable_sort(flags.begin(), flags.end(), [](const RiskFlag& a, const RiskFlag& b) {
        return std::tuple(static_cast<int>(a.kind), -a.score, a.item.ref)
            < std::tuple(static_cast<int>(b.kind), -b.score, b.item.ref);
    });
    return flags;
}

int HeatMap::count(int likelihoodLevel, int impactLevel) const
{
    if (likelihoodLevel < 1 || likelihoodLevel > likelihoodLevels || impactLevel < 1
        || impactLevel > impactLevels)
        return 0;
    return cells[static_cast<std::size_t>((likelihoodLevel - 1) * impactLevels + (impactLevel - 1))];
}

int HeatMap::assessed() const
{
    int total = 0;
    for (int c : cells)
        total += c;
    return total;
}

namespace {

HeatMap emptyMap(const Methodology& m)
{
    HeatMap map;
    map.likelihoodLevels = static_cast<int>(m.likelihood.size());
    map.impactLevels = static_cast<int>(m.impact.size());
    map.cells.assign(static_cast<std::size_t>(map.likelihoodLevels * map.impactLevels), 0);
    map.bandCounts.assign(m.bands.size(), 0);
    return map;
}

void addTo(HeatMap& map, const Pair& p, const Methodology& m)
{
    if (unassessed(p)) {
        ++map.unassessed;
        return;
    }
    if (offScale(p, m)) {
        ++map.offScale;
        return;
    }
    ++map.cells[static_cast<std::size_t>((p.likelihood - 1) * map.impactLevels + (p.impact - 1))];
    if (const RiskBand* band = m.band(scoreOf(p, m)))
        ++map.bandCounts[static_cast<std::size_t>(band - m.bands.data())];
}

} // namespace

RiskHeatMaps riskHeatMaps(const IsmsData& data)
{
    const RegisterDef& def = data.def(reg::risks);
    const Methodology& m = data.methodology;
    RiskHeatMaps maps{emptyMap(m), emptyMap(m)};
    for (const Record& risk : data.of(reg::risks)) {
        if (risk.text(def, "status") == "closed" || risk.text(def, "kind") == "opportunity")
            continue;
        addTo(maps.inherent, pairOf(def, risk, "inherent_likelihood", "inherent_impact"), m);
        addTo(maps.residual, pairOf(def, risk, "residual_likelihood", "residual_impact"), m);
    }
    return maps;
}

} // namespace isms
