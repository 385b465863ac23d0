#pragma once
// What the recent files list shows of each file, read fresh from the file each time the list is
// shown: read-only, beside an editor if one has it open (readers never wait for an editor), and
// without checking every page (a background check is simply interrupted at close).

#include <QDateTime>
#include <QString>

namespace isms::app {

struct RecentFileStatus {
    enum class State { Present, Missing, Unreadable };
    State state = State::Present;
    QString organisation;
    QDateTime lastChange;  // UTC; invalid when the file has no changes
    QString lastChangeBy;
    bool auditCopy = false;
    QString problem;       // Unreadable: the storage's message
};

RecentFileStatus readRecentFileStatus(const QString& path);

} // namespace isms::app
