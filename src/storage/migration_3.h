#pragma once
// Migration 3: the risks' free-text "planned controls" field is removed. Every Annex A id found
// in a risk's text becomes a risk_controls link (unless the risk is linked to it already), and
// when the text held anything else, all of it is kept in the risk's new "notes" field behind
// "Planned controls (before schema 3): ". Each link, and each risk's update (the text emptied,
// the note set), is logged like any edit, so check()'s replay of the history holds afterwards.

#include "domain/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace isms::storage {

namespace sql {
class Connection;
}

inline constexpr std::string_view kPlannedControlsNotePrefix = "Planned controls (before schema 3): ";

struct PlannedControlsText {
    std::vector<std::string> annexAIds;  // in the order found, each once
    bool otherText = false;  // anything beyond those ids, separators, "and" and "Annex A"
};

// Reads a planned_controls text: "A.5.15, A.8.2 and also MFA rollout" gives A.5.15 and A.8.2
// with other text; "Annex A A.5.10 A.8.1" gives two ids and no other text. An id that is not
// an Annex A control (A.5.99) is other text.
PlannedControlsText readPlannedControls(std::string_view text);

// The step itself, inside the migration's transaction.
Result<void> movePlannedControls(sql::Connection& db, const std::string& at, const std::string& author);

} // namespace isms::storage
