#include "app/export/page_report_kind.h"

#include "app/methodology/methodology_editor.h"
#include "domain/catalogue.h"

namespace isms::app {

QString reportKindForLocation(const Location& location)
{
    const QString& key = location.registerKey;
    if (key.isEmpty())
        return QStringLiteral("readiness");
    if (key == MethodologyEditor::pageKey())
        return QStringLiteral("criteria");
    const std::string registerKey = key.toStdString();
    if (registerKey == reg::controls)
        return QStringLiteral("soa");
    if (registerKey == reg::risks)
        return QStringLiteral("risks");
    if (registerKey == reg::treatments)
        return QStringLiteral("treatment");
    return {};
}

} // namespace isms::app
