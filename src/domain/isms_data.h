#pragma once
// The whole ISMS as plain values: what the rules (overdue, SoA, readiness, review inputs) read.
// Storage fills it; the rules never see SQL.

#include "catalogue.h"
#include "link.h"
#include "methodology.h"
#include "record.h"
#include "risk_approval.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace isms {

struct IsmsData {
    const Catalogue* catalogue = &Catalogue::standard();
    std::map<std::string, std::vector<Record>, std::less<>> records;  // by register key
    std::vector<Link> links;
    Methodology methodology;
    std::string organisation;
    // Risk-owner approvals (6.1.3 f), oldest first; approval_status.h reads them.
    std::vector<RiskApproval> approvals;
    // Per risk id: when its residual likelihood or impact was last set (UTC ISO 8601, from the
    // change log); a risk missing here never had them set. treatment_progress.h reads it.
    std::map<RecordId, std::string> residualAssessedAt;

    const std::vector<Record>& of(std::string_view registerKey) const
    {
        static const std::vector<Record> none;
        const auto it = records.find(registerKey);
        return it == records.end() ? none : it->second;
    }
    const RegisterDef& def(std::string_view registerKey) const { return catalogue->get(registerKey); }
    const Record* find(std::string_view registerKey, RecordId id) const
    {
        for (const auto& r : of(registerKey))
            if (r.id == id)
                return &r;
        return nullptr;
    }
};

} // namespace isms
