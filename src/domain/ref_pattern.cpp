#include "domain/ref_pattern.h"

namespace isms {

namespace {

bool isLetterOrDigit(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool isRefCharacter(char c)
{
    return isLetterOrDigit(c) || c == '.' || c == '-' || c == '_';
}

// A character as a user can read it back, even when it is a control or a byte of UTF-8.
std::string shown(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    if (byte > 0x20 && byte < 0x7F)
        return std::string("'") + c + "'";
    static const char* digits = "0123456789ABCDEF";
    return std::string("byte 0x") + digits[byte >> 4] + digits[byte & 0xF];
}

} // namespace

std::optional<std::string> refProblem(std::string_view ref)
{
    constexpr const char* rule = " (a ref uses letters, digits, '.', '-' and '_', starts with a "
                                 "letter or digit and has at most 32 characters, e.g. R-001 or "
                                 "A.5.1)";
    if (ref.empty())
        return std::string("the ref is empty") + rule;
    if (ref.size() > kMaxRefLength)
        return "the ref has " + std::to_string(ref.size()) + " characters, more than "
            + std::to_string(kMaxRefLength) + rule;
    if (!isLetterOrDigit(ref.front()))
        return "the ref starts with " + shown(ref.front()) + rule;
    for (std::size_t i = 0; i < ref.size(); ++i)
        if (!isRefCharacter(ref[i]))
            return "the ref holds " + shown(ref[i]) + " at position " + std::to_string(i + 1) + rule;
    return std::nullopt;
}

bool isSafeRef(std::string_view ref)
{
    return !refProblem(ref);
}

} // namespace isms
