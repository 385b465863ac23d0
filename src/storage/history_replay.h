#pragma once
// Replays the change log into the state every entry leaves and compares it with the tables:
// records (ref, every field, created/updated stamps), links, attachments, assessment snapshot
// sizes, the methodology and the file settings. Each difference is one plain-words problem.

#include "domain/catalogue.h"
#include "domain/methodology.h"
#include "domain/result.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace isms::storage {

namespace sql {
class Connection;
}

// Problems found, capped so a wholly rewritten file does not print a million lines.
class Findings {
public:
    static constexpr std::size_t kShown = 200;
    void add(std::string message);
    const std::vector<std::string>& messages() const { return m_messages; }
    std::size_t count() const { return m_count; }

private:
    std::vector<std::string> m_messages;
    std::size_t m_count = 0;
};

// The file settings and methodology as the file-level entries (register "") leave them.
struct FileSettingsHistory {
    std::map<std::string, std::string> meta;  // replayed keys only (see meta_keys.h)
    std::optional<std::string> methodologyJson;  // after of the last methodology entry
    std::map<std::int64_t, std::string> soaVersions;  // number -> after of its soa_version entry
};

// Reads the file-level entries in order; inconsistencies go to `findings`.
Result<FileSettingsHistory> replayFileSettings(sql::Connection& db, Findings& findings);

// The whole replay and comparison. `legacyBaseline` (schema 1 read as it is) accepts file
// settings and a methodology that were never logged, as migration 2 does.
// `methodology` given: every stored value is also checked (value_check.h) in the same scan.
Result<void> compareWithHistory(sql::Connection& db, const Catalogue& catalogue, bool legacyBaseline,
                                Findings& findings, const Methodology* methodology = nullptr);

} // namespace isms::storage
