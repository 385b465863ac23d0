#include "message.h"

namespace isms {

Message& Message::arg(std::string value) &
{
    args.push_back({std::move(value), false});
    return *this;
}
Message&& Message::arg(std::string value) &&
{
    return std::move(arg(std::move(value)));
}
Message& Message::arg(long long number) &
{
    return arg(std::to_string(number));
}
Message&& Message::arg(long long number) &&
{
    return std::move(arg(std::to_string(number)));
}
Message& Message::label(std::string domainLabel) &
{
    args.push_back({std::move(domainLabel), true});
    return *this;
}
Message&& Message::label(std::string domainLabel) &&
{
    return std::move(label(std::move(domainLabel)));
}

Message& Message::arg(Message inner) &
{
    std::string text = english(inner);
    args.push_back({std::move(text), false, std::make_shared<const Message>(std::move(inner))});
    return *this;
}
Message&& Message::arg(Message inner) &&
{
    return std::move(arg(std::move(inner)));
}

std::string substitute(const std::string& templateText, const std::vector<std::string>& args)
{
    std::string out;
    out.reserve(templateText.size());
    for (std::size_t i = 0; i < templateText.size(); ++i) {
        const char c = templateText[i];
        if (c == '%' && i + 1 < templateText.size() && templateText[i + 1] >= '1'
            && templateText[i + 1] <= '9') {
            const auto n = static_cast<std::size_t>(templateText[i + 1] - '1');
            if (n < args.size()) {
                out += args[n];
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

std::string english(const Message& message)
{
    std::vector<std::string> values;
    values.reserve(message.args.size());
    for (const auto& a : message.args)
        values.push_back(a.text);
    return substitute(message.text, values);
}

} // namespace isms
