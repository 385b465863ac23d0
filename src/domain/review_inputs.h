#pragma once
// Clause 9.3.2: the inputs of the next management review, compiled from the registers since the
// last held review, so the ISMS manager starts from facts rather than a blank page.

#include "isms_data.h"

#include <optional>
#include <string>
#include <vector>

namespace isms {

struct ReviewInputLine {
    std::string text;
    std::string registerKey;  // the record a line is about, for navigation; "" for summaries
    RecordId id = 0;
    std::string ref;
};

struct ReviewInputSection {
    std::string item;   // "9.3.2 d) 2)"
    std::string title;  // "Monitoring and measurement results"
    std::vector<ReviewInputLine> lines;  // never empty: says "nothing ..." when there is nothing
};

struct ReviewInputs {
    std::optional<Date> since;  // the last held review's date; empty when none was held yet
    std::string sinceRef;       // that review's ref
    // In the order of 9.3.2: a, b, c, d 1-4, e, f, g.
    std::vector<ReviewInputSection> sections;
};

// "Since" includes the day of the last review itself: a change made on that day may not have
// been discussed, and listing it twice is safer than missing it. Record changes are read from
// Record::updatedAt (UTC day).
ReviewInputs managementReviewInputs(const IsmsData& data, Date today);

} // namespace isms
