#include "app/form/record_form.h"
#include "reports/domain_text.h"

#include "app/form/field_commit.h"
#include "app/form/field_editor.h"
#include "app/form/field_rows.h"
#include "app/session/document_session.h"
#include "app/session/value_convert.h"
#include "domain/annex_a.h"

#include <QFormLayout>
#include <QLabel>

namespace isms::app {

RecordForm::RecordForm(DocumentSession& session, QWidget* parent)
    : FormView(parent), m_session(session), m_layout(new QFormLayout(this))
{
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const auto reloadIfMine = [this](const QString& reg, qint64 id) {
        if (id == m_id && ss(reg) == m_registerKey)
            load();
    };
    connect(&session, &DocumentSession::recordUpdated, this, reloadIfMine);
    connect(&session, &DocumentSession::recordInserted, this, reloadIfMine);
    connect(&session, &DocumentSession::recordRemoved, this, [this](const QString& reg, qint64 id) {
        if (id == m_id && ss(reg) == m_registerKey)
            clear();
    });
    connect(&session, &DocumentSession::methodologyChanged, this, [this] {
        for (auto& [key, editor] : m_editors)
            editor->reloadChoices();
        load();
    });
}

FieldEditor* RecordForm::editor(const std::string& fieldKey) const
{
    const auto it = m_editors.find(fieldKey);
    return it == m_editors.end() ? nullptr : it->second;
}

void RecordForm::clear()
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_editors.clear();
    m_fixedByStandard.clear();  // its editors were just deleted with the rows
    m_registerKey.clear();
    m_id = 0;
}

void RecordForm::showRecord(const std::string& registerKey, RecordId id)
{
    const RegisterDef* def = m_session.catalogue().find(registerKey);
    if (!def) {
        clear();
        return;
    }
    if (registerKey != m_registerKey)
        build(*def);
    else
        for (auto& [key, editor] : m_editors)
            editor->reloadChoices();  // the target registers may have changed since
    m_registerKey = registerKey;
    m_id = id;
    load();
}

void RecordForm::build(const RegisterDef& def)
{
    clear();
    const bool readOnly = m_session.isReadOnly();
    for (const auto& field : def.fields) {
        FieldEditor* editor = createFieldEditor(m_session, field, this);
        if (readOnly)
            editor->setReadOnly(true);
        m_editors[field.key] = editor;
        connect(editor, &FieldEditor::edited, this,
                [this, &field, editor] { commit(field, editor); });
        addFieldRow(m_layout, field, editor);
    }
}

void RecordForm::load()
{
    const RegisterDef* def = m_session.catalogue().find(m_registerKey);
    if (!def)
        return;
    auto record = m_session.file().get(*def, m_id);
    if (!record) {
        m_session.reportFailure(tr("Reading %1").arg(reports::domainText(def->singular)), record.error());
        return;
    }
    for (std::size_t i = 0; i < def->fields.size(); ++i)
        if (FieldEditor* e = editor(def->fields[i].key))
            e->setValue(i < record->values.size() ? record->values[i] : Value{});
    lockAnnexAFields(*record);
}

void RecordForm::lockAnnexAFields(const Record& record)
{
    // An Annex A control keeps the standard's title and theme (domain/annex_a.h); storage refuses
    // a change anyway, the form says so before anyone tries. The same form shows custom controls
    // next, so what was locked for the last record is unlocked first.
    for (FieldEditor* e : m_fixedByStandard) {
        e->setReadOnly(m_session.isReadOnly());
        e->setToolTip({});
    }
    m_fixedByStandard.clear();
    const RegisterDef& def = m_session.catalogue().get(m_registerKey);
    for (const FieldDef& field : def.fields) {
        FieldEditor* e = editor(field.key);
        if (!e || !isFixedByAnnexA(m_registerKey, record.ref, field.key))
            continue;
        e->setReadOnly(true);
        e->setToolTip(tr("Fixed by ISO/IEC 27001 Annex A. Add a custom control for your own."));
        m_fixedByStandard.push_back(e);
    }
}

void RecordForm::commit(const FieldDef& field, FieldEditor* editor)
{
    if (commitFieldEdit(m_session, m_registerKey, m_id, field, *editor))
        load();  // a refused write leaves the file as it was: show that, not what was typed
}

} // namespace isms::app
