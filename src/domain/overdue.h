#pragma once
// Overdue is computed, never typed: every dated obligation in the registers compared with today.
// Something due today is not overdue yet; it is "due soon" with 0 days left.

#include "isms_data.h"
#include "rule_item.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace isms {

struct DueOptions {
    int dueSoonDays = 30;                 // "due within N days" window, today included
    int managementReviewIntervalMonths = 12;
};

struct DueItem {
    RuleItem item;              // message says what is due ("Review of the document")
    std::optional<Date> due;    // empty only for a nonconformity closed without its check
    long long daysOverdue = 0;  // > 0 overdue; <= 0 due soon (-3: due in 3 days)
};

struct DueReport {
    std::vector<DueItem> overdue;  // most overdue first (undated first), then register, ref
    std::vector<DueItem> dueSoon;  // soonest first, then register, ref
    std::map<std::string, int, std::less<>> overdueByRegister;  // navigation badges
    std::map<std::string, int, std::less<>> dueSoonByRegister;

    int overdueIn(std::string_view registerKey) const;
    int dueSoonIn(std::string_view registerKey) const;
};

// What is checked (each record can give more than one item):
// documents past next_review (not retired); treatment actions, corrective actions and
// improvements past due_date while not done or cancelled (and improvements not rejected);
// audits past planned_date while still planned; the management review interval exceeded since
// the last held review, or, with no review held, the first planned review's date (a review
// neither held nor planned is a readiness gap, not an overdue item: no date has passed);
// nonconformities not checked for effectiveness past effectiveness_due, or closed without an
// effectiveness check; risks (not closed), issues, parties, requirements and competences past
// review_date; objectives past due_date while not achieved or cancelled; metrics past next_due;
// trainings past expires (unless a later training of the same person in the same competence
// replaced them).
DueReport dueItems(const IsmsData& data, Date today, DueOptions options = {});

} // namespace isms
