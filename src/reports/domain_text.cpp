#include "reports/domain_text.h"

#include <QCoreApplication>

#include <string>

namespace isms::reports {

QString domainText(std::string_view english)
{
    if (english.empty())
        return {};
    const std::string text(english);  // translate() needs a NUL-terminated string
    return QCoreApplication::translate(kDomainContext, text.c_str());
}

} // namespace isms::reports
