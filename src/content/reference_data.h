#pragma once
// The ISO/IEC 27001:2022 reference lists every new file starts from: the 93 Annex A controls and
// the requirements of clauses 4 to 10. Both come from resources/reference/*.csv, compiled into
// the library so that a template never depends on finding a file at run time.

#include <string>
#include <vector>

namespace isms::content {

struct AnnexAControl {
    std::string id;     // "A.5.1"
    std::string title;  // "Policies for information security"
    std::string theme;  // the controls register's theme key: "organizational", "people", ...
};

struct ClauseRequirement {
    std::string clause;   // "4.1", "9.2.2"; headings such as "6" too
    std::string title;
    std::string summary;  // the paraphrase of what the clause asks for; empty for headings
};

// In the order of the source lists. The embedded text is checked at build time by the tests
// (93 controls, every clause), so a failure here is a packaging bug and ends the program.
const std::vector<AnnexAControl>& annexAControls();
const std::vector<ClauseRequirement>& clauseRequirements();

} // namespace isms::content
