#include "ref_order.h"

#include <cstddef>

namespace isms {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// The run of digits starting at `i`: where its significant digits begin and where it ends.
struct Number {
    std::size_t significant, end;
};

Number numberAt(std::string_view s, std::size_t i)
{
    std::size_t j = i;
    while (j < s.size() && isDigit(s[j]))
        ++j;
    std::size_t first = i;
    while (first + 1 < j && s[first] == '0')
        ++first;
    return {first, j};
}

} // namespace

int compareRefs(std::string_view a, std::string_view b)
{
    int tieBreak = 0;  // the first difference that is only case or leading zeros
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (isDigit(a[i]) && isDigit(b[j])) {
            const Number x = numberAt(a, i), y = numberAt(b, j);
            const std::size_t xLen = x.end - x.significant, yLen = y.end - y.significant;
            if (xLen != yLen)
                return xLen < yLen ? -1 : 1;
            const int digits = a.substr(x.significant, xLen).compare(b.substr(y.significant, yLen));
            if (digits != 0)
                return digits;
            if (tieBreak == 0 && x.end - i != y.end - j)
                tieBreak = (x.end - i) < (y.end - j) ? -1 : 1;  // fewer leading zeros first
            i = x.end;
            j = y.end;
            continue;
        }
        const char ca = lower(a[i]), cb = lower(b[j]);
        if (ca != cb)
            return static_cast<unsigned char>(ca) < static_cast<unsigned char>(cb) ? -1 : 1;
        if (tieBreak == 0 && a[i] != b[j])
            tieBreak = static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]) ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size() || j < b.size())
        return i < a.size() ? 1 : -1;  // a prefix first: 6.1 before 6.1.1
    return tieBreak;
}

} // namespace isms
