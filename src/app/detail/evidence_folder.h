#pragma once
// Where opened evidence goes: one private folder per session (mode 0700, a fresh name from
// mkdtemp), files created exclusively with mode 0600 and never through a link, all removed when
// the session ends. Nothing predictable in the shared temporary folder, so nobody can plant a
// link there or read another user's evidence.

#include "domain/result.h"

#include <QString>

#include <functional>

namespace isms::app {

class EvidenceFolder {
public:
    EvidenceFolder();
    ~EvidenceFolder();  // removes the folder and everything in it
    EvidenceFolder(const EvidenceFolder&) = delete;
    EvidenceFolder& operator=(const EvidenceFolder&) = delete;

    // The folder of this process, removed at exit.
    static EvidenceFolder& session();

    // Empty when the folder could not be made (creating a file then says why).
    const QString& path() const { return m_path; }

    // Creates `name` in a subfolder of its own (so two evidence files of the same name can be open
    // at once) and lets `write` fill the descriptor. Returns the file's path.
    Result<QString> create(const QString& name, const std::function<Result<void>(int fd)>& write);

private:
    QString m_path;
    QString m_failure;
    int m_next = 0;
};

} // namespace isms::app
