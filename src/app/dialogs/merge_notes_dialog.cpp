#include "app/dialogs/merge_notes_dialog.h"

#include "app/session/document_session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace isms::app {

namespace {
QString qs(const std::string& text) { return QString::fromStdString(text); }
} // namespace

MergeNotesDialog::MergeNotesDialog(DocumentSession& session, const QString& notesPath, QWidget* parent)
    : QDialog(parent),
      m_session(session),
      m_notes(QFile::encodeName(notesPath).toStdString()),
      m_audit(new QComboBox),
      m_preview(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("mergeNotes"));
    setWindowTitle(tr("Merge Auditor Notes"));
    const RegisterDef& audits = session.catalogue().get(reg::audits);
    if (auto all = session.file().list(audits))
        for (const auto& audit : *all)
            m_audit->addItem(qs(audit.ref + " \u2014 " + audit.text(audits, "title")), qs(audit.ref));
    m_preview->setObjectName(QStringLiteral("mergePreview"));
    m_preview->setWordWrap(true);
    auto* mergeButton = m_buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    mergeButton->setDefault(true);

    auto* form = new QFormLayout(this);
    form->addRow(tr("Notes file:"), new QLabel(QDir::toNativeSeparators(notesPath)));
    form->addRow(tr("&Findings of audit:"), m_audit);
    form->addRow(m_preview);
    form->addRow(new QLabel(tr("All the notes go in or none do. The merge is recorded in the history "
                               "but cannot be undone with Undo.")));
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (merge())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_audit, &QComboBox::currentIndexChanged, this, &MergeNotesDialog::updatePreview);
    updatePreview();
    m_audit->setFocus();
}

bool MergeNotesDialog::canMerge() const { return m_mergeable; }

void MergeNotesDialog::updatePreview()
{
    m_mergeable = false;
    if (m_audit->count() == 0) {
        m_preview->setText(tr("This file has no audits. Add the audit in the audits register first."));
    } else {
        auto dry = m_session.file().mergeAuditNotes(m_notes, m_audit->currentData().toString().toStdString(), true);
        if (!dry) {
            m_preview->setText(qs(dry.error().message));
        } else if (dry->addedFindings.empty()) {
            m_preview->setText(tr("Nothing to merge: all %n note(s) were merged before.", nullptr, dry->alreadyMerged));
        } else {
            QString text = tr("%n note(s) will become findings.", nullptr, static_cast<int>(dry->addedFindings.size()));
            if (dry->alreadyMerged > 0)
                text += QLatin1Char(' ') + tr("%n note(s) were merged before and will be skipped.", nullptr, dry->alreadyMerged);
            if (!dry->missingRecords.empty())
                text += QLatin1Char(' ') + tr("%n note(s) name a record this file no longer has; the mention is kept in the description.",
                                              nullptr, static_cast<int>(dry->missingRecords.size()));
            m_preview->setText(text);
            m_mergeable = true;
        }
    }
    for (QAbstractButton* button : m_buttons->buttons())
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(m_mergeable);
}

std::optional<storage::NotesMergeReport> MergeNotesDialog::merge()
{
    if (!m_mergeable)
        return std::nullopt;
    auto report = m_session.file().mergeAuditNotes(m_notes, m_audit->currentData().toString().toStdString());
    if (!report) {
        m_preview->setText(qs(report.error().message));
        return std::nullopt;
    }
    m_summary = summary(*report);
    return *report;
}

QString MergeNotesDialog::summary(const storage::NotesMergeReport& report)
{
    if (report.addedFindings.empty())
        return tr("Nothing was merged: all %n note(s) were merged before.", nullptr, report.alreadyMerged);
    QStringList refs;
    for (const auto& ref : report.addedFindings)
        refs << qs(ref);
    QString text = tr("%n note(s) became findings of %1: %2.", nullptr, static_cast<int>(refs.size()))
                       .arg(qs(report.auditRef), refs.join(QStringLiteral(", ")));
    for (const auto& missing : report.missingRecords)
        text += QLatin1Char('\n') + tr("%1 is no longer in this file; the finding keeps the mention.").arg(qs(missing));
    return text;
}

} // namespace isms::app
