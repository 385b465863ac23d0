#pragma once
// The desktop application's data folder (its QStandardPaths::AppDataLocation), so the CLI and the
// application share one signing key and one templates folder.

#include <filesystem>

namespace isms::cli {

std::filesystem::path dataLocation();
// <data>/templates: the consultant's client templates (NAME.isms-template).
std::filesystem::path templatesDir();
// Where TEMPLATE on the command line points: a path when it names a folder (has a '/') or an
// existing file, otherwise a template's name in the templates folder. The .isms-template suffix
// is added when missing.
std::filesystem::path templatePathFor(const std::filesystem::path& nameOrPath);

} // namespace isms::cli
