#pragma once
// A new ISMS file from the standard template: every Annex A control waiting for a decision, the
// clause 4-10 checklist, the chosen risk methodology and, if given, a draft scope.

#include "domain/clock.h"
#include "domain/methodology.h"
#include "domain/result.h"
#include "storage/isms_file.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace isms::content {

struct TemplateOptions {
    std::string organisation;    // required
    std::string author;
    std::string scopeStatement;  // optional: becomes a draft scope record
    int levels = 5;              // N x N preset methodology, 3..10 ...
    std::optional<Methodology> methodology;  // ... unless a methodology is given
    // Optional: adjusts each Annex A control before it is stored (a client template's decisions),
    // so the control's first history entry already holds them.
    std::function<void(const RegisterDef& controls, Record& control)> prepareControl;
};

// More content for the new file, written in the same transaction after the template's.
using ExtraFill = std::function<Result<void>(storage::IsmsFile& file)>;

// Creates `path` (refusing an existing file) and fills it in one transaction. On failure nothing
// is left behind: the half-made file is removed again.
Result<std::unique_ptr<storage::IsmsFile>> createFromTemplate(const std::filesystem::path& path,
                                                              const TemplateOptions& options,
                                                              const Clock& clock);
// The same, with `extra` written in the same transaction (a client template's records).
Result<std::unique_ptr<storage::IsmsFile>> createFromTemplate(const std::filesystem::path& path,
                                                              const TemplateOptions& options,
                                                              const Clock& clock, const ExtraFill& extra);

// The template's content for a file that already exists (and is empty): what
// createFromTemplate runs inside its transaction.
Result<void> fillTemplate(storage::IsmsFile& file, const TemplateOptions& options);

// Removes a file this program just created and the SQLite companions beside it. For the
// clean-up after a failed fill; never for a file that existed before.
void removeNewFile(const std::filesystem::path& path);

} // namespace isms::content
