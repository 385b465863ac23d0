#pragma once
// What the key verbs and export --sign share: where the user's keys live and how a passphrase
// is given (a file, the environment or the terminal; never the command line).

#include "domain/result.h"

#include <QCommandLineParser>

#include <filesystem>
#include <optional>
#include <string>

namespace isms::cli {

// The application's data location (QStandardPaths::AppDataLocation of the desktop application,
// so the CLI and the application share one key): <data>/keys and <data>/trusted-keys.
std::filesystem::path signingKeyDir();
std::filesystem::path trustedKeysDir();

void addPassphraseOption(QCommandLineParser& parser);
// The passphrase from --passphrase-file, else $ISMS_KEY_PASSPHRASE, else asked on the terminal
// without echo (twice when `confirm`). nullopt when none of these is available.
Result<std::optional<std::string>> passphraseFrom(const QCommandLineParser& parser, const std::string& prompt,
                                                  bool confirm);

} // namespace isms::cli
