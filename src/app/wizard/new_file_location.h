#pragma once
// Where the New wizard proposes a file, and what it makes of a path the user typed: a folder
// that does not exist yet is created when the file is (the wizard says so), unless it cannot be.

#include <QString>

namespace isms::app {

// The user's documents folder when it exists, else their home folder: never a folder that the
// wizard would then refuse.
QString proposedFolder();

struct LocationCheck {
    QString error;           // empty when the path can be used
    QString folderToCreate;  // the file's folder, when it does not exist yet and can be made
    bool ok() const { return error.isEmpty(); }
};

// `path` is absolute and ends in .isms. Does not touch the disk beyond looking.
LocationCheck checkNewFileLocation(const QString& path);

} // namespace isms::app
