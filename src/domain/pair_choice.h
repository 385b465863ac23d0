#pragma once
// Choosing the two things a comparison reads (two assessment runs, two SoA versions) from
// what the user typed: --from and --to, each optional. Both empty: the last two. One given:
// it and its neighbour (the next one after --from, the one before --to). What went wrong is a
// kind, so the caller can say it in the user's language.

#include <cstddef>
#include <string>
#include <vector>

namespace isms {

struct PairChoice {
    enum class Problem { None, TooFew, Unknown, Same };
    Problem problem = Problem::None;
    std::string unknown;  // the key that names nothing (Problem::Unknown)
    std::size_t from = 0, to = 0;
    bool ok() const { return problem == Problem::None; }
};

// `keys` in the order the things were made (oldest first).
PairChoice choosePair(const std::vector<std::string>& keys, const std::string& from, const std::string& to);

} // namespace isms
