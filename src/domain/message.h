#pragma once
// A message a rule reports to a user, as a code plus its values rather than glued English: the
// text is an English template marked for translation, with %1, %2, ... where the values go. The
// window translates the template and then fills in the values (reports::domainMessage); the CLI
// and the log fill them in untranslated (english()).

#include "translatable.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace isms {

struct Message;

struct MessageArg {
    std::string text;
    // A domain text (a register or field title, an option label) that is translated with the
    // template; other values (refs, record titles, dates, numbers) are the user's and shown as is.
    bool domainText = false;
    // A message of its own ("the next management review (12 months after ...)"), translated and
    // filled in before it goes into this one; `text` is then its English.
    std::shared_ptr<const Message> message;
};

struct Message {
    std::string text;  // marked with QT_TRANSLATE_NOOP("isms::domain", ...)
    std::vector<MessageArg> args;

    Message() = default;
    explicit Message(std::string templateText) : text(std::move(templateText)) {}

    // Builders, in the order of %1, %2, ...
    Message& arg(std::string value) &;
    Message&& arg(std::string value) &&;
    Message& arg(long long number) &;
    Message&& arg(long long number) &&;
    Message& label(std::string domainLabel) &;
    Message&& label(std::string domainLabel) &&;
    Message& arg(Message inner) &;
    Message&& arg(Message inner) &&;

    bool empty() const { return text.empty(); }
};

// `templateText` with %1..%9 replaced by `args` in order (a % not followed by a digit with an
// argument stays as it is).
std::string substitute(const std::string& templateText, const std::vector<std::string>& args);

// The message in English, for the command line and the log.
std::string english(const Message& message);

} // namespace isms
