#pragma once
// A CSV file or an XLSX workbook into a register, all rows or none. CSV bytes are decoded first
// (csv_text.h: UTF-8, or UTF-16 with a byte order mark; commas, semicolons or tabs) and export's
// defusing apostrophes removed (csv_formula.h); a workbook's first worksheet is read as it is
// (xlsx_reader.h). Refs must keep to the pattern of domain/ref_pattern.h.
//
// The header names the columns: by field key as `ismsctl list --format csv` writes them, by
// label, by link ("assets"), by the names other tools export, or as the mapping says
// (csv_columns.h). Computed columns (risk levels) are accepted and ignored. Levels may be given
// by their label on the file's scale, options by label or by another tool's word, and the
// mapping translates the source's own words (import_cells.h). Reference cells and link cells
// name records by ref or by name; a link cell may name several, separated by | or new lines.
//
// Import adds unless told to update. A row whose ref already exists is refused as a duplicate
// unless ImportOptions::update is set: an import that silently overwrote records would be hard
// to notice. With update, that record takes the row's values for the columns the file has (and,
// for a link column, exactly the links it lists), so a register exported again from its source
// tool comes in again without duplicates: the source's own reference is the ref. Leave the ref
// empty (or drop the column) to have new records numbered automatically.
//
// Everything is checked before anything is written, and the writes run in one transaction:
// one problem anywhere means nothing is imported and the error lists every problem found
// (each with its line and column), up to kMaxImportProblems of them.

#include "content/import_map.h"
#include "domain/register_def.h"
#include "domain/result.h"
#include "storage/isms_file.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace isms::content {

inline constexpr std::size_t kMaxImportProblems = 50;

struct ImportOptions {
    ImportMap map;               // the person's column and value mapping (may be empty)
    bool update = false;         // rows whose ref exists update that record instead of being refused
    bool createMissing = false;  // link cells naming an asset the file lacks add that asset
    std::string sourceName;      // the imported file's name, noted on the assets it adds
};

struct ImportSummary {
    std::int64_t imported = 0;             // records added
    std::vector<std::string> refs;         // the refs the new records got, in row order
    std::vector<std::string> updatedRefs;  // records updated (only those whose values or links changed)
    std::int64_t unchanged = 0;            // rows that matched a record already holding their values
    std::vector<std::string> createdRefs;  // records added because a link cell named them ("A-031")
    std::int64_t linksAdded = 0, linksRemoved = 0;
    std::vector<std::string> leftOut;      // columns not imported: "current_level (a level ISMS Desk computes ...)"
};

// On refusal the error (Invalid) reads: "Nothing was imported into <register title>: the CSV
// has N problems." followed by one line per problem, e.g.
// "line 7, column due_date: 2026-02-30 is not a date (use YYYY-MM-DD)".
Result<ImportSummary> importCsv(storage::IsmsFile& file, const RegisterDef& reg,
                                std::string_view csvBytes, const ImportOptions& options = {});

// Every check importCsv makes, on a file that may be open read-only, writing nothing. The CLI
// runs it before opening the file for writing, because opening for writing alone changes the
// bytes of a file in rollback-journal mode (it is switched to WAL): a refused CSV then leaves
// the file exactly as it was.
// The summary is what the import would do: refs of new records are not known yet (empty),
// updatedRefs lists every row that matches a record (changed or not), and createdRefs holds the
// names of the records link cells would add.
Result<ImportSummary> checkCsvImport(const storage::IsmsFile& file, const RegisterDef& reg,
                                     std::string_view csvBytes, const ImportOptions& options = {});

} // namespace isms::content
