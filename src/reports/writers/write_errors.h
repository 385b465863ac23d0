#pragma once
// The messages a writer gives when the operating system refuses a write, shared by every
// writer and by writeReportFile(), so a full disk reads the same whatever the format.

#include "domain/result.h"

#include <QString>

class QFileDevice;

namespace isms::reports {

// The error of a failed open, write or close of `file` (ErrorCode::Io): a full disk says so and
// what to do; anything else names the file and the system's reason.
Error fileWriteError(const QFileDevice& file);

// "The disk holding FOLDER is full ...": free some space or choose another folder.
Error diskFullError(const QString& folder);

// Whether the file system holding `folder` has (next to) no room left: how a writer's vague
// "write failed" is recognised as a full disk.
bool folderIsFull(const QString& folder);

} // namespace isms::reports
