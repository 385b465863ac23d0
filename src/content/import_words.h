#pragma once
// The words of a source file that no scale or option of this file matches ("High" where the
// likelihood scale runs Rare ... Almost certain), each with the choices it could mean: what the
// import dialog offers to map, and what a saved mapping (import_map.h) then translates.

#include "content/csv_import.h"
#include "domain/field.h"

#include <string>
#include <string_view>
#include <vector>

namespace isms::content {

struct UnknownWord {
    std::string mapKey;  // where the mapping keeps it: "likelihood", "impact" or the field key
    std::string column;  // the first column it was found in (lower case)
    std::string word;    // as written, the first time it was seen
    std::vector<EnumOption> choices;  // key: the text to map it to ("4", "modify"); label: "4 Likely"
};

inline constexpr std::size_t kMaxUnknownWords = 200;

// Every unknown word of the file's level and option columns, once per mapKey, in the order they
// first appear (at most kMaxUnknownWords). Numbers off a scale are not words: the import refuses
// them as they are. Unreadable files give no words (the import says why).
std::vector<UnknownWord> unknownWords(const storage::IsmsFile& file, const RegisterDef& reg,
                                      std::string_view bytes, const ImportOptions& options);

} // namespace isms::content
