#include "risk_flags.h"

#include "ref_order.h"
#include "risk_kind.h"

#include "approval_status.h"
#include "record_lookup.h"

#include <algorithm>
#include <map>

namespace isms {

namespace {

struct Pair {
    std::int64_t likelihood = 0;
    std::int64_t impact = 0;
};

// The risk fields the rules read, located once per run.
struct RiskFields {
    explicit RiskFields(const RegisterDef& def)
        : inherentLikelihood(def, "inherent_likelihood"), inherentImpact(def, "inherent_impact"),
          residualLikelihood(def, "residual_likelihood"), residualImpact(def, "residual_impact"),
          status(def, "status"), kind(def, "kind"), treatment(def, "treatment"),
          acceptedBy(def, "accepted_by"), acceptedOn(def, "accepted_on")
    {
    }
    FieldAt inherentLikelihood, inherentImpact, residualLikelihood, residualImpact, status, kind,
        treatment, acceptedBy, acceptedOn;

    Pair inherent(const Record& r) const
    {
        return Pair{inherentLikelihood.integer(r), inherentImpact.integer(r)};
    }
    Pair residual(const Record& r) const
    {
        return Pair{residualLikelihood.integer(r), residualImpact.integer(r)};
    }
};

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

namespace {
int effectiveScore(const RiskFields& f, const Record& risk, const Methodology& m)
{
    const Pair residual = f.residual(risk);
    return scoreOf(unassessed(residual) ? f.inherent(risk) : residual, m);
}
} // namespace

int effectiveResidualScore(const IsmsData& data, const Record& risk)
{
    return effectiveScore(RiskFields(data.def(reg::risks)), risk, data.methodology);
}

std::vector<RiskFlag> riskFlags(const IsmsData& data)
{
    const RiskFields fields(data.def(reg::risks));
    const Methodology& m = data.methodology;
    std::vector<RiskFlag> flags;
    std::map<RecordId, const RiskApproval*> latestApprovals;
    for (const RiskApproval& a : data.approvals)
        if (auto& slot = latestApprovals[a.riskId]; !slot || a.id > slot->id)
            slot = &a;
    for (const Record& risk : data.of(reg::risks)) {
        const Pair inherent = fields.inherent(risk);
        const Pair residual = fields.residual(risk);
        const bool closed = fields.status.text(risk) == "closed";

        if (offScale(inherent, m) || offScale(residual, m)) {
            flags.push_back({ruleItem(data, reg::risks, risk,
                                      Message(offScale(inherent, m)
                                                  ? QT_TRANSLATE_NOOP("isms::domain", "The inherent likelihood or impact is outside "
                                                                      "the current scales (%1 x %2): assess the "
                                                                      "risk again on the current scales.")
                                                  : QT_TRANSLATE_NOOP("isms::domain", "The residual likelihood or impact is outside "
                                                                      "the current scales (%1 x %2): assess the "
                                                                      "risk again on the current scales."))
                                          .arg(static_cast<long long>(m.likelihood.size()))
                                          .arg(static_cast<long long>(m.impact.size()))),
                             RiskFlagKind::OffScale, 0});
            continue;  // any level computed from it would be meaningless
        }
        if (closed)
            continue;
        if (unassessed(inherent)) {
            flags.push_back({ruleItem(data, reg::risks, risk,
                                      Message(QT_TRANSLATE_NOOP("isms::domain", "Not assessed: give it an inherent likelihood "
                                                                "and impact."))),
                             RiskFlagKind::NotAssessed, 0});
            continue;
        }
        if (fields.kind.text(risk) == "opportunity")
            continue;
        const int score = effectiveScore(fields, risk, m);
        if (score <= m.acceptableMaxScore)
            continue;
        const bool hasAcceptor = fields.acceptedBy.integer(risk) != 0;
        const bool hasDate = fields.acceptedOn.date(risk).has_value();
        if (hasAcceptor && hasDate)
            continue;
        // An owner's approval of the risk as it is now is an acceptance too (its expiry is the
        // approval status's concern: approval_status.h).
        if (const auto approval = latestApprovals.find(risk.id);
            approval != latestApprovals.end() && approval->second->state == approvedStateOf(data, risk))
            continue;
        const Message missing(!hasAcceptor && !hasDate ? QT_TRANSLATE_NOOP("isms::domain", "no acceptance is recorded")
            : !hasAcceptor ? QT_TRANSLATE_NOOP("isms::domain", "the acceptance does not say who accepted it")
                           : QT_TRANSLATE_NOOP("isms::domain", "the acceptance has no date"));
        const bool inherentOnly = unassessed(residual);
        if (fields.treatment.text(risk) == "retain") {
            flags.push_back({ruleItem(data, reg::risks, risk,
                                      Message(inherentOnly
                                                  ? QT_TRANSLATE_NOOP("isms::domain", "Retained although its inherent level %1 is "
                                                                      "above the acceptance threshold %2, and %3: "
                                                                      "record who accepted it and when, or treat it.")
                                                  : QT_TRANSLATE_NOOP("isms::domain", "Retained although its residual level %1 is "
                                                                      "above the acceptance threshold %2, and %3: "
                                                                      "record who accepted it and when, or treat it."))
                                          .arg(describeScore(score, m))
                                          .arg(m.acceptableMaxScore)
                                          .arg(missing)),
                             RiskFlagKind::RetainedWithoutAcceptance, score});
        } else {
            flags.push_back({ruleItem(data, reg::risks, risk,
                                      Message(inherentOnly
                                                  ? QT_TRANSLATE_NOOP("isms::domain", "The inherent level %1 is above the acceptance "
                                                                      "threshold %2 and %3: treat it further or "
                                                                      "record its acceptance.")
                                                  : QT_TRANSLATE_NOOP("isms::domain", "The residual level %1 is above the acceptance "
                                                                      "threshold %2 and %3: treat it further or "
                                                                      "record its acceptance."))
                                          .arg(describeScore(score, m))
                                          .arg(m.acceptableMaxScore)
                                          .arg(missing)),
                             RiskFlagKind::AboveThresholdUnaccepted, score});
        }
    }
    std::stable_sort(flags.begin(), flags.end(), [](const RiskFlag& a, const RiskFlag& b) {
        if (a.kind != b.kind)
            return a.kind < b.kind;
        if (a.score != b.score)
            return a.score > b.score;
        return refLess(a.item.ref, b.item.ref);
    });
    return flags;
}

ResidualBands residualBands(const IsmsData& data)
{
    const RiskFields fields(data.def(reg::risks));
    const Methodology& m = data.methodology;
    ResidualBands result;
    result.perBand.assign(m.bands.size(), 0);
    for (const Record& risk : data.of(reg::risks)) {
        if (fields.status.text(risk) == "closed" || fields.kind.text(risk) == "opportunity")
            continue;
        ++result.open;
        if (const RiskBand* band = m.band(effectiveScore(fields, risk, m)))
            ++result.perBand[static_cast<std::size_t>(band - m.bands.data())];
        else
            ++result.unassessed;
    }
    return result;
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

namespace {
// What keeps a risk off the heat maps (riskHeatMaps and heatMapCellConditions agree on it).
constexpr const char* kClosedStatus = "closed";
} // namespace

RiskHeatMaps riskHeatMaps(const IsmsData& data)
{
    const RiskFields fields(data.def(reg::risks));
    const Methodology& m = data.methodology;
    RiskHeatMaps maps{emptyMap(m), emptyMap(m)};
    for (const Record& risk : data.of(reg::risks)) {
        if (fields.status.text(risk) == kClosedStatus || fields.kind.text(risk) == kOpportunityKind)
            continue;
        addTo(maps.inherent, fields.inherent(risk), m);
        addTo(maps.residual, fields.residual(risk), m);
    }
    return maps;
}

std::vector<FieldCondition> heatMapCellConditions(HeatMapSide side, int likelihood, int impact)
{
    const bool inherent = side == HeatMapSide::Inherent;
    return {
        {inherent ? "inherent_likelihood" : "residual_likelihood", std::to_string(likelihood), true},
        {inherent ? "inherent_impact" : "residual_impact", std::to_string(impact), true},
        {"status", kClosedStatus, false},
        {"kind", std::string(kOpportunityKind), false},
    };
}

} // namespace isms
