#include "methodology.h"

#include <algorithm>
#include <cctype>

namespace isms {

namespace {

bool isColour(const std::string& colour)
{
    if (colour.size() != 7 || colour[0] != '#')
        return false;
    return std::all_of(colour.begin() + 1, colour.end(),
                       [](unsigned char c) { return std::isxdigit(c) != 0; });
}

std::vector<ScaleLevel> defaultScale(int levels, bool forLikelihood)
{
    // Words for the common sizes; other sizes get numbered levels the user renames.
    static const std::vector<std::vector<std::string>> likelihoodWords{
        {"Unlikely", "Possible", "Likely"},
        {"Rare", "Unlikely", "Likely", "Almost certain"},
        {"Rare", "Unlikely", "Possible", "Likely", "Almost certain"},
    };
    static const std::vector<std::vector<std::string>> impactWords{
        {"Minor", "Moderate", "Severe"},
        {"Minor", "Moderate", "Major", "Severe"},
        {"Negligible", "Minor", "Moderate", "Major", "Severe"},
    };
    const auto& words = forLikelihood ? likelihoodWords : impactWords;
    std::vector<ScaleLevel> scale;
    for (int n = 1; n <= levels; ++n) {
        ScaleLevel level;
        if (levels >= 3 && levels <= 5)
            level.label = words[static_cast<std::size_t>(levels - 3)][static_cast<std::size_t>(n - 1)];
        else
            level.label = (forLikelihood ? "Likelihood " : "Impact ") + std::to_string(n);
        scale.push_back(level);
    }
    return scale;
}

} // namespace

Methodology Methodology::preset(int levels)
{
    levels = std::clamp(levels, kMinLevels, kMaxLevels);
    Methodology m;
    m.likelihood = defaultScale(levels, true);
    m.impact = defaultScale(levels, false);
    for (int l = 1; l <= levels; ++l)
        for (int i = 1; i <= levels; ++i)
            m.matrix.push_back(l * i);
    const int max = levels * levels;
    // Bands at roughly a sixth, a third and two thirds of the top score.
    const int medium = std::max(2, max / 6 + 1);
    const int high = std::max(medium + 1, max / 3 + 1);
    const int critical = std::max(high + 1, (2 * max) / 3 + 1);
    m.bands = {{"Low", 1, "#2e7d32"}, {"Medium", medium, "#f9a825"}, {"High", high, "#ef6c00"},
               {"Critical", critical, "#c62828"}};
    m.acceptableMaxScore = medium - 1 + (high - medium) / 2;
    m.acceptanceCriteria = "Residual risks scoring " + std::to_string(m.acceptableMaxScore)
        + " or less may be accepted by the risk owner; higher residual risks need treatment or "
          "the explicit acceptance of top management.";
    m.reviewIntervalMonths = 12;
    return m;
}

Result<void> Methodology::validate() const
{
    auto invalid = [](std::string message) { return makeError(ErrorCode::Invalid, std::move(message)); };
    const auto checkScale = [&](const std::vector<ScaleLevel>& scale, const char* name) -> Result<void> {
        if (scale.size() < static_cast<std::size_t>(kMinLevels)
            || scale.size() > static_cast<std::size_t>(kMaxLevels))
            return invalid(std::string("The ") + name + " scale has " + std::to_string(scale.size())
                           + " levels; it needs between 3 and 10.");
        for (std::size_t n = 0; n < scale.size(); ++n)
            if (scale[n].label.empty())
                return invalid(std::string("Level ") + std::to_string(n + 1) + " of the " + name
                               + " scale has no label.");
        return {};
    };
    if (auto r = checkScale(likelihood, "likelihood"); !r)
        return r;
    if (auto r = checkScale(impact, "impact"); !r)
        return r;
    if (matrix.size() != likelihood.size() * impact.size())
        return invalid("The risk matrix does not have a level for every likelihood and impact.");
    for (int s : matrix)
        if (s < 1)
            return invalid("Every cell of the risk matrix needs a level of 1 or more.");
    if (bands.empty())
        return invalid("The methodology needs at least one risk band.");
    for (std::size_t n = 0; n < bands.size(); ++n) {
        if (bands[n].label.empty())
            return invalid("Risk band " + std::to_string(n + 1) + " has no label.");
        if (!isColour(bands[n].colour))
            return invalid("Risk band \"" + bands[n].label + "\" needs a colour written as #RRGGBB.");
        if (n > 0 && bands[n].minScore <= bands[n - 1].minScore)
            return invalid("Risk bands must be in ascending order of their lowest level.");
    }
    if (acceptableMaxScore < 0)
        return invalid("The acceptance threshold cannot be negative.");
    if (reviewIntervalMonths < 1 || reviewIntervalMonths > 60)
        return invalid("The review interval must be between 1 and 60 months.");
    return {};
}

int Methodology::score(int likelihoodLevel, int impactLevel) const
{
    const int rows = static_cast<int>(likelihood.size());
    const int cols = static_cast<int>(impact.size());
    if (likelihoodLevel < 1 || likelihoodLevel > rows || impactLevel < 1 || impactLevel > cols
        || matrix.size() != static_cast<std::size_t>(rows * cols))
        return 0;
    return matrix[static_cast<std::size_t>((likelihoodLevel - 1) * cols + (impactLevel - 1))];
}

const RiskBand* Methodology::band(int score) const
{
    if (score <= 0)
        return nullptr;
    const RiskBand* found = nullptr;
    for (const auto& b : bands)
        if (b.minScore <= score)
            found = &b;
    return found;
}

} // namespace isms
