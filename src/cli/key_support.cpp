#include "cli/key_support.h"

#include "cli/data_location.h"

#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

namespace isms::cli {

namespace {

std::string withoutLineEnd(std::string text)
{
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r'))
        text.pop_back();
    return text;
}

// One line from the terminal with echo off; nullopt when stdin is not a terminal.
std::optional<std::string> askHidden(const std::string& prompt)
{
    if (!::isatty(STDIN_FILENO))
        return std::nullopt;
    std::cerr << prompt << std::flush;
    termios saved {};
    const bool haveTerminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (haveTerminal)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::cerr << "\n";
    return withoutLineEnd(line);
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

void addPassphraseOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("passphrase-file"),
                      QStringLiteral("Read the key's passphrase from the first line of FILE (else "
                                     "$ISMS_KEY_PASSPHRASE, else it is asked on the terminal)."),
                      QStringLiteral("FILE")});
}

Result<std::optional<std::string>> passphraseFrom(const QCommandLineParser& parser, const std::string& prompt,
                                                  bool confirm)
{
    if (parser.isSet(QStringLiteral("passphrase-file"))) {
        const std::string file = parser.value(QStringLiteral("passphrase-file")).toStdString();
        std::ifstream in(file, std::ios::binary);
        if (!in)
            return makeError(ErrorCode::NotFound, "the passphrase file \"" + file + "\" cannot be read.");
        std::string line;
        std::getline(in, line);
        return std::optional<std::string>(withoutLineEnd(line));
    }
    if (const char* fromEnvironment = std::getenv("ISMS_KEY_PASSPHRASE"))
        return std::optional<std::string>(std::string(fromEnvironment));
    auto first = askHidden(prompt);
    if (!first || !confirm)
        return first;
    auto second = askHidden("The same passphrase again: ");
    if (!second || *second != *first)
        return makeError(ErrorCode::Invalid, "the two passphrases differ. Nothing was created; try again.");
    return first;
}

} // namespace isms::cli
