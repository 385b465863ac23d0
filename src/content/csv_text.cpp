#include "content/csv_text.h"

#include <cstdint>

namespace isms::content {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr const char* kSaveAsUtf8 = "Save the CSV as UTF-8 (in a spreadsheet: \"CSV UTF-8\"; in a "
                                    "text editor: encoding UTF-8) and import it again.";

std::string hexByte(unsigned char byte)
{
    static const char* digits = "0123456789ABCDEF";
    return std::string("0x") + digits[byte >> 4] + digits[byte & 0xF];
}

// Where in the text a byte offset is: lines end at LF, CRLF or a lone CR (as readCsv counts
// them), columns count characters.
struct Position {
    std::size_t line = 1;
    std::size_t column = 1;
};

Position positionOf(std::string_view text, std::size_t offset)
{
    Position p;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n' || (c == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
            ++p.line;
            p.column = 1;
        } else if (c != '\r' && (c & 0xC0) != 0x80) {
            ++p.column;
        }
    }
    return p;
}

Error refusedAt(std::string_view text, std::size_t offset, const std::string& what,
                const std::string& advice = kSaveAsUtf8)
{
    const Position p = positionOf(text, offset);
    return makeError(ErrorCode::Invalid, "line " + std::to_string(p.line) + ", column "
                                             + std::to_string(p.column) + ": " + what + ".\n"
                                             + advice);
}

void appendUtf8(std::string& out, std::uint32_t code)
{
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

// UTF-16 after its byte order mark, as UTF-8. Unpaired surrogates and an odd byte count are
// refused: they are damage, not text.
Result<std::string> decodeUtf16(std::string_view bytes, bool littleEndian)
{
    const auto unitAt = [&](std::size_t i) {
        const auto a = static_cast<unsigned char>(bytes[i]);
        const auto b = static_cast<unsigned char>(bytes[i + 1]);
        return static_cast<std::uint32_t>(littleEndian ? (b << 8 | a) : (a << 8 | b));
    };
    const auto unitHex = [](std::uint32_t unit) {
        return hexByte(static_cast<unsigned char>(unit >> 8))
            + hexByte(static_cast<unsigned char>(unit & 0xFF)).substr(2);
    };
    const std::string encoding = littleEndian ? "UTF-16 (little-endian)" : "UTF-16 (big-endian)";
    std::string out;
    out.reserve(bytes.size());
    std::size_t i = 0;
    for (; i + 1 < bytes.size(); i += 2) {
        std::uint32_t code = unitAt(i);
        if (code >= 0xD800 && code <= 0xDBFF && i + 3 < bytes.size()) {
            const std::uint32_t low = unitAt(i + 2);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                i += 2;
            }
        }
        if (code >= 0xD800 && code <= 0xDFFF)
            return refusedAt(out, out.size(), "this " + encoding + " file holds the unpaired surrogate "
                                                  + unitHex(code) + ", which is no character");
        appendUtf8(out, code);
    }
    if (i < bytes.size())
        return refusedAt(out, out.size(), "this " + encoding + " file ends in the middle of a "
                                              "character (its length is an odd number of bytes)");
    return out;
}

// How many bytes the UTF-8 sequence at `i` has, or the reason it is not one.
struct Sequence {
    std::size_t length = 0;
    std::string problem;
};

