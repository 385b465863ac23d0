#pragma once
// A risk's inherent and residual levels come from the file's methodology, never from typing.
// Storage calls applyRiskLevels on every write of a risk and on every methodology change.

#include "methodology.h"
#include "record.h"

namespace isms {

// Sets the computed Level fields of a risks record (inherent_level, residual_level) from its
// likelihood and impact; an unassessed pair (0 or off the scale) gives an empty level.
void applyRiskLevels(const RegisterDef& risks, Record& risk, const Methodology& methodology);

} // namespace isms
