#pragma once
// Reports from the window: File › Export Report…, Export Page Report… (the current page's kind),
// Print… and Print Preview…. An export asks before replacing a file, then builds and writes on a
// thread of its own (ExportJob) with a progress dialog whose Cancel stops the writer; whatever
// happens, the ISMS file is only read, and a cancelled or failed export leaves nothing behind.

#include <QObject>
#include <QPointer>

// After Qt: moc 6.4 fails on <compare> (from domain/date.h) when it is seen before Qt.
#include "app/export/export_job.h"

class QPagedPaintDevice;
class QPrinter;
class QProgressDialog;
class QPushButton;

namespace isms::app {

class AppSettings;
class ExportReportDialog;
class MainWindow;
class MessagePresenter;

class ReportController : public QObject {
    Q_OBJECT

public:
    ReportController(MainWindow& window, MessagePresenter& messages, AppSettings& settings,
                     ReportSources sources = ReportSources::registered());
    ~ReportController() override;

    const ReportSources& sources() const { return m_sources; }
    // Other kinds, formats or steps (tests use fakes); not while an export runs.
    void setSources(ReportSources sources);
    // The kind the current page exports and prints; null where it has none.
    const reports::ReportKind* currentKind() const;
    // Enables the report actions for what is open and shown now.
    void updateActions();

    // The export dialog, window-modal and not blocking, with `kindKey` chosen when given; null
    // when no file is open. Export in it calls startExport.
    ExportReportDialog* openExportDialog(const QString& kindKey = {});
    // Asks before replacing an existing file, then starts the export in the background; false
    // when nothing was started (the user kept the file, or another export is running).
    bool startExport(const ExportRequest& request);
    // The export running now; null when none is.
    ExportJob* runningExport() const { return m_job; }
    QProgressDialog* progressDialog() const;
    QPushButton* openFolderButton() const { return m_openFolder; }

    // The current page's report laid out on `device`; false (after saying why) when it could not
    // be built.
    bool printCurrentTo(QPagedPaintDevice& device);
    // Print Preview…, not blocking; null when the current page has no report.
    QWidget* openPrintPreview();

signals:
    // After every export, successful or not (for tests and the status bar).
    void exportFinished(bool written);

private:
    std::optional<reports::ReportDocument> buildCurrent();
    void print();
    void finished(ExportJob* job);
    QString exportFolder() const;

    MainWindow& m_window;
    MessagePresenter& m_messages;
    AppSettings& m_settings;
    ReportSources m_sources;
    QPointer<ExportReportDialog> m_dialog;
    QPointer<ExportJob> m_job;
    QPointer<QProgressDialog> m_progress;
    QPushButton* m_openFolder = nullptr;
    QString m_lastFolder;  // of the last successful export, for Open Folder
};

} // namespace isms::app
