#include "storage/evidence_rules.h"

#include <cstdio>

namespace isms::storage {

std::string mebibytes(std::int64_t bytes)
{
    constexpr std::int64_t kMiB = 1024 * 1024;
    const std::int64_t hundredths = (bytes * 100 + kMiB - 1) / kMiB;  // rounded up
    char text[48];
    std::snprintf(text, sizeof text, "%lld.%02lld MiB", static_cast<long long>(hundredths / 100),
                  static_cast<long long>(hundredths % 100));
    return text;
}

Result<void> checkEvidenceSize(std::int64_t bytes, const std::string& name)
{
    if (bytes <= kMaxEvidenceBytes)
        return {};
    return makeError(ErrorCode::Invalid, (name.empty() ? std::string("The file") : "\"" + name + "\"")
                                             + " is " + mebibytes(bytes) + "; evidence is limited to "
                                             + mebibytes(kMaxEvidenceBytes)
                                             + ". Attach a smaller extract, or a note saying where the "
                                               "file is kept.");
}

Result<void> checkEvidenceName(const std::string& name)
{
    auto refuse = [&](const std::string& why) -> Result<void> {
        return makeError(ErrorCode::Invalid, why + " Evidence needs a plain file name such as "
                                                   "\"policy.pdf\"; rename the file and attach it again.");
    };
    if (name.empty() || name.find_first_not_of(' ') == std::string::npos)
        return refuse("The evidence has no file name.");
    if (name == "." || name == "..")
        return refuse("\"" + name + "\" is a folder reference, not a file name.");
    if (name.find('/') != std::string::npos || name.find('\\') != std::string::npos)
        return refuse("The name \"" + name + "\" contains a path separator (/ or \\).");
    for (const char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f) {
            char code[8];
            std::snprintf(code, sizeof code, "0x%02X", u);
            return refuse(std::string("The name contains a control character (") + code + ").");
        }
    }
    if (name.size() > 255)
        return refuse("The name is " + std::to_string(name.size()) + " bytes long; at most 255 are allowed.");
    return {};
}

} // namespace isms::storage
