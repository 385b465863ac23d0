#include "content/csv_formula.h"

namespace isms::content {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// "-5", "+12", "-0.25": a sign, digits and at most one decimal point between digits.
bool isPlainNumber(std::string_view text)
{
    std::size_t i = 0;
    if (i < text.size() && (text[i] == '-' || text[i] == '+'))
        ++i;
    const std::size_t start = i;
    while (i < text.size() && isDigit(text[i]))
        ++i;
    if (i == start)
        return false;
    if (i < text.size() && text[i] == '.') {
        const std::size_t fraction = ++i;
        while (i < text.size() && isDigit(text[i]))
            ++i;
        if (i == fraction)
            return false;
    }
    return i == text.size();
}

bool startsDangerously(std::string_view text)
{
    if (text.empty())
        return false;
    switch (text.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return !isPlainNumber(text);
    case '\'':
        return true;
    default:
        return false;
    }
}

} // namespace

std::string defusedCell(std::string_view value)
{
    if (startsDangerously(value))
        return "'" + std::string(value);
    return std::string(value);
}

std::string restoredCell(std::string_view cell)
{
    if (!cell.empty() && cell.front() == '\'')
        cell.remove_prefix(1);
    return std::string(cell);
}

} // namespace isms::content
