#include "app/commands/set_fields_command.h"
#include "reports/domain_text.h"

#include "app/session/document_session.h"
#include "app/session/value_convert.h"
#include "storage/isms_file.h"

#include <QCoreApplication>

namespace isms::app {

SetFieldsCommand::SetFieldsCommand(DocumentSession& session, std::string registerKey, RecordId id,
                                   FieldValues before, FieldValues after, const QString& text)
    : FileCommand(session, text),
      m_registerKey(std::move(registerKey)),
      m_id(id),
      m_before(std::move(before)),
      m_after(std::move(after))
{
}

SetFieldsCommand* SetFieldsCommand::create(DocumentSession& session,
                                           const std::string& registerKey, RecordId id,
                                           FieldValues after, const QString& text)
{
    const RegisterDef& def = session.catalogue().get(registerKey);
    FieldValues before;
    auto record = session.file().get(def, id);
    if (record)
        for (const auto& [key, value] : after)
            before[key] = record->get(def, key);
    QString label = text;
    if (label.isEmpty()) {
        QString fieldLabel;
        if (after.size() == 1)
            if (const FieldDef* field = def.field(after.begin()->first))
                fieldLabel = reports::domainText(field->label);
        const QString ref = record ? qs(record->ref) : QString();
        label = fieldLabel.isEmpty()
                    ? QCoreApplication::translate("SetFieldsCommand", "Edit %1").arg(ref)
                    : QCoreApplication::translate("SetFieldsCommand", "Edit %1 of %2")
                          .arg(fieldLabel, ref);
    }
    return new SetFieldsCommand(session, registerKey, id, std::move(before), std::move(after),
                                label);
}

int SetFieldsCommand::id() const
{
    // One id for all field edits; mergeWith decides whether two really touch the same field.
    return 0x5E7F;
}

bool SetFieldsCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const SetFieldsCommand*>(other);
    // A command whose write failed is obsolete: QUndoStack offers it for merging before dropping it.
    if (!next || next->isObsolete() || next->m_registerKey != m_registerKey || next->m_id != m_id
        || next->m_after.size() != 1 || m_after.size() != 1
        || next->m_after.begin()->first != m_after.begin()->first)
        return false;
    m_after = next->m_after;
    // Typing a value and then its old value again is no change at all: drop the step.
    if (m_after == m_before)
        setObsolete(true);
    return true;
}

Result<void> SetFieldsCommand::write(const FieldValues& values)
{
    const RegisterDef& def = session().catalogue().get(m_registerKey);
    auto record = session().file().get(def, m_id);
    if (!record)
        return record.error();
    for (const auto& [key, value] : values)
        record->set(def, key, value);
    auto updated = session().file().update(def, *record);
    if (!updated)
        return updated.error();
    return Ok{};
}

} // namespace isms::app
