#include "pair_choice.h"

#include <algorithm>
#include <optional>

namespace isms {

PairChoice choosePair(const std::vector<std::string>& keys, const std::string& from, const std::string& to)
{
    PairChoice choice;
    if (keys.size() < 2) {
        choice.problem = PairChoice::Problem::TooFew;
        return choice;
    }
    auto find = [&](const std::string& key) -> std::optional<std::size_t> {
        const auto it = std::find(keys.begin(), keys.end(), key);
        if (it == keys.end())
            return std::nullopt;
        return static_cast<std::size_t>(it - keys.begin());
    };
    choice.from = keys.size() - 2;
    choice.to = keys.size() - 1;
    if (!from.empty()) {
        const auto at = find(from);
        if (!at) {
            choice.problem = PairChoice::Problem::Unknown;
            choice.unknown = from;
            return choice;
        }
        choice.from = *at;
        if (to.empty())
            choice.to = *at + 1 < keys.size() ? *at + 1 : *at - 1;
    }
    if (!to.empty()) {
        const auto at = find(to);
        if (!at) {
            choice.problem = PairChoice::Problem::Unknown;
            choice.unknown = to;
            return choice;
        }
        choice.to = *at;
        if (from.empty())
            choice.from = *at > 0 ? *at - 1 : *at + 1;
    }
    if (choice.from == choice.to)
        choice.problem = PairChoice::Problem::Same;
    return choice;
}

} // namespace isms
