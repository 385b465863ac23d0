#pragma once
// The common shape of what a rule reports about one record, so the GUI, the CLI and the reports
// can all list, count and navigate to it the same way.

#include "isms_data.h"
#include "message.h"

#include <string>
#include <string_view>

namespace isms {

struct RuleItem {
    std::string registerKey;  // "risks"
    RecordId id = 0;          // 0 when the item is about a register as a whole ("never held")
    std::string ref;          // "R-014"
    std::string title;        // the record's title field
    std::string message;      // what is wrong or due, in words a user can act on (English)
    Message what;             // the same as a code with values, for the translated window
};

// The record's name as lists show it (its register's title field), or its ref when untitled.
std::string recordTitle(const IsmsData& data, std::string_view registerKey, const Record& record);

RuleItem ruleItem(const IsmsData& data, std::string_view registerKey, const Record& record,
                  Message message);
// A message that is not (yet) a code: `what` holds it as a template without values.
RuleItem ruleItem(const IsmsData& data, std::string_view registerKey, const Record& record,
                  std::string message);

} // namespace isms
