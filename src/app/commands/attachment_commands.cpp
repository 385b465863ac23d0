#include "app/commands/attachment_commands.h"

#include "app/session/document_session.h"
#include "storage/isms_file.h"

namespace isms::app {

namespace {
Result<storage::Attachment> attachContent(storage::IsmsFile& file, const AttachmentContent& c)
{
    if (!c.source.empty())
        return file.attachFile(c.registerKey, c.recordId, c.source, c.name, c.mediaType);
    return file.attach(c.registerKey, c.recordId, c.name, c.mediaType, c.bytes);
}

// The id the attachment has now: its own, or that of the same file attached again by an undo.
Result<std::int64_t> currentId(const storage::IsmsFile& file, const storage::Attachment& stored)
{
    auto all = file.attachments(stored.registerKey, stored.recordId);
    if (!all)
        return all.error();
    for (const auto& a : *all)
        if (a.id == stored.id)
            return a.id;
    for (const auto& a : *all)
        if (a.name == stored.name && a.sha256 == stored.sha256)
            return a.id;
    return makeError(ErrorCode::NotFound,
                     "The evidence file \"" + stored.name + "\" is no longer attached.");
}
} // namespace

AttachCommand::AttachCommand(DocumentSession& session, AttachmentContent content,
                             const QString& text)
    : FileCommand(session, text), m_content(std::move(content))
{
}

Result<void> AttachCommand::applyRedo()
{
    auto stored = attachContent(session().file(), m_content);
    if (!stored)
        return stored.error();
    m_stored = std::move(stored.value());
    return Ok{};
}

Result<void> AttachCommand::applyUndo()
{
    auto id = currentId(session().file(), m_stored);
    if (!id)
        return id.error();
    return session().file().detach(*id);
}

DetachCommand::DetachCommand(DocumentSession& session, const storage::Attachment& attachment,
                             const QString& text)
    : FileCommand(session, text),
      m_stored(attachment),
      m_content{attachment.registerKey, attachment.recordId, attachment.name, attachment.mediaType, {}}
{
}

Result<void> DetachCommand::applyRedo()
{
    auto& file = session().file();
    auto id = currentId(file, m_stored);
    if (!id)
        return id.error();
    if (!m_haveBytes) {
        // First time: remember what is removed, so that undo can put it back.
        auto bytes = file.attachmentContent(*id);
        if (!bytes)
            return bytes.error();
        m_content.bytes = std::move(bytes.value());
        m_haveBytes = true;
    }
    return file.detach(*id);
}

Result<void> DetachCommand::applyUndo()
{
    auto stored = attachContent(session().file(), m_content);
    if (!stored)
        return stored.error();
    m_stored = std::move(stored.value());
    return Ok{};
}

} // namespace isms::app
