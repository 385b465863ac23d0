#include "app/import/import_csv_dialog.h"
#include "reports/domain_text.h"

#include "app/import/csv_preview.h"
#include "app/import/import_csv_command.h"
#include "app/session/document_session.h"
#include "app/session/value_convert.h"
#include "content/csv_import.h"
#include "ui_import_csv_dialog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QUndoStack>

namespace isms::app {

ImportCsvDialog::ImportCsvDialog(DocumentSession& session, const QString& csvPath,
                                 const std::string& fallbackRegister, QWidget* parent)
    : QDialog(parent), m_session(session), m_path(csvPath),
      m_ui(std::make_unique<Ui::ImportCsvDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("importCsvDialog"));
    m_ui->fileValue->setText(QDir::toNativeSeparators(csvPath));
    for (const RegisterDef& reg : session.catalogue().registers())
        m_ui->registerCombo->addItem(tr("%1 (%2)").arg(qs(reg.title), qs(reg.key)), qs(reg.key));
    m_ui->previewTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->previewTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    connect(m_ui->registerCombo, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &ImportCsvDialog::reload);
    connect(importButton(), &QPushButton::clicked, this, [this] {
        if (importNow())
            accept();
    });

    const QSignalBlocker quiet(m_ui->registerCombo);
    reload();
    const std::string guessed =
        guessRegister(session.catalogue(), csvPath, m_bytes, fallbackRegister);
    const int index = m_ui->registerCombo->findData(qs(guessed));
    m_ui->registerCombo->setCurrentIndex(index < 0 ? 0 : index);
    refresh();
}

ImportCsvDialog::~ImportCsvDialog() = default;

std::string ImportCsvDialog::registerKey() const
{
    return ss(m_ui->registerCombo->currentData().toString());
}

void ImportCsvDialog::setRegisterKey(const std::string& key)
{
    const int index = m_ui->registerCombo->findData(qs(key));
    if (index >= 0)
        m_ui->registerCombo->setCurrentIndex(index);
}

QTableWidget* ImportCsvDialog::previewTable() const { return m_ui->previewTable; }
QPushButton* ImportCsvDialog::importButton() const
{
    return m_ui->buttons->button(QDialogButtonBox::Ok);
}
QString ImportCsvDialog::summaryText() const { return m_ui->summaryLabel->text(); }

QStringList ImportCsvDialog::problems() const
{
    QStringList problems;
    for (int i = 0; i < m_ui->problemsList->count(); ++i)
        problems << m_ui->problemsList->item(i)->text();
    return problems;
}

void ImportCsvDialog::reload()
{
    m_readError.clear();
    QFile file(m_path);
    if (file.open(QIODevice::ReadOnly))
        m_bytes = file.readAll();
    else
        m_readError = tr("“%1” could not be read: %2. Check that it still exists and that you "
                         "may read it, then choose Read Again.")
                          .arg(QFileInfo(m_path).fileName(), file.errorString());
    if (!m_ui->registerCombo->signalsBlocked())
        refresh();
}

void ImportCsvDialog::showProblems(const QString& message)
{
    const ImportProblems split = splitProblems(message);
    m_ui->summaryLabel->setText(split.summary);
    m_ui->problemsList->clear();
    m_ui->problemsList->addItems(split.problems);
    m_ui->problemsList->setVisible(!split.problems.isEmpty());
}

