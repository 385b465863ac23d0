#pragma once
// Small read helpers the rules share: links of a record, names of people, dates of changes.

#include "isms_data.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace isms {

// A field's position, looked up once per rule run instead of once per record: the rules walk
// registers of up to 100,000 records. Reads give the empty value on a missing or mistyped value.
class FieldAt {
public:
    FieldAt(const RegisterDef& def, const std::string& fieldKey);  // throws for an unknown key

    const Value& value(const Record& record) const;
    std::string_view text(const Record& record) const;
    std::int64_t integer(const Record& record) const;
    std::optional<Date> date(const Record& record) const;
    bool boolean(const Record& record) const;

private:
    std::size_t m_index;
};

// Ids of the records a link of kind `linkKey` leads to from record `fromId`.
std::vector<RecordId> linkedTargets(const IsmsData& data, std::string_view linkKey, RecordId fromId);
// Ids of the records whose link of kind `linkKey` leads to record `toId`.
std::vector<RecordId> linkedSources(const IsmsData& data, std::string_view linkKey, RecordId toId);

// A person's name for messages; "person #12" when the id names nobody in the people register.
std::string personName(const IsmsData& data, RecordId personId);

// The label of an enum option ("In progress"), or the key itself when unknown.
std::string optionLabel(const IsmsData& data, std::string_view registerKey,
                        const std::string& fieldKey, const std::string& optionKey);

// The calendar day of a record's last change (Record::updatedAt, UTC), falling back to createdAt.
std::optional<Date> changedOn(const Record& record);
std::optional<Date> createdOn(const Record& record);

// When a management review took place: its held date, or its planned date when it is marked held
// without one; empty for a review not held yet. Every rule decides "held" this way.
std::optional<Date> reviewHeldOn(const IsmsData& data, const Record& review);

// "1 day" / "3 days".
std::string dayCount(long long days);

} // namespace isms
