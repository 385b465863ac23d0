#pragma once
// Evidence files on a record. Attaching stores the bytes; undo detaches. Removing keeps the bytes
// in the command so undo can attach them again. Attachment ids are never reused, so a re-attached
// file has a new id: the commands find their attachment by record, name and SHA-256 instead.

#include "app/commands/file_command.h"
#include "domain/value.h"
#include "storage/isms_file.h"

#include <cstddef>
#include <string>
#include <vector>

namespace isms::app {

struct AttachmentContent {
    std::string registerKey;
    RecordId recordId = 0;
    std::string name;
    std::string mediaType;
    std::vector<std::byte> bytes;
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
