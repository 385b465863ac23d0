#pragma once
// A consultant's own template: what one client's file knows that the next client can start from
// (template_contents.h says what is kept). A template is an ISMS file of its own, named
// NAME.isms-template: its "organisation" is the template's name, its history only its own making,
// and it opens in the application like any file to be refined. A new client file made from it
// starts with a fresh history of its own.

#include "content/template_contents.h"
#include "domain/clock.h"
#include "domain/result.h"
#include "storage/isms_file.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace isms::content {

inline constexpr std::string_view kTemplateSuffix = ".isms-template";

// True when the name ends in .isms-template (any case).
bool hasTemplateSuffix(const std::filesystem::path& path);
// `path` with .isms-template appended unless it already ends so.
std::filesystem::path withTemplateSuffix(const std::filesystem::path& path);

struct SaveTemplateOptions {
    std::string name;    // the template's name; the file name without its suffix when empty
    std::string author;
};

// Writes the template `target` (refusing an existing file) from `source`, which may be open
// read-only, even an audit copy: it is only read. Nothing is left behind on failure.
Result<CopiedCounts> saveAsTemplate(const storage::IsmsFile& source, const std::filesystem::path& target,
                                    const SaveTemplateOptions& options, const Clock& clock);

// What a template holds, read without writing a byte.
struct TemplateSummary {
    std::filesystem::path path;
    std::string name;
    std::string savedAt;   // when the template was made (UTC ISO 8601)
    int levels = 0;        // likelihood levels of its methodology
    int impactLevels = 0;
    std::int64_t decidedControls = 0;  // controls with a decision (applicable or not)
    std::vector<std::pair<std::string, std::int64_t>> records;  // kept register, records
    std::int64_t count(std::string_view registerKey) const;
};

// Opens a template read-only. Refused with a message: not named .isms-template (a client file:
// save it as a template first), or not a readable ISMS file (the storage's message).
Result<std::unique_ptr<storage::IsmsFile>> openTemplate(const std::filesystem::path& path, const Clock& clock);
Result<TemplateSummary> readTemplateSummary(const std::filesystem::path& path, const Clock& clock);

// Every *.isms-template in `folder` by name; none when the folder does not exist.
std::vector<std::filesystem::path> templatesIn(const std::filesystem::path& folder);

struct NewFromTemplateOptions {
    std::string organisation;    // required
    std::string author;
    std::string scopeStatement;  // optional: becomes a draft scope record
};

// A new client file `target` from the standard content (every Annex A control, the clause
// checklist) and the template: its methodology, its decisions for each control, and its kept
// records and links. One transaction; nothing is left behind on failure.
Result<std::unique_ptr<storage::IsmsFile>> createFromClientTemplate(const std::filesystem::path& templatePath,
                                                                    const std::filesystem::path& target,
                                                                    const NewFromTemplateOptions& options,
                                                                    const Clock& clock);

} // namespace isms::content
