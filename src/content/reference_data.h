#pragma once
// The ISO/IEC 27001:2022 reference lists every new file starts from: the 93 Annex A controls and
// the requirements of clauses 4 to 10. Both come from resources/reference/*.csv, compiled in so
// that a template never depends on finding a file at run time. The Annex A list belongs to the
// domain (domain/annex_a.h), where storage enforces it; it is offered here beside the clauses.

#include "domain/annex_a.h"

#include <string>
#include <vector>

namespace isms::content {

using isms::AnnexAControl;
using isms::annexAControls;

struct ClauseRequirement {
    std::string clause;   // "4.1", "9.2.2"; headings such as "6" too
    std::string title;
    std::string summary;  // the paraphrase of what the clause asks for; empty for headings
};

// In the order of the source list. The embedded text is checked at build time by the tests
// (every clause), so a failure here is a packaging bug and ends the program.
const std::vector<ClauseRequirement>& clauseRequirements();

} // namespace isms::content
