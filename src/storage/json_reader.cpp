#include "storage/json_reader.h"

#include <charconv>

namespace isms::storage {

namespace {

class Parser {
public:
    explicit Parser(std::string_view text) : m_text(text) {}

    std::string_view text() const { return m_text; }
    std::size_t position() const { return m_pos; }
    bool atEnd()
    {
        skipSpace();
        return m_pos == m_text.size();
    }

    // Parses one value at the current position; false (and the position of the fault) if invalid.
    bool value(JsonValue& out, int depth = 0)
    {
        if (depth > 64)
            return false;  // deeper than anything we write: refuse rather than recurse on
        skipSpace();
        const std::size_t start = m_pos;
        if (m_pos >= m_text.size())
            return false;
        const char c = m_text[m_pos];
        bool ok = false;
        switch (c) {
        case '{': out.kind = JsonKind::Object; ok = object(nullptr, depth); break;
        case '[': out.kind = JsonKind::Array; ok = array(depth); break;
        case '"': out.kind = JsonKind::String; ok = string(); break;
        case 't': out.kind = JsonKind::Boolean; ok = literal("true"); break;
        case 'f': out.kind = JsonKind::Boolean; ok = literal("false"); break;
        case 'n': out.kind = JsonKind::Null; ok = literal("null"); break;
        default: out.kind = JsonKind::Number; ok = number(); break;
        }
        out.raw = m_text.substr(start, m_pos - start);
        return ok;
    }

    using Member = std::function<bool(const std::string&, const JsonValue&)>;

    // At '{': each member in turn. `member` may be null (only validate).
    bool object(const Member* member, int depth)
    {
        ++m_pos;  // '{'
        skipSpace();
        if (peek('}')) {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipSpace();
            if (!peek('"'))
                return false;
            const std::size_t keyStart = m_pos;
            if (!string())
                return false;
            skipSpace();
            if (!peek(':'))
                return false;
            ++m_pos;
            JsonValue v;
            if (!value(v, depth + 1))
                return false;
            if (member) {
                const auto key = jsonString(JsonValue{JsonKind::String, keyText(keyStart)});
                if (!key || !(*member)(*key, v))
                    return false;
            }
            skipSpace();
            if (peek(',')) {
                ++m_pos;
                continue;
            }
            if (peek('}')) {
                ++m_pos;
                return true;
            }
            return false;
        }
    }

private:
    std::string_view keyText(std::size_t start) const
    {
        std::size_t i = start + 1;
        while (i < m_text.size() && m_text[i] != '"')
            i += m_text[i] == '\\' ? 2 : 1;
        return m_text.substr(start, i + 1 - start);
    }

    bool peek(char c) const { return m_pos < m_text.size() && m_text[m_pos] == c; }
    void skipSpace()
    {
        while (m_pos < m_text.size()
               && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' || m_text[m_pos] == '\n' || m_text[m_pos] == '\r'))
            ++m_pos;
    }
    bool literal(std::string_view word)
    {
        if (m_text.substr(m_pos, word.size()) != word)
            return false;
        m_pos += word.size();
        return true;
    }
    static bool isHex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
    bool string()
    {
        ++m_pos;  // '"'
        while (m_pos < m_text.size()) {
            const auto c = static_cast<unsigned char>(m_text[m_pos]);
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c == '\\') {
                if (++m_pos >= m_text.size())
                    return false;
                const char e = m_text[m_pos];
                if (e == 'u') {
                    for (int i = 1; i <= 4; ++i)
                        if (m_pos + i >= m_text.size() || !isHex(m_text[m_pos + i]))
                            return false;
                    m_pos += 4;
                } else if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos) {
                    return false;
                }
            }
            ++m_pos;
        }
        return false;
    }
    bool digits()
    {
        const std::size_t start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9')
            ++m_pos;
        return m_pos > start;
    }
    bool number()
    {
        if (peek('-'))
            ++m_pos;
        if (peek('0')) {
            ++m_pos;  // no leading zeros
        } else if (!digits()) {
            return false;
        }
        if (peek('.')) {
            ++m_pos;
            if (!digits())
                return false;
        }
        if (peek('e') || peek('E')) {
            ++m_pos;
            if (peek('+') || peek('-'))
                ++m_pos;
            if (!digits())
                return false;
        }
        return true;
    }
    bool array(int depth)
    {
        ++m_pos;  // '['
        skipSpace();
        if (peek(']')) {
            ++m_pos;
            return true;
        }
        for (;;) {
            JsonValue v;
            if (!value(v, depth + 1))
                return false;
            skipSpace();
            if (peek(',')) {
                ++m_pos;
                continue;
            }
            if (peek(']')) {
                ++m_pos;
                return true;
            }
            return false;
        }
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
};

Error invalid(std::string_view text, std::size_t at)
{
    std::string shown(text.substr(0, 60));
    if (text.size() > 60)
        shown += "...";
    return makeError(ErrorCode::Invalid, "Not valid JSON at character " + std::to_string(at + 1) + ": " + shown);
}

void appendUtf8(std::string& out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::uint32_t hex4(std::string_view s)
{
    std::uint32_t v = 0;
    std::from_chars(s.data(), s.data() + 4, v, 16);
    return v;
}

} // namespace

Result<void> validateJson(std::string_view text)
{
    Parser p(text);
    JsonValue v;
    if (!p.value(v) || !p.atEnd())
        return invalid(text, p.position());
    return {};
}

Result<void> forEachMember(std::string_view text,
                           const std::function<bool(const std::string& key, const JsonValue& value)>& member)
{
    Parser p(text);
    if (p.atEnd() || text[p.position()] != '{')
        return makeError(ErrorCode::Invalid, "Not a JSON object: " + std::string(text.substr(0, 60)));
    Parser::Member m = member;
    if (!p.object(&m, 0) || !p.atEnd())
        return invalid(text, p.position());
    return {};
}

std::optional<std::string> jsonString(const JsonValue& value)
{
    const std::string_view raw = value.raw;
    if (value.kind != JsonKind::String || raw.size() < 2 || raw.front() != '"' || raw.back() != '"')
        return std::nullopt;
    std::string out;
    out.reserve(raw.size() - 2);
    for (std::size_t i = 1; i + 1 < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '\\') {
            out += c;
            continue;
        }
        const char e = raw[++i];
        switch (e) {
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
            std::uint32_t cp = hex4(raw.substr(i + 1, 4));
            i += 4;
            // A surrogate pair makes one code point; a lone surrogate is refused.
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                if (i + 6 >= raw.size() || raw[i + 1] != '\\' || raw[i + 2] != 'u')
                    return std::nullopt;
                const std::uint32_t low = hex4(raw.substr(i + 3, 4));
                if (low < 0xDC00 || low > 0xDFFF)
                    return std::nullopt;
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                i += 6;
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                return std::nullopt;
            }
            appendUtf8(out, cp);
            break;
        }
        default: out += e; break;  // " \ /
        }
    }
    return out;
}

std::optional<std::int64_t> jsonInteger(const JsonValue& value)
{
    if (value.kind != JsonKind::Number)
        return std::nullopt;
    std::int64_t n = 0;
    const auto [end, ec] = std::from_chars(value.raw.data(), value.raw.data() + value.raw.size(), n);
    if (ec != std::errc() || end != value.raw.data() + value.raw.size())
        return std::nullopt;
    return n;
}

} // namespace isms::storage
