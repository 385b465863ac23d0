#pragma once
// The order people read references in: each run of digits compares by its number, the text
// between compares as text, so A.5.9 < A.5.10 < A.6.1, 6.1 < 6.1.1 < 6.2, R-2 < R-10 and
// R-999 < R-1000. The one comparison behind every listing by ref: storage registers it as the
// SQL collation "isms_ref" (ORDER BY only, never in the schema) and in-memory sorts use refLess.

#include <string_view>

namespace isms {

// Negative, zero or positive as `a` sorts before, with or after `b`. Zero only for equal bytes:
// letters compare case-insensitively (ASCII) first, then by case; numbers of equal value by
// their leading zeros ("R-1" before "R-01"). A total order, as an SQL collation must be.
int compareRefs(std::string_view a, std::string_view b);

inline bool refLess(std::string_view a, std::string_view b) { return compareRefs(a, b) < 0; }

} // namespace isms
