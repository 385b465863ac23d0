#pragma once
// The 93 controls of ISO/IEC 27001:2022 Annex A, and the rule that keeps them as the standard
// has them: an Annex A control's ref, title and theme are fixed; it cannot be deleted. The
// organisation's own controls (theme "custom", refs C-001...) sit beside them and are free.
// The list is domain knowledge, compiled in from resources/reference/annex-a-2022.csv, so
// storage can enforce the rule on every write and `check` can report a damaged catalogue.

#include "catalogue.h"
#include "record.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace isms {

struct AnnexAControl {
    std::string id;     // "A.5.1"
    std::string title;  // "Policies for information security"
    std::string theme;  // the controls register's theme key: "organizational", "people", ...
};

// In the standard's order. The embedded text is checked by the tests (93 controls); a broken
// list is a packaging bug and ends the program.
const std::vector<AnnexAControl>& annexAControls();
const AnnexAControl* findAnnexAControl(std::string_view ref);

// "A.<n>.<n>": a ref that reads as an Annex A id, whether or not the standard has it.
bool looksLikeAnnexAId(std::string_view ref);

// Why writing `after` over `before` (nullptr for an insert) in the controls register breaks the
// Annex A rule, as a sentence saying what to do instead; nullopt when it does not. Only what
// changes is judged, so a file damaged elsewhere can still have its decisions edited.
std::optional<std::string> annexAWriteProblem(const RegisterDef& controls, const Record* before,
                                              const Record& after);
// A new control that is not in Annex A is the organisation's own: its theme becomes "custom"
// when none is given, so adding a control anywhere (form, CSV, CLI) makes a custom control.
void markNewCustomControl(const RegisterDef& controls, Record& record);

// True when `fieldKey` of the record `ref` in `registerKey` is fixed by the standard (an Annex A
// control's title and theme): what editors show read-only.
bool isFixedByAnnexA(std::string_view registerKey, std::string_view ref, std::string_view fieldKey);

// Why the control cannot be deleted, or nullopt.
std::optional<std::string> annexADeleteProblem(const Record& control);

// What differs between the controls register's records and the standard: missing controls, a
// changed title or theme. Empty for a file with no Annex A control at all (a file not made from
// the template, such as a test's).
std::vector<std::string> annexACatalogueProblems(const RegisterDef& controls,
                                                 const std::vector<Record>& records);

} // namespace isms
