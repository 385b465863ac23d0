#include "app/window/status_summary.h"

#include <QCoreApplication>
#include <QLocale>

namespace isms::app {

namespace {
// lupdate files a free function's tr() under its namespace: the same context here.
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("isms::app", text, disambiguation, n);
}
} // namespace

QString relativeTime(const QDateTime& at, const QDateTime& now)
{
    const qint64 seconds = at.secsTo(now);
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", nullptr, static_cast<int>(seconds / 60));
    if (seconds < 24 * 3600)
        return tr("%n h ago", nullptr, static_cast<int>(seconds / 3600));
    const QDate day = at.toLocalTime().date();
    if (day.daysTo(now.toLocalTime().date()) == 1)
        return tr("yesterday");
    return QLocale().toString(day, QLocale::ShortFormat);
}

QString statusSummary(const StatusFacts& facts, const QDateTime& now)
{
    const QString sep = QStringLiteral(" \u00b7 ");
    QString text = QStringLiteral("%1 %2").arg(QLocale().toString(facts.records), facts.noun);
    text += sep + (facts.overdue > 0 ? tr("%n overdue", nullptr, facts.overdue) : tr("nothing overdue"));
    if (facts.lastChange.isValid())
        text += sep + tr("last change %1 by %2")
                          .arg(relativeTime(facts.lastChange, now), facts.lastChangeBy);
    else
        text += sep + tr("no changes recorded yet");
    return text;
}

} // namespace isms::app
