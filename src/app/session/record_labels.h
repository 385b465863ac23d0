#pragma once
// "R-014 Ransomware on the file server": how a record is named wherever another one refers to it.
// Cached, because a table of 100,000 risks shows the same few owners over and over.

#include "domain/value.h"

#include <QHash>
#include <QString>

#include <string>
#include <utility>

namespace isms::storage {
class IsmsFile;
}

namespace isms::app {

class RecordLabels {
public:
    explicit RecordLabels(const storage::IsmsFile& file) : m_file(file) {}

    // The ref and title, or a note that the record is gone.
    QString label(const std::string& registerKey, RecordId id);
    QString ref(const std::string& registerKey, RecordId id);
    void forget(const std::string& registerKey, RecordId id);

private:
    struct Entry {
        QString ref;
        QString title;
    };
    const Entry& entry(const std::string& registerKey, RecordId id);

    const storage::IsmsFile& m_file;
    QHash<QString, Entry> m_cache;
};

} // namespace isms::app
