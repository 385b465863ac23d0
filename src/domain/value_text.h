#pragma once
// The canonical text of a field's value, and the way back: what CSV, the command line and
// copy/paste exchange. Dates are ISO 8601, booleans "true"/"false", enums their option key,
// integers and reals in plain decimal. Parsing is strict, because a value that is silently
// misread (a date of 2026-02-30 rolled into March) is worse than one that is refused.

#include "field.h"
#include "result.h"
#include "value.h"

#include <string>
#include <string_view>

namespace isms {

// The canonical text of `value` for `field`; "" for an empty value. A Reference is written as the
// referenced record's id: callers that know the records (CSV export) write its ref instead.
std::string valueToText(const FieldDef& field, const Value& value);

// What a person reads: an enum's label instead of its key, "Yes"/"No" for booleans; otherwise
// the canonical text.
std::string valueToDisplayText(const FieldDef& field, const Value& value);

// The outcome of reading text for a field. `problem` says what is wrong with the text without
// naming the field ("2026-02-30 is not a date (use YYYY-MM-DD)"), so that callers can place it:
// a form next to the field, CSV import after "line 7, column due_date: ".
struct ParsedValue {
    Value value;
    std::string problem;  // empty when the text was accepted
    bool ok() const { return problem.empty(); }
};

// Reads `text` as a value of `field`. Empty (or blank, for non-text fields) text gives an empty
// value: whether a field may be empty is the caller's rule (FieldDef::required). Accepted:
// Date: YYYY-MM-DD of a day that exists. Integer, Likelihood, Impact, Level: whole decimal
// numbers (levels at least 1). Real: decimal numbers, finite. Boolean: true/false, yes/no, 1/0
// (any case). Enum: an option's key or label (any case); the key is stored. Reference: a record
// id (a positive whole number). Surrounding blanks are ignored for every type but text.
ParsedValue parseValueText(const FieldDef& field, std::string_view text);

// As parseValueText, with an error whose message names the field:
// "Next review (review_date): 2026-02-30 is not a date (use YYYY-MM-DD)".
Result<Value> valueFromText(const FieldDef& field, std::string_view text);

} // namespace isms
