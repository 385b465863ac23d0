#include "app/export/report_controller.h"

#include "app/dialogs/message_presenter.h"
#include "app/export/export_report_dialog.h"
#include "app/pages/page.h"
#include "app/print/report_print.h"
#include "app/session/document_session.h"
#include "app/session/value_convert.h"
#include "app/settings/app_settings.h"
#include "app/window/document_workspace.h"
#include "app/window/main_window.h"
#include "domain/clock.h"
#include "storage/isms_file.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QUrl>

namespace isms::app {

namespace {
constexpr int kMessageMs = 15000;
}

ReportController::ReportController(MainWindow& window, MessagePresenter& messages,
                                   AppSettings& settings, ReportSources sources)
    : QObject(&window),
      m_window(window),
      m_messages(messages),
      m_settings(settings),
      m_sources(std::move(sources))
{
    setObjectName(QStringLiteral("reportController"));
    const MainActions& a = window.actions();
    connect(a.exportReport, &QAction::triggered, this, [this] { openExportDialog(); });
    connect(a.exportPage, &QAction::triggered, this, [this] {
        if (const reports::ReportKind* kind = currentKind())
            openExportDialog(QString::fromLatin1(kind->key));
    });
    connect(a.print, &QAction::triggered, this, &ReportController::print);
    connect(a.printPreview, &QAction::triggered, this, [this] { openPrintPreview(); });

    // After a successful export: where it went, and a way there.
    m_openFolder = new QPushButton(tr("Open Folder"));
    m_openFolder->setObjectName(QStringLiteral("openExportFolder"));
    m_openFolder->setFlat(true);
    m_openFolder->hide();
    window.statusBar()->addWidget(m_openFolder);
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_lastFolder));
    });
    connect(window.statusBar(), &QStatusBar::messageChanged, m_openFolder, [this](const QString& text) {
        if (text.isEmpty())
            m_openFolder->hide();
    });
}

ReportController::~ReportController()
{
    if (m_job) {
        m_job->cancel();
        m_job->wait();
    }
}

QProgressDialog* ReportController::progressDialog() const
{
    return m_progress;
}

void ReportController::setSources(ReportSources sources)
{
    if (m_job)
        return;
    if (m_dialog)
        m_dialog->close();
    m_sources = std::move(sources);
    updateActions();
}

const reports::ReportKind* ReportController::currentKind() const
{
    DocumentWorkspace* workspace = m_window.workspace();
    if (!m_window.session() || !workspace)
        return nullptr;
    const Page* page = workspace->currentPage();
    return page ? m_sources.kind(page->reportKind()) : nullptr;
}

void ReportController::updateActions()
{
    const MainActions& a = m_window.actions();
    const bool open = m_window.session() != nullptr;
    const bool idle = !m_job;
    const bool pageReport = open && currentKind() != nullptr;
    // A read-only file (an audit copy) exports and prints too: neither writes to it.
    a.exportReport->setEnabled(open && idle && !m_sources.kinds.empty() && !m_sources.writers.empty());
    a.exportPage->setEnabled(pageReport && idle && !m_sources.writers.empty());
    a.print->setEnabled(pageReport);
    a.printPreview->setEnabled(pageReport);
}

QString ReportController::exportFolder() const
{
    return m_settings.exportFolder();
}

ExportReportDialog* ReportController::openExportDialog(const QString& kindKey)
{
    DocumentSession* session = m_window.session();
    if (!session)
        return nullptr;
    if (m_dialog)
        m_dialog->close();
    m_dialog = new ExportReportDialog(m_sources, session->organisation(), exportFolder(), &m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowModality(Qt::WindowModal);
    if (!kindKey.isEmpty())
        m_dialog->selectKind(kindKey);
    connect(m_dialog, &QDialog::accepted, this, [this, dialog = m_dialog] {
        if (dialog)
            startExport(dialog->request());
    });
    m_dialog->open();
    return m_dialog;
}

bool ReportController::startExport(const ExportRequest& request)
{
    DocumentSession* session = m_window.session();
    if (!session || m_job || !request.kind || !request.writer || request.path.isEmpty())
        return false;
    const QFileInfo target(request.path);
    reports::Overwrite overwrite = reports::Overwrite::Refuse;
    if (target.exists()) {
        if (!m_messages.confirm(tr("Replace %1?").arg(target.fileName()),
                                tr("%1 exists already. Replace it with the new report?")
                                    .arg(QDir::toNativeSeparators(target.absoluteFilePath())),
                                tr("&Replace")))
            return false;
        overwrite = reports::Overwrite::Replace;
    }
    m_settings.setExportFolder(target.absolutePath());

    // The build reads a parallel reader on the job's thread; when the file has changes the disk
    // does not hold yet, it is built here through the session's own file and only written there.
    const Date today = session->clock().today();
    ExportJob* job = nullptr;
    if (auto reader = session->file().openParallelReader()) {
        job = new ExportJob(m_sources, request, overwrite, std::move(*reader), today);
    } else {
        auto built = m_sources.build(session->file(), *request.kind, today);
        if (!built) {
            m_messages.error(tr("Export failed"),
                             tr("The report could not be built from this file.\n\n%1")
                                 .arg(qs(built.error().message)));
            emit exportFinished(false);
            return false;
        }
        job = new ExportJob(m_sources, request, overwrite, std::move(*built));
    }
    m_job = job;

    m_progress = new QProgressDialog(tr("Exporting %1\u2026").arg(request.kind->translatedTitle()),
                                     tr("Cancel"), 0, 0, &m_window);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowTitle(tr("Export Report"));
    // Not modal: the window stays usable while a long export runs.
    m_progress->setWindowModality(Qt::NonModal);
    m_progress->setMinimumDuration(400);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, job, &ExportJob::cancel);
    connect(job, &ExportJob::progressed, m_progress, [progress = m_progress](int done, int total) {
        if (!progress)
            return;
        progress->setMaximum(std::max(total, 0));
        progress->setValue(std::clamp(done, 0, std::max(total, 0)));
    });
    connect(job, &QThread::finished, this, [this, job] { finished(job); });
    updateActions();
    job->start();
    return true;
}

