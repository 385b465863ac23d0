#include "risk_levels.h"

namespace isms {

namespace {

void applyPair(const RegisterDef& risks, Record& risk, const Methodology& methodology,
               const char* likelihoodKey, const char* impactKey, const char* levelKey)
{
    const int score = methodology.score(static_cast<int>(risk.integer(risks, likelihoodKey)),
                                        static_cast<int>(risk.integer(risks, impactKey)));
    risk.set(risks, levelKey, score > 0 ? Value(std::int64_t{score}) : Value());
}

} // namespace

void applyRiskLevels(const RegisterDef& risks, Record& risk, const Methodology& methodology)
{
    if (risk.values.size() < risks.fields.size())
        risk.values.resize(risks.fields.size());
    applyPair(risks, risk, methodology, "inherent_likelihood", "inherent_impact", "inherent_level");
    applyPair(risks, risk, methodology, "residual_likelihood", "residual_impact", "residual_level");
}

} // namespace isms
