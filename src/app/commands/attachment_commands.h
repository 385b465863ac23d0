#pragma once
// Evidence files on a record. Attaching stores the bytes; undo detaches. Removing keeps the bytes
// in the command so undo can attach them again. Attachment ids are never reused, so a re-attached
// file has a new id: the commands find their attachment by record, name and SHA-256 instead.

#include "app/commands/file_command.h"
#include "domain/value.h"
#include "storage/isms_file.h"

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace isms::app {

struct AttachmentContent {
    std::string registerKey;
    RecordId recordId = 0;
    std::string name;
    std::string mediaType;
    std::vector<std::byte> bytes;
    // When set, the content is streamed from this file instead of `bytes` (large evidence never
    // sits whole in memory). A redo after an undo reads it again.
    std::filesystem::path source;
};

class AttachCommand : public FileCommand {
public:
    AttachCommand(DocumentSession& session, AttachmentContent content, const QString& text);

protected:
    Result<void> applyRedo() override;
    Result<void> applyUndo() override;

private:
    AttachmentContent m_content;
    storage::Attachment m_stored;
};

class DetachCommand : public FileCommand {
public:
    DetachCommand(DocumentSession& session, const storage::Attachment& attachment,
                  const QString& text);

protected:
    Result<void> applyRedo() override;
    Result<void> applyUndo() override;

private:
    storage::Attachment m_stored;
    AttachmentContent m_content;
    bool m_haveBytes = false;
};

} // namespace isms::app
