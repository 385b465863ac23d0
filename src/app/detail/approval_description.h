#pragma once
// A risk-owner approval's change-log entry in words, for the record's history: who approved,
// why, until when, what they accepted (levels, treatment, treating controls) and the snapshot's
// SHA-256 an auditor can compare with `ismsctl` and the reports. The entry ("approve", or
// "withdraw" when undone) holds the approval as JSON (storage's approvalJson).

#include "storage/isms_file.h"

#include <QStringList>

namespace isms::app {

class DocumentSession;

// True for the entries describeApproval reads.
bool isApprovalEntry(const storage::ChangeEntry& entry);
// One line per fact, "Approved by: P-003 Aisha Okafor"; empty for other entries.
QStringList describeApproval(DocumentSession& session, const storage::ChangeEntry& entry);

} // namespace isms::app
