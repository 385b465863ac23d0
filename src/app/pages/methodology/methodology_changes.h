#pragma once
// What an edit of the methodology does, apart from any widget: resizing the scales, comparing two
// methodologies and counting the risks whose stored level a new methodology would change.

#include "domain/methodology.h"

#include <QString>

namespace isms::storage {
class IsmsFile;
}

namespace isms::app {

// The methodology with `likelihoodLevels` x `impactLevels` scales. Existing levels keep their
// labels and descriptions, new ones are called after `newLabel` (given the level number); cells
// already present keep their score, new cells score likelihood x impact.
Methodology resizedMethodology(const Methodology& methodology, int likelihoodLevels,
                               int impactLevels, const QString& newLikelihoodLabel,
                               const QString& newImpactLabel);

bool sameMethodology(const Methodology& a, const Methodology& b);
// True when both give every likelihood/impact pair the same score (what a stored level reads).
bool sameScores(const Methodology& a, const Methodology& b);

// Risks whose inherent or residual level differs under `proposed`; -1 when the file cannot be read.
int risksChangingLevel(const storage::IsmsFile& file, const Methodology& proposed);

} // namespace isms::app
