#pragma once
// The versions of the libraries storage runs on, as loaded at run time (not the headers built
// against): for Help › About and bug reports.

#include <string>

namespace isms::storage {

struct LibraryVersions {
    std::string sqlite;
    std::string sodium;
};

LibraryVersions libraryVersions();

} // namespace isms::storage
