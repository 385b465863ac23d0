#pragma once
// Writes many records and links in a row, keeping the first failure: the demo and template code
// reads as a plain list of records instead of an error check after every line. Use it inside one
// IsmsFile::transaction and return result() from the transaction's work, so any failure rolls
// everything back.

#include "domain/result.h"
#include "domain/value.h"
#include "storage/isms_file.h"

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace isms::content {

// A field value written naturally in code: "text", 3, 2.5, true, a Date. (A bare Value would
// turn a string literal into a bool.)
struct FieldValue {
    Value value;
    FieldValue() = default;
    FieldValue(const char* text) : value(std::string(text)) {}
    FieldValue(std::string text) : value(std::move(text)) {}
    FieldValue(int number) : value(std::int64_t{number}) {}
    FieldValue(std::int64_t number) : value(number) {}
    FieldValue(double number) : value(number) {}
    FieldValue(bool flag) : value(flag) {}
    FieldValue(Date date) : value(date) {}
    FieldValue(Value v) : value(std::move(v)) {}
};

using Fields = std::initializer_list<std::pair<std::string_view, FieldValue>>;

class RecordWriter {
public:
    explicit RecordWriter(storage::IsmsFile& file);

    // Inserts a record; an empty ref takes the register's next one. Returns the new id, or 0
    // once anything has failed (later calls then do nothing).
    RecordId add(std::string_view registerKey, Fields fields, const std::string& ref = {});
    // Sets more fields on a record built field by field (long texts, conditional values).
    RecordId add(std::string_view registerKey, Record record);
    // Changes some fields of a stored record.
    void update(std::string_view registerKey, RecordId id, Fields fields);
    Record blank(std::string_view registerKey) const;
    void set(std::string_view registerKey, Record& record, std::string_view field, FieldValue value);

    // Links two records; the target register comes from the link's definition, or `toRegister`
    // for links that may end anywhere (clause_evidence).
    void link(std::string_view linkKey, RecordId from, RecordId to, std::string_view toRegister = {});

    bool failed() const { return !m_result.ok(); }
    Result<void> result() const { return m_result; }
    storage::IsmsFile& file() { return m_file; }

private:
    void fail(Error error);

    storage::IsmsFile& m_file;
    Result<void> m_result;
};

} // namespace isms::content
