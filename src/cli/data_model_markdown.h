#pragma once
// The data model as Markdown, generated from the catalogue so docs/data-model.md cannot drift
// from the code (test_cli compares them).

#include "domain/catalogue.h"

#include <string>

namespace isms::cli {

std::string dataModelMarkdown(const Catalogue& catalogue);

} // namespace isms::cli
