#include "reports/writers/terminal_text.h"

#include <cstdint>

namespace isms::reports {

namespace {

std::string hex(std::uint32_t value, int digits)
{
    static const char* symbols = "0123456789abcdef";
    std::string text(static_cast<std::size_t>(digits), '0');
    for (int n = digits - 1; n >= 0; --n, value >>= 4)
        text[static_cast<std::size_t>(n)] = symbols[value & 0xF];
    return text;
}

// Marks that reorder text: LRM, RLM, ALM, the embeddings and overrides, and the isolates.
bool isBidiControl(std::uint32_t code)
{
    return code == 0x061C || code == 0x200E || code == 0x200F || (code >= 0x202A && code <= 0x202E)
        || (code >= 0x2066 && code <= 0x2069);
}

// The code point of the well-formed UTF-8 sequence at `i` and its length; length 0 when the
// bytes there are not UTF-8.
std::pair<std::uint32_t, std::size_t> decodeAt(std::string_view text, std::size_t i)
{
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead < 0x80)
        return {lead, 1};
    std::size_t length = 0;
    std::uint32_t code = 0;
    if (lead >= 0xC2 && lead <= 0xDF)
        length = 2, code = lead & 0x1F;
    else if (lead >= 0xE0 && lead <= 0xEF)
        length = 3, code = lead & 0x0F;
    else if (lead >= 0xF0 && lead <= 0xF4)
        length = 4, code = lead & 0x07;
    else
        return {0, 0};
    if (i + length > text.size())
        return {0, 0};
    for (std::size_t n = 1; n < length; ++n) {
        const auto next = static_cast<unsigned char>(text[i + n]);
        if ((next & 0xC0) != 0x80)
            return {0, 0};
        code = (code << 6) | (next & 0x3F);
    }
    const std::uint32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (code < smallest[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        return {0, 0};
    return {code, length};
}

} // namespace

std::string terminalSafe(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto [code, length] = decodeAt(text, i);
        if (length == 0) {
            out += "\\x" + hex(static_cast<unsigned char>(text[i]), 2);
            ++i;
            continue;
        }
        const bool lineEnd = code == '\n' || code == '\t'
            || (code == '\r' && i + 1 < text.size() && text[i + 1] == '\n');
        if (code < 0x20 && !lineEnd)
            out += "\\x" + hex(code, 2);
        else if ((code >= 0x7F && code <= 0x9F) || isBidiControl(code))
            out += "\\u" + hex(code, 4);
        else
            out.append(text.substr(i, length));
        i += length;
    }
    return out;
}

} // namespace isms::reports
