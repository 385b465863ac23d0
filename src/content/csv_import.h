#pragma once
// CSV into a register, all rows or none. The bytes are decoded first (csv_text.h: UTF-8, or
// UTF-16 with a byte order mark; commas, semicolons or tabs) and export's defusing apostrophes
// removed (csv_formula.h). Refs must keep to the pattern of domain/ref_pattern.h. The header names columns by field key ("ref" and the
// keys csvHeader lists; any case, any order). Computed columns (risk levels) are accepted and
// ignored. Reference cells hold the referenced record's ref ("P-003").
//
// Import only adds. A row whose ref already exists in the register is refused as a duplicate
// rather than treated as an update: an import that silently overwrote records would be hard to
// notice and impossible to review. Leave the ref empty (or drop the column) to have new records
// numbered automatically.
//
// Everything is checked before anything is written, and the writes run in one transaction:
// one problem anywhere means nothing is imported and the error lists every problem found
// (each with its line and column), up to kMaxImportProblems of them.

#include "domain/register_def.h"
#include "domain/result.h"
#include "storage/isms_file.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace isms::content {

inline constexpr std::size_t kMaxImportProblems = 50;

struct ImportSummary {
    std::int64_t imported = 0;
    std::vector<std::string> refs;  // the refs the new records got, in CSV order
};

// On refusal the error (Invalid) reads: "Nothing was imported into <register title>: the CSV
// has N problems." followed by one line per problem, e.g.
// "line 7, column due_date: 2026-02-30 is not a date (use YYYY-MM-DD)".
Result<ImportSummary> importCsv(storage::IsmsFile& file, const RegisterDef& reg,
                                std::string_view csvBytes);

// Every check importCsv makes, on a file that may be open read-only, writing nothing. The CLI
// runs it before opening the file for writing, because opening for writing alone changes the
// bytes of a file in rollback-journal mode (it is switched to WAL): a refused CSV then leaves
// the file exactly as it was.
Result<void> checkCsvImport(const storage::IsmsFile& file, const RegisterDef& reg,
                            std::string_view csvBytes);

} // namespace isms::content
