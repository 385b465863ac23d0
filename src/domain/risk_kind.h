#pragma once
// Clause 6.1.1: the risks register holds opportunities beside risks (its "kind" field). An
// opportunity is pursued, not accepted: it gets no acceptance flag and needs no owner's approval
// (risk_flags.cpp, approval_status.cpp), so a risk form has no acceptance to ask for.

#include "value.h"

#include <string>
#include <string_view>
#include <variant>

namespace isms {

inline constexpr std::string_view kOpportunityKind = "opportunity";

// True when a risks record's "kind" value says opportunity.
inline bool isOpportunityKind(const Value& kind)
{
    const auto* key = std::get_if<std::string>(&kind);
    return key && *key == kOpportunityKind;
}

} // namespace isms
