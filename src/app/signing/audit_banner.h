#pragma once
// The read-only banner of an opened audit copy: whether it is verified, by what, and who signed
// it (a key the user trusts or not). Verifying reads the copy once more, without writing.

#include "storage/isms_file.h"

#include <QCoreApplication>
#include <QString>

#include <filesystem>

namespace isms::app {

class AuditBanner {
    Q_DECLARE_TR_FUNCTIONS(AuditBanner)

public:
    // The banner for a verify report (rich text).
    static QString text(const storage::VerifyReport& report);
    // Verifies `copy` against the user's trusted keys and returns the banner for it.
    static QString forCopy(const std::filesystem::path& copy, const std::filesystem::path& trustedKeys);
};

} // namespace isms::app
