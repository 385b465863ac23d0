#include "app/commands/attachment_commands.h"

#include "app/session/document_session.h"
#include "storage/isms_file.h"

namespace isms::app {

namespace {
Result<std::int64_t> attachContent(storage::IsmsFile& file, const AttachmentContent& c)
{
    auto attached = file.attach(c.registerKey, c.recordId, c.name, c.mediaType, c.bytes);
    if (!attached)
        return attached.error();
    return attached->id;
}
} // namespace

AttachCommand::AttachCommand(DocumentSession& session, AttachmentContent content,
                             const QString& text)
    : FileCommand(session, text), m_content(std::move(content))
{
}

Result<void> AttachCommand::applyRedo()
{
    auto id = attachContent(session().file(), m_content);
    if (!id)
        return id.error();
    m_attachmentId = *id;
    return Ok{};
}

Result<void> AttachCommand::applyUndo()
{
    return session().file().detach(m_attachmentId);
}

DetachCommand::DetachCommand(DocumentSession& session, const storage::Attachment& attachment,
                             const QString& text)
    : FileCommand(session, text),
      m_attachmentId(attachment.id),
      m_content{attachment.registerKey, attachment.recordId, attachment.name, attachment.mediaType, {}}
{
}

Result<void> DetachCommand::applyRedo()
{
    auto& file = session().file();
    if (!m_haveBytes) {
        // First time: remember what is removed, so that undo can put it back.
        auto bytes = file.attachmentContent(m_attachmentId);
        if (!bytes)
            return bytes.error();
        m_content.bytes = std::move(bytes.value());
        m_haveBytes = true;
    }
    return file.detach(m_attachmentId);
}

Result<void> DetachCommand::applyUndo()
{
    auto id = attachContent(session().file(), m_content);
    if (!id)
        return id.error();
    m_attachmentId = *id;
    return Ok{};
}

} // namespace isms::app
