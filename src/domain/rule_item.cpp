#include "rule_item.h"

namespace isms {

std::string recordTitle(const IsmsData& data, std::string_view registerKey, const Record& record)
{
    const RegisterDef& def = data.def(registerKey);
    const Value& value = record.get(def, def.titleField);
    if (const auto* s = std::get_if<std::string>(&value); s && !s->empty())
        return *s;
    if (const auto* d = std::get_if<Date>(&value))
        return d->toIso();
    return record.ref;
}

RuleItem ruleItem(const IsmsData& data, std::string_view registerKey, const Record& record,
                  Message message)
{
    std::string text = english(message);
    return RuleItem{std::string(registerKey), record.id, record.ref,
                    recordTitle(data, registerKey, record), std::move(text), std::move(message)};
}

RuleItem ruleItem(const IsmsData& data, std::string_view registerKey, const Record& record,
                  std::string message)
{
    return ruleItem(data, registerKey, record, Message(std::move(message)));
}

} // namespace isms
