#pragma once
// The status bar's sentence: what a user needs to trust the file at a glance.
// "142 risks · 3 overdue · last change 2 min ago by J. Smith"

#include <QDateTime>
#include <QString>

namespace isms::app {

// "just now", "5 min ago", "3 h ago", "yesterday", then the local date.
QString relativeTime(const QDateTime& at, const QDateTime& now);

struct StatusFacts {
    qint64 records = 0;
    QString noun;           // "risks"; "records" for the whole file
    int overdue = 0;
    QDateTime lastChange;   // invalid when the log is empty
    QString lastChangeBy;
};

QString statusSummary(const StatusFacts& facts, const QDateTime& now);

} // namespace isms::app
