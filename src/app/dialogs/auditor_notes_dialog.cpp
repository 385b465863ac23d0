#include "app/dialogs/auditor_notes_dialog.h"
#include "reports/domain_text.h"

#include "app/dialogs/note_editor_dialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace isms::app {

namespace {
QString qs(const std::string& text) { return QString::fromStdString(text); }
} // namespace

AuditorNotesDialog::AuditorNotesDialog(std::unique_ptr<storage::AuditNotes> notes, const Catalogue& catalogue,
                                       QWidget* parent)
    : QDialog(parent),
      m_notes(std::move(notes)),
      m_catalogue(catalogue),
      m_table(new QTableWidget(0, 5)),
      m_message(new QLabel),
      m_add(new QPushButton(tr("&Add\u2026"))),
      m_edit(new QPushButton(tr("&Edit\u2026"))),
      m_delete(new QPushButton(tr("&Delete")))
{
    setObjectName(QStringLiteral("auditorNotes"));
    setWindowTitle(tr("Auditor Notes"));
    resize(760, 420);
    auto* where = new QLabel(tr("Notes are kept in %1, beside the audit copy, which is never changed. "
                                "Send that file to the ISMS manager to merge as findings.")
                                 .arg(QDir::toNativeSeparators(notesFile())));
    where->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Type"), tr("Clause or control"), tr("Record"), tr("Finding"), tr("Author")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_message->setObjectName(QStringLiteral("notesMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_add, QDialogButtonBox::ActionRole);
    buttons->addButton(m_edit, QDialogButtonBox::ActionRole);
    buttons->addButton(m_delete, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &AuditorNotesDialog::addWithEditor);
    connect(m_edit, &QPushButton::clicked, this, &AuditorNotesDialog::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &AuditorNotesDialog::deleteCurrent);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AuditorNotesDialog::updateButtons);
    connect(m_table, &QTableWidget::cellActivated, this, [this] { editCurrent(); });
    reload();
    m_table->setFocus();
}

AuditorNotesDialog::~AuditorNotesDialog() = default;

QString AuditorNotesDialog::notesPathFor(const QString& copy, QWidget* parent)
{
    const QString beside = copy + QStringLiteral(".notes");
    if (QFileInfo::exists(beside) || QFileInfo(QFileInfo(copy).absolutePath()).isWritable())
        return beside;
    QMessageBox::information(parent, tr("Choose where to keep the notes"),
                             tr("The folder of the audit copy cannot be written to. Choose another place "
                                "for the notes file; the copy stays where it is."));
    return QFileDialog::getSaveFileName(parent, tr("Keep Auditor Notes In"),
                                        QDir::home().filePath(QFileInfo(beside).fileName()),
                                        tr("Auditor notes (*.notes)"));
}

QString AuditorNotesDialog::notesFile() const { return qs(m_notes->path().string()); }

void AuditorNotesDialog::reload()
{
    auto all = m_notes->list();
    if (!all) {
        report(all.error());
        return;
    }
    m_list = std::move(*all);
    const FieldDef* type = m_catalogue.get(reg::findings).field("type");
    m_table->setRowCount(static_cast<int>(m_list.size()));
    for (int row = 0; row < static_cast<int>(m_list.size()); ++row) {
        const auto& n = m_list[static_cast<std::size_t>(row)];
        const EnumOption* option = type ? type->option(n.type) : nullptr;
        const QString record = n.recordRegister.empty() ? QString() : qs(n.recordRegister + " " + n.recordRef);
        const QString cells[] = {option ? reports::domainText(option->label) : qs(n.type), qs(n.clause), record,
                                 qs(n.text).section(QLatin1Char('\n'), 0, 0), qs(n.author)};
        for (int column = 0; column < 5; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    updateButtons();
}

const storage::AuditNote* AuditorNotesDialog::current() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= static_cast<int>(m_list.size()) || m_table->selectedItems().isEmpty())
        return nullptr;
    return &m_list[static_cast<std::size_t>(row)];
}

void AuditorNotesDialog::updateButtons()
{
    const storage::AuditNote* note = current();
    const bool own = note && note->author == m_notes->author();
    m_edit->setEnabled(own);
    m_delete->setEnabled(own);
    m_edit->setToolTip(note && !own ? tr("Only the author of a note can change it.") : QString());
}

bool AuditorNotesDialog::report(const Error& error)
{
    m_message->setText(qs(error.message));
    m_message->show();
    return false;
}

bool AuditorNotesDialog::addNote(const storage::AuditNote& note)
{
    auto added = m_notes->add(note);
    if (!added)
        return report(added.error());
    m_message->hide();
    reload();
    m_table->selectRow(static_cast<int>(m_list.size()) - 1);
    return true;
}

bool AuditorNotesDialog::updateNote(const storage::AuditNote& note)
{
    auto changed = m_notes->update(note);
    if (!changed)
        return report(changed.error());
    m_message->hide();
    const int row = m_table->currentRow();
    reload();
    m_table->selectRow(row);
    return true;
}

bool AuditorNotesDialog::deleteNote(const std::string& id)
{
    if (auto removed = m_notes->remove(id); !removed)
        return report(removed.error());
    m_message->hide();
    reload();
    return true;
}

void AuditorNotesDialog::addWithEditor()
{
    NoteEditorDialog editor(m_catalogue, {}, this);
    if (editor.exec() == QDialog::Accepted)
        addNote(editor.note());
}

void AuditorNotesDialog::editCurrent()
{
    const storage::AuditNote* note = current();
    if (!note || note->author != m_notes->author())
        return;
    NoteEditorDialog editor(m_catalogue, *note, this);
    if (editor.exec() == QDialog::Accepted)
        updateNote(editor.note());
}

void AuditorNotesDialog::deleteCurrent()
{
    const storage::AuditNote* note = current();
    if (!note)
        return;
    const auto answer = QMessageBox::question(this, tr("Delete Note"),
                                              tr("Delete the note \u201c%1\u201d?")
                                                  .arg(qs(note->text).section(QLatin1Char('\n'), 0, 0)));
    if (answer == QMessageBox::Yes)
        deleteNote(note->id);
}

} // namespace isms::app
