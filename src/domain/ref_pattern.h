#pragma once
// The one pattern every record reference keeps to, so a ref is safe wherever it goes: a file
// name, a terminal, a spreadsheet cell, a command line. ASCII letters, digits, '.', '-' and '_',
// starting with a letter or digit, at most kMaxRefLength characters: "R-001", "A.5.1", "6.1.2".
// Storage refuses any other ref on insert and update, and CSV import names the row.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace isms {

inline constexpr std::size_t kMaxRefLength = 32;

bool isSafeRef(std::string_view ref);

// Why `ref` breaks the pattern, as a sentence a user can act on; nullopt when it keeps to it.
std::optional<std::string> refProblem(std::string_view ref);

} // namespace isms
