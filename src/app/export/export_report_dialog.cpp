#include "app/export/export_report_dialog.h"

#include "ui_export_report_dialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QRegularExpression>

namespace isms::app {

QString defaultExportFileName(const QString& organisation, const QString& kindKey,
                              const QString& suffix)
{
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]+"));
    QString base = organisation.simplified().replace(unsafe, QStringLiteral("-"));
    while (base.startsWith(QLatin1Char('.')) || base.startsWith(QLatin1Char('-')))
        base.remove(0, 1);  // no hidden file, nothing that reads as an option
    const QString name = base.isEmpty() ? kindKey : QStringLiteral("%1-%2").arg(base, kindKey);
    return suffix.isEmpty() ? name : QStringLiteral("%1.%2").arg(name, suffix);
}

ExportReportDialog::ExportReportDialog(const ReportSources& sources, const QString& organisation,
                                       const QString& folder, QWidget* parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::ExportReportDialog>()),
      m_sources(sources),
      m_organisation(organisation)
{
    m_ui->setupUi(this);
    m_export = m_ui->buttonBox->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    for (const reports::ReportKind* kind : sources.kinds)
        m_ui->kindCombo->addItem(kind->translatedTitle(), QString::fromLatin1(kind->key));
    for (const reports::ReportWriter* writer : sources.writers)
        m_ui->formatCombo->addItem(tr("%1 (.%2)").arg(writer->displayName(), writer->suffix()),
                                   writer->key());
    const QString start = QDir(folder).filePath(defaultExportFileName(
        organisation, m_ui->kindCombo->currentData().toString(),
        sources.writers.empty() ? QString() : sources.writers.front()->suffix()));
    m_ui->pathEdit->setText(QDir::toNativeSeparators(start));

    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &ExportReportDialog::kindChanged);
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this,
            &ExportReportDialog::formatChanged);
    connect(m_ui->pathEdit, &QLineEdit::textEdited, this, [this] {
        m_ownName = true;
        check();
    });
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportReportDialog::browse);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    kindChanged();
}

ExportReportDialog::~ExportReportDialog() = default;

ExportRequest ExportReportDialog::request() const
{
    ExportRequest request;
    request.kind = m_sources.kind(m_ui->kindCombo->currentData().toString());
    request.writer = m_sources.writer(m_ui->formatCombo->currentData().toString());
    request.path = QDir::fromNativeSeparators(m_ui->pathEdit->text().trimmed());
    return request;
}

void ExportReportDialog::selectKind(const QString& key)
{
    const int index = m_ui->kindCombo->findData(key);
    if (index >= 0)
        m_ui->kindCombo->setCurrentIndex(index);
}

void ExportReportDialog::selectFormat(const QString& key)
{
    const int index = m_ui->formatCombo->findData(key);
    if (index >= 0)
        m_ui->formatCombo->setCurrentIndex(index);
}

void ExportReportDialog::setPath(const QString& path)
{
    m_ui->pathEdit->setText(QDir::toNativeSeparators(path));
    m_ownName = true;
    check();
}

void ExportReportDialog::kindChanged()
{
    const reports::ReportKind* kind = m_sources.kind(m_ui->kindCombo->currentData().toString());
    m_ui->summaryLabel->setText(kind ? kind->translatedSummary() : QString());
    followDefaultName();
}

void ExportReportDialog::formatChanged()
{
    followDefaultName();
}

void ExportReportDialog::followDefaultName()
{
    const ExportRequest now = request();
    const QString suffix = now.writer ? now.writer->suffix() : QString();
    const QFileInfo current(now.path);
    QString name;
    if (m_ownName) {
        name = current.completeBaseName();
        if (!suffix.isEmpty())
            name += QLatin1Char('.') + suffix;
    } else {
        name = defaultExportFileName(m_organisation, now.kind ? QString::fromLatin1(now.kind->key)
                                                              : QString(),
                                     suffix);
    }
    const QString folder = now.path.isEmpty() ? QString() : current.path();
    m_ui->pathEdit->setText(QDir::toNativeSeparators(QDir(folder).filePath(name)));
    check();
}

void ExportReportDialog::browse()
{
    const ExportRequest now = request();
    QString filter;
    if (now.writer)
        filter = tr("%1 (*.%2)").arg(now.writer->displayName(), now.writer->suffix());
    // Our own flow asks before replacing a file (once, after Export), so the chooser does not.
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Report"), now.path, filter,
                                                        nullptr, QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty()) {
        setPath(chosen);
        followDefaultName();
    }
}

void ExportReportDialog::check()
{
    const ExportRequest now = request();
    QString problem;
    if (!now.kind)
        problem = tr("There is no report to export.");
    else if (!now.writer)
        problem = tr("There is no format to export to.");
    else if (now.path.isEmpty() || QFileInfo(now.path).fileName().isEmpty())
        problem = tr("Enter a file name, or choose one with Browse.");
    else if (!QFileInfo(QFileInfo(now.path).absolutePath()).isDir())
        problem = tr("The folder %1 does not exist. Choose an existing folder.")
                      .arg(QDir::toNativeSeparators(QFileInfo(now.path).absolutePath()));
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());
    m_export->setEnabled(problem.isEmpty());
}

} // namespace isms::app
