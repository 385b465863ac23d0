#include "app/import/import_csv_dialog.h"
#include "reports/domain_text.h"

#include "app/import/csv_preview.h"
#include "app/import/import_csv_command.h"
#include "app/import/import_mapping_editor.h"
#include "content/import_words.h"
#include "app/session/document_session.h"
#include "app/session/value_convert.h"
#include "content/csv_import.h"
#include "ui_import_csv_dialog.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QTimer>
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

    m_options.sourceName = QFileInfo(csvPath).fileName().toStdString();
    m_mapping = new ImportMappingEditor(m_ui->columnsTable, m_ui->wordsTable, this);
    // A choice rebuilds the tables its combo box sits in: refresh once the signal has returned.
    connect(m_mapping, &ImportMappingEditor::mapChanged, this, [this](const content::ImportMap& map) {
        m_options.map = map;
        QTimer::singleShot(0, this, [this] { refresh(); });
    });
    connect(m_ui->updateCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_options.update = on;
        refresh();
    });
    connect(m_ui->createMissingCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_options.createMissing = on;
        refresh();
    });
    connect(m_ui->loadMappingButton, &QPushButton::clicked, this, &ImportCsvDialog::chooseAndLoadMapping);
    connect(m_ui->saveMappingButton, &QPushButton::clicked, this, &ImportCsvDialog::chooseAndSaveMapping);
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

    const CsvPreview preview = previewCsv(m_session.file().catalogue(), *reg, m_bytes, m_options.map);
    if (!preview.unreadable.isEmpty()) {
        showProblems(preview.unreadable);
        m_mapping->show(m_session.file().catalogue(), *reg, {}, {}, {}, m_options.map);
        return;
    }
    const std::string_view bytes(m_bytes.constData(), static_cast<std::size_t>(m_bytes.size()));
    {
        // The words no level or option matches, found with the column choices but not the word
        // choices, so a word stays listed (with its meaning) once it is mapped.
        content::ImportOptions columnsOnly = m_options;
        columnsOnly.map.values.clear();
        const auto words = content::unknownWords(m_session.file(), *reg, bytes, columnsOnly);
        m_mapping->show(m_session.file().catalogue(), *reg, preview.header, preview.columns, words, m_options.map);
        const int wordsTab = m_ui->pages->indexOf(m_ui->wordsPage);
        m_ui->pages->setTabText(wordsTab, words.empty() ? tr("&Words") : tr("&Words (%1)").arg(words.size()));
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
            r, new QTableWidgetItem(preview.rowWord == QLatin1String("row")
                                        ? tr("row %1").arg(preview.lines[static_cast<std::size_t>(r)])
                                        : tr("line %1").arg(preview.lines[static_cast<std::size_t>(r)])));
        for (int c = 0; c < cells.size() && c < table->columnCount(); ++c)
            table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    table->resizeColumnsToContents();
    for (int c = 0; c < table->columnCount(); ++c)
        table->setColumnWidth(c, qMin(table->columnWidth(c), 280));
    m_recordCount = preview.recordCount;

    // The import's own check, writing nothing: what Import would refuse is listed here.
    const auto checked = content::checkCsvImport(m_session.file(), *reg, bytes, m_options);
    if (!checked) {
        showProblems(qs(checked.error().message));
        markProblemRows(preview.lines, preview.rowWord);
        return;
    }
    m_ui->problemsList->clear();
    m_ui->problemsList->hide();
    if (m_recordCount == 0) {
        m_ui->summaryLabel->setText(tr("The file has a header but no records: there is nothing to "
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
    const int added = static_cast<int>(checked->imported);
    const int matched = static_cast<int>(checked->updatedRefs.size());
    const int created = static_cast<int>(checked->createdRefs.size());
    const QString title = reports::domainText(reg->title);
    // Whole sentences, each translated on its own.
    QStringList said;
    said << (added == 1 ? tr("No problems found: 1 record will be added to %1.").arg(title)
                        : tr("No problems found: %1 records will be added to %2.").arg(added).arg(title));
    if (matched > 0)
        said << (matched == 1 ? tr("1 record whose ref exists will be updated where the file differs.")
                              : tr("%1 records whose ref exists will be updated where the file differs.").arg(matched));
    if (created > 0)
        said << (created == 1 ? tr("1 asset the file names will be added.")
                              : tr("%1 assets the file names will be added.").arg(created));
    said << tr("The import is one step that Edit › Undo takes back.");
    m_ui->summaryLabel->setText(said.join(QLatin1Char(' ')) + shown);
    if (matched == 0)
        importButton()->setText(added == 1 ? tr("&Import 1 Record") : tr("&Import %1 Records").arg(added));
    else
        importButton()->setText(tr("&Import and Update"));
    importButton()->setEnabled(true);
}

void ImportCsvDialog::markProblemRows(const std::vector<std::size_t>& lines, const QString& rowWord)
{
    // "line 7, column due_date: ..." (a workbook's "row 7, ...") marks the previewed row of line
    // 7, with a sign (not only colour) and the problems as its tooltip.
    const QRegularExpression lineOf(QStringLiteral("^%1 (\\d+)").arg(rowWord.isEmpty() ? QStringLiteral("line") : rowWord));
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
        m_session, reg->key, std::string(m_bytes.constData(), static_cast<std::size_t>(m_bytes.size())), m_options,
        outcome, tr("Import into %1").arg(reports::domainText(reg->title))));
    if (!outcome->done) {
        // Something changed since the check (the file, or the register's refs): say what.
        showProblems(outcome->error.isEmpty() ? tr("Nothing was imported.") : outcome->error);
        importButton()->setEnabled(false);
        return false;
    }
    m_summary = outcome->summary;
    return true;
}

void ImportCsvDialog::setUpdate(bool update) { m_ui->updateCheck->setChecked(update); }
void ImportCsvDialog::setCreateMissing(bool create) { m_ui->createMissingCheck->setChecked(create); }

bool ImportCsvDialog::saveMapping(const QString& path, QString* error) const
{
    QSaveFile file(path);
    const QByteArray json = QByteArray::fromStdString(content::importMapJson(m_options.map));
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        if (error)
            *error = tr("The mapping could not be saved to “%1”: %2. Choose another folder.")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool ImportCsvDialog::loadMapping(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("“%1” could not be read: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    auto map = content::readImportMap(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    if (!map) {
        if (error)
            *error = qs(map.error().message);
        return false;
    }
    m_options.map = std::move(*map);
    refresh();
    return true;
}

void ImportCsvDialog::chooseAndLoadMapping()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load Mapping"), QFileInfo(m_path).absolutePath(),
                                                      tr("Import mappings (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!loadMapping(path, &error))
        QMessageBox::warning(this, tr("Load Mapping"), error);
}

void ImportCsvDialog::chooseAndSaveMapping()
{
    const QFileInfo source(m_path);
    const QString suggested = source.absolutePath() + QLatin1Char('/') + source.completeBaseName()
        + QStringLiteral(".mapping.json");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Mapping"), suggested,
                                                      tr("Import mappings (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveMapping(path, &error))
        QMessageBox::warning(this, tr("Save Mapping"), error);
}

} // namespace isms::app
