#include "reports/domain_text.h"

#include <QCoreApplication>

#include <string>
#include <vector>

namespace isms::reports {

QString domainText(std::string_view english)
{
    if (english.empty())
        return {};
    const std::string text(english);  // translate() needs a NUL-terminated string
    return QCoreApplication::translate(kDomainContext, text.c_str());
}

QString domainMessage(const Message& message)
{
    QString text = domainText(message.text);
    if (message.args.empty())
        return text;
    // One pass over the template (not QString::arg chains): a value that itself contains "%1"
    // is never substituted again.
    std::vector<QString> values;
    values.reserve(message.args.size());
    for (const MessageArg& a : message.args)
        values.push_back(a.message ? domainMessage(*a.message)
                         : a.domainText ? domainText(a.text)
                                        : QString::fromStdString(a.text));
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'%' && i + 1 < text.size() && text.at(i + 1) >= u'1' && text.at(i + 1) <= u'9') {
            const auto n = static_cast<std::size_t>(text.at(i + 1).unicode() - u'1');
            if (n < values.size()) {
                out += values[n];
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QString ruleText(const RuleItem& item)
{
    return item.what.text.empty() ? QString::fromStdString(item.message) : domainMessage(item.what);
}

} // namespace isms::reports