void ImportCsvDialog::refresh()
{
    const RegisterDef* reg = m_session.catalogue().find(registerKey());
    QTableWidget* table = m_ui->previewTable;
    table->clear();
    table->setRowCount(0);
    table->setColumnCount(0);
    m_recordCount = 0;
    importButton()->setEnabled(false);
    importButton()->setText(tr("&Import"));
    if (!reg)
        return;
    if (!m_readError.isEmpty()) {
        showProblems(m_readError);
        return;
    }

    const CsvPreview preview = previewCsv(m_session.file().catalogue(), *reg, m_bytes);
    if (!preview.unreadable.isEmpty()) {
        showProblems(preview.unreadable);
        return;
    }
    table->setColumnCount(static_cast<int>(preview.columns.size()));
    for (int c = 0; c < table->columnCount(); ++c) {
        const auto& column = preview.columns[static_cast<std::size_t>(c)];
        auto* heading = new QTableWidgetItem(columnHeading(m_session.file().catalogue(), *reg, column));
        if (!columnIsAccepted(column))
            heading->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        heading->setToolTip(columnIsAccepted(column)
                                ? tr("Column “%1” fills this field.").arg(preview.header.value(c))
                                : tr("The %1 register does not take column “%2”.")
                                      .arg(reports::domainText(reg->title), preview.header.value(c)));
        table->setHorizontalHeaderItem(c, heading);
    }
    table->setRowCount(static_cast<int>(preview.rows.size()));
    for (int r = 0; r < table->rowCount(); ++r) {
        const auto& cells = preview.rows[static_cast<std::size_t>(r)];
        table->setVerticalHeaderItem(
            r, new QTableWidgetItem(tr("line %1").arg(preview.lines[static_cast<std::size_t>(r)])));
        for (int c = 0; c < cells.size() && c < table->columnCount(); ++c)
            table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    table->resizeColumnsToContents();
    for (int c = 0; c < table->columnCount(); ++c)
        table->setColumnWidth(c, qMin(table->columnWidth(c), 280));
    m_recordCount = preview.recordCount;

    // The import's own check, writing nothing: what Import would refuse is listed here.
    const auto checked = content::checkCsvImport(
        m_session.file(), *reg, std::string_view(m_bytes.constData(), m_bytes.size()));
    if (!checked) {
        showProblems(qs(checked.error().message));
        markProblemRows(preview.lines);
        return;
    }
    m_ui->problemsList->clear();
    m_ui->problemsList->hide();
    if (m_recordCount == 0) {
        m_ui->summaryLabel->setText(tr("The CSV has a header but no records: there is nothing to "
                                       "import."));
        return;
    }
    if (m_session.isReadOnly()) {
        m_ui->summaryLabel->setText(tr("This file is open read-only: nothing can be imported "
                                       "into it."));
        return;
    }
    const QString shown = preview.recordCount > kPreviewRows
                              ? tr(" The first %1 are shown.").arg(kPreviewRows)
                              : QString();
    m_ui->summaryLabel->setText(
        (m_recordCount == 1
             ? tr("No problems found: 1 record will be added to %1, in one step that "
                  "Edit › Undo takes back.").arg(reports::domainText(reg->title))
             : tr("No problems found: %1 records will be added to %2, all in one step that "
                  "Edit › Undo takes back.").arg(m_recordCount).arg(reports::domainText(reg->title)))
        + shown);
    importButton()->setText(m_recordCount == 1 ? tr("&Import 1 Record")
                                               : tr("&Import %1 Records").arg(m_recordCount));
    importButton()->setEnabled(true);
}

void ImportCsvDialog::markProblemRows(const std::vector<std::size_t>& lines)
{
    // "line 7, column due_date: ..." marks the previewed row of line 7, with a sign (not only
    // colour) and the problems as its tooltip.
    static const QRegularExpression lineOf(QStringLiteral("^line (\\d+)"));
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const QString& problem : problems()) {
        const auto match = lineOf.match(problem);
        if (!match.hasMatch())
            continue;
        const auto line = match.captured(1).toULongLong();
        for (std::size_t r = 0; r < lines.size(); ++r) {
            if (lines[r] != line)
                continue;
            QTableWidgetItem* header = m_ui->previewTable->verticalHeaderItem(static_cast<int>(r));
            header->setIcon(warning);
            const QString tip = header->toolTip();
            header->setToolTip(tip.isEmpty() ? problem : tip + QLatin1Char('\n') + problem);
        }
    }
}

bool ImportCsvDialog::importNow()
{
    const RegisterDef* reg = m_session.catalogue().find(registerKey());
    if (!reg || m_session.isReadOnly() || !importButton()->isEnabled())
        return false;
    auto outcome = std::make_shared<ImportOutcome>();
    m_session.undoStack()->push(new ImportCsvCommand(
        m_session, reg->key, std::string(m_bytes.constData(), m_bytes.size()), outcome,
        tr("Import CSV into %1").arg(reports::domainText(reg->title))));
    if (!outcome->done) {
        // Something changed since the check (the file, or the register's refs): say what.
        showProblems(outcome->error.isEmpty() ? tr("Nothing was imported.") : outcome->error);
        importButton()->setEnabled(false);
        return false;
    }
    m_importedRefs = outcome->refs;
    return true;
}

} // namespace isms::app
