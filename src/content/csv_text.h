#pragma once
// The bytes of a CSV file made into text the importer may trust, before any cell is read.
// A spreadsheet saves CSV as UTF-8 (with or without a byte order mark), as UTF-16 ("Unicode
// text") or in a legacy code page, and with commas, semicolons (where the decimal mark is a
// comma) or tabs between cells. UTF-16 with a byte order mark is decoded; anything that is then
// not valid UTF-8 (overlong forms, surrogates, truncated sequences, stray bytes) or holds a NUL
// byte is refused, naming the line, the column (in characters, 1-based) and the bytes. Nothing
// is repaired silently: a text changed on the way in would be a record nobody wrote.

#include "domain/result.h"

#include <string>
#include <string_view>

namespace isms::content {

// `bytes` as UTF-8 without a byte order mark. Refused (Invalid) with "line L, column C: ..."
// and what to do.
Result<std::string> csvTextFromBytes(std::string_view bytes);

// The separator of the header line (the first line; quoted text is skipped): ',', ';' or '\t'.
// A header with none of them is one column (','). A header with more than one kind is refused
// (Invalid): which one separates the columns cannot be told.
Result<char> detectSeparator(std::string_view text);

} // namespace isms::content