Sequence utf8SequenceAt(std::string_view text, std::size_t i)
{
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead < 0x80)
        return {1, {}};
    const std::string leadHex = hexByte(lead);
    if (lead < 0xC0)
        return {0, "byte " + leadHex + " continues a character that never started (not UTF-8)"};
    if (lead < 0xC2)
        return {0, "byte " + leadHex + " starts an overlong encoding (not UTF-8)"};
    if (lead > 0xF4)
        return {0, "byte " + leadHex + " never occurs in UTF-8"};
    const std::size_t length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    // The second byte's range rules out overlong forms, surrogates and code points past U+10FFFF.
    unsigned char low = 0x80, high = 0xBF;
    std::string outOfRange = "an overlong encoding";
    if (lead == 0xE0)
        low = 0xA0;
    else if (lead == 0xED)
        high = 0x9F, outOfRange = "a UTF-16 surrogate, which is no character";
    else if (lead == 0xF0)
        low = 0x90;
    else if (lead == 0xF4)
        high = 0x8F, outOfRange = "a code point beyond U+10FFFF";
    std::string seen = leadHex;
    for (std::size_t n = 1; n < length; ++n) {
        if (i + n >= text.size())
            return {0, "byte " + leadHex + " starts a " + std::to_string(length)
                           + "-byte character but the file ends after " + std::to_string(n)
                           + (n == 1 ? " byte" : " bytes") + " of it (not UTF-8)"};
        const auto next = static_cast<unsigned char>(text[i + n]);
        seen += " " + hexByte(next);
        if (next < 0x80 || next > 0xBF)
            return {0, "byte " + leadHex + " starts a " + std::to_string(length)
                           + "-byte character but byte " + std::to_string(n + 1) + " of it is "
                           + hexByte(next) + " (not UTF-8; a legacy code page such as Windows-1252?)"};
        if (n == 1 && (next < low || next > high))
            return {0, "bytes " + seen + " are " + outOfRange + " (not UTF-8)"};
    }
    return {length, {}};
}

Result<void> checkUtf8(std::string_view text)
{
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] == '\0') {
            // "a\0b\0" is what UTF-16 without a byte order mark looks like.
            const bool looksUtf16 = text.size() > 1 && (text[0] == '\0' || text[1] == '\0');
            return refusedAt(text, i, "byte 0x00 (NUL) is not allowed in text",
                             looksUtf16 ? "The file looks like UTF-16 without a byte order mark. "
                                              + std::string(kSaveAsUtf8)
                                        : "Remove the NUL bytes (the file may be damaged or not a "
                                          "CSV) and import it again.");
        }
        const Sequence s = utf8SequenceAt(text, i);
        if (s.length == 0)
            return refusedAt(text, i, s.problem);
        i += s.length;
    }
    return {};
}

std::string countOfSeparator(char c, std::size_t n)
{
    const std::string name = c == ',' ? "comma" : c == ';' ? "semicolon" : "tab";
    return std::to_string(n) + " " + name + (n == 1 ? "" : "s");
}

} // namespace

Result<std::string> csvTextFromBytes(std::string_view bytes)
{
    std::string text;
    if (bytes.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4)
        || bytes.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4))
        return makeError(ErrorCode::Invalid, "line 1, column 1: the file is UTF-32 text. "
                                                 + std::string(kSaveAsUtf8));
    if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
        auto decoded = decodeUtf16(bytes.substr(2), bytes[0] == '\xFF');
        if (!decoded)
            return decoded.error();
        text = std::move(*decoded);
    } else {
        text.assign(bytes);
    }
    if (std::string_view(text).substr(0, kUtf8Bom.size()) == kUtf8Bom)
        text.erase(0, kUtf8Bom.size());
    if (auto valid = checkUtf8(text); !valid)
        return valid.error();
    return text;
}

Result<char> detectSeparator(std::string_view text)
{
    std::size_t counts[3] = {0, 0, 0};
    constexpr char kinds[3] = {',', ';', '\t'};
    bool quoted = false;
    for (const char c : text) {
        if (c == '"')
            quoted = !quoted;  // a doubled quote toggles twice: still inside
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted)
            for (int k = 0; k < 3; ++k)
                counts[k] += c == kinds[k];
    }
    std::string found;
    char separator = ',';
    int kindsFound = 0;
    for (int k = 0; k < 3; ++k) {
        if (counts[k] == 0)
            continue;
        ++kindsFound;
        separator = kinds[k];
        found += std::string(found.empty() ? "" : " and ") + countOfSeparator(kinds[k], counts[k]);
    }
    if (kindsFound > 1)
        return makeError(ErrorCode::Invalid,
                         "line 1: the header line holds " + found
                             + ", so which of them separates the columns cannot be told. Use one "
                               "separator (comma, semicolon or tab) between the column names "
                               "and import it again.");
    return separator;
}

} // namespace isms::content