void ReportController::finished(ExportJob* job)
{
    const Result<void> result = job->result();
    const ExportRequest request = job->request();
    // A Cancel that came after the file was in place changes nothing: it was written.
    const bool cancelled = !result && reports::isCancelled(result.error());
    job->deleteLater();
    m_job = nullptr;
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
    updateActions();

    const QFileInfo target(request.path);
    const QString path = QDir::toNativeSeparators(target.absoluteFilePath());
    const QString folder = QDir::toNativeSeparators(target.absolutePath());
    if (result) {
        m_lastFolder = target.absolutePath();
        m_window.statusBar()->showMessage(tr("Report saved to %1").arg(path), kMessageMs);
        m_openFolder->show();
        emit exportFinished(true);
        return;
    }
    if (cancelled) {
        m_window.statusBar()->showMessage(tr("Export cancelled; nothing was written."), kMessageMs);
    } else {
        m_messages.error(tr("Export failed"),
                         tr("The report could not be written to %1.\n\n%2\n\nNothing was left "
                            "there, and the ISMS file is unchanged. Choose another folder or "
                            "name, or free some space, and export again.")
                             .arg(folder, qs(result.error().message)));
    }
    emit exportFinished(false);
}

std::optional<reports::ReportDocument> ReportController::buildCurrent()
{
    DocumentSession* session = m_window.session();
    const reports::ReportKind* kind = currentKind();
    if (!session || !kind)
        return std::nullopt;
    auto built = m_sources.build(session->file(), *kind, session->clock().today());
    if (!built) {
        m_messages.error(tr("Print failed"), tr("The report could not be built from this file.\n\n%1")
                                                 .arg(qs(built.error().message)));
        return std::nullopt;
    }
    return std::move(*built);
}

bool ReportController::printCurrentTo(QPagedPaintDevice& device)
{
    const auto document = buildCurrent();
    if (!document)
        return false;
    if (auto printed = printReport(*document, device); !printed) {
        m_messages.error(tr("Print failed"), qs(printed.error().message));
        return false;
    }
    return true;
}

void ReportController::print()
{
    const auto document = buildCurrent();
    if (!document)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(document->meta.title);
    QPrintDialog dialog(&printer, &m_window);
    dialog.setWindowTitle(tr("Print %1").arg(document->meta.title));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto printed = printReport(*document, printer); !printed)
        m_messages.error(tr("Print failed"), tr("The report could not be printed.\n\n%1")
                                                 .arg(qs(printed.error().message)));
}

QWidget* ReportController::openPrintPreview()
{
    auto document = buildCurrent();
    if (!document)
        return nullptr;
    auto* printer = new QPrinter(QPrinter::HighResolution);
    printer->setDocName(document->meta.title);
    auto* preview = new QPrintPreviewDialog(printer, &m_window);
    preview->setObjectName(QStringLiteral("printPreview"));
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->setWindowTitle(tr("Print Preview \u2014 %1").arg(document->meta.title));
    connect(preview, &QObject::destroyed, [printer] { delete printer; });
    connect(preview, &QPrintPreviewDialog::paintRequested, preview,
            [document = std::make_shared<reports::ReportDocument>(std::move(*document))](QPrinter* p) {
                (void)printReport(*document, *p);  // the preview shows what could be painted
            });
    preview->resize(900, 700);
    preview->open();
    return preview;
}

} // namespace isms::app
