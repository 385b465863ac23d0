#pragma once
// Where the user's signing key and trusted keys live: <AppDataLocation>/keys and
// <AppDataLocation>/trusted-keys (the same folders `ismsctl key` uses).

#include <filesystem>

namespace isms::app {

std::filesystem::path signingKeyDir();
std::filesystem::path trustedKeysDir();

} // namespace isms::app
