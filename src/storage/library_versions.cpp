#include "storage/library_versions.h"

#include <sodium.h>
#include <sqlite3.h>

namespace isms::storage {

LibraryVersions libraryVersions()
{
    return {sqlite3_libversion(), sodium_version_string()};
}

} // namespace isms::storage
