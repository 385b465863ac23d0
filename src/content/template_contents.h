#pragma once
// What a client template keeps of a file, register by register (the table in docs/decisions.md):
// the methodology, the SoA decisions and justifications, documents, roles and the organisation's
// typical risks, objectives, metrics, competences and communications; never people, dates,
// owners, history, evidence attachments or the records of audits, reviews and improvement.

#include "domain/result.h"
#include "storage/isms_file.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace isms::content {

struct KeptRegister {
    std::string_view registerKey;
    // Copied as they are. A reference is kept only to a record that is copied too.
    std::vector<std::string_view> fields;
    // Fields a new client starts with whatever the source said (documents start as drafts).
    std::vector<std::pair<std::string_view, std::string_view>> startsAs;
};

// The kept registers, in the order they are copied (referenced registers first).
const std::vector<KeptRegister>& keptRegisters();
const KeptRegister* keptRegister(std::string_view registerKey);
// Every link type whose two ends are kept registers: links between copied records are copied.
std::vector<const LinkDef*> keptLinks(const Catalogue& catalogue);

struct CopiedCounts {
    std::vector<std::pair<std::string, std::int64_t>> records;  // register key, records copied
    std::int64_t links = 0;
    std::int64_t count(std::string_view registerKey) const;
};

// Copies what a template keeps from `source` into `target`; run it inside a transaction of
// `target`. Refs are kept. A record whose ref the target already has (the Annex A controls a new
// file starts with) is not copied again; references and links then use the target's record.
Result<CopiedCounts> copyKeptContent(const storage::IsmsFile& source, storage::IsmsFile& target);

} // namespace isms::content
