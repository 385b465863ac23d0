#include "app/dialogs/note_editor_dialog.h"
#include "reports/domain_text.h"

#include "content/reference_data.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace isms::app {

namespace {
QString qs(const std::string& text) { return QString::fromStdString(text); }
} // namespace

NoteEditorDialog::NoteEditorDialog(const Catalogue& catalogue, const storage::AuditNote& note, QWidget* parent)
    : QDialog(parent),
      m_note(note),
      m_type(new QComboBox),
      m_clause(new QLineEdit),
      m_register(new QComboBox),
      m_ref(new QLineEdit),
      m_text(new QPlainTextEdit),
      m_evidence(new QPlainTextEdit),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("noteEditor"));
    setWindowTitle(note.id.empty() ? tr("New Auditor Note") : tr("Edit Auditor Note"));
    // The finding register's own types, so every note can become a finding.
    if (const FieldDef* type = catalogue.get(reg::findings).field("type"))
        for (const auto& option : type->options)
            m_type->addItem(reports::domainText(option.label), qs(option.key));
    m_type->setCurrentIndex(std::max(0, m_type->findData(qs(note.type))));
    m_clause->setText(qs(note.clause));
    m_clause->setPlaceholderText(tr("e.g. 9.2 or A.5.15"));
    // Any text is accepted, as in the findings register; the completer offers the known ones.
    QStringList known;
    for (const auto& clause : content::clauseRequirements())
        known << qs(clause.clause);
    for (const auto& control : content::annexAControls())
        known << qs(control.id);
    auto* completer = new QCompleter(known, m_clause);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_clause->setCompleter(completer);
    m_register->addItem(tr("(none)"), QString());
    for (const auto& reg : catalogue.registers())
        m_register->addItem(qs(reg.title), qs(reg.key));
    m_register->setCurrentIndex(std::max(0, m_register->findData(qs(note.recordRegister))));
    m_ref->setText(qs(note.recordRef));
    m_ref->setPlaceholderText(tr("e.g. R-003"));
    m_text->setPlainText(qs(note.text));
    m_text->setTabChangesFocus(true);
    m_evidence->setPlainText(qs(note.evidence));
    m_evidence->setTabChangesFocus(true);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Clause or control:"), m_clause);
    form->addRow(tr("&Record register:"), m_register);
    form->addRow(tr("Record r&ef:"), m_ref);
    form->addRow(tr("&What was found:"), m_text);
    form->addRow(tr("E&vidence sampled:"), m_evidence);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &NoteEditorDialog::updateOk);
    connect(m_register, &QComboBox::currentIndexChanged, this, &NoteEditorDialog::updateOk);
    connect(m_ref, &QLineEdit::textChanged, this, &NoteEditorDialog::updateOk);
    updateOk();
    m_type->setFocus();
}

storage::AuditNote NoteEditorDialog::note() const
{
    storage::AuditNote n = m_note;
    n.type = m_type->currentData().toString().toStdString();
    n.clause = m_clause->text().trimmed().toStdString();
    n.recordRegister = m_register->currentData().toString().toStdString();
    n.recordRef = n.recordRegister.empty() ? std::string() : m_ref->text().trimmed().toStdString();
    n.text = m_text->toPlainText().trimmed().toStdString();
    n.evidence = m_evidence->toPlainText().trimmed().toStdString();
    return n;
}

void NoteEditorDialog::updateOk()
{
    const bool hasText = !m_text->toPlainText().trimmed().isEmpty();
    const bool recordWhole = m_register->currentData().toString().isEmpty() || !m_ref->text().trimmed().isEmpty();
    m_ref->setEnabled(!m_register->currentData().toString().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(hasText && recordWhole);
}

} // namespace isms::app
