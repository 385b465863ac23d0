#include "app/signing/key_locations.h"

#include <QStandardPaths>

namespace isms::app {

namespace {
std::filesystem::path dataLocation()
{
    return std::filesystem::path(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).toStdU16String());
}
} // namespace

std::filesystem::path signingKeyDir()
{
    return dataLocation() / "keys";
}

std::filesystem::path trustedKeysDir()
{
    return dataLocation() / "trusted-keys";
}

} // namespace isms::app
