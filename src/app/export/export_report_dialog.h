#pragma once
// File › Export Report…: which report (with what it holds), in which format, and where. The
// lists come from ReportSources (the registries in the window); the destination starts as
// "<organisation>-<kind>.<suffix>" in the folder last exported to and follows the chosen kind
// and format until the user types a name of their own. Whether to replace an existing file is
// asked by the export itself, once, after Export.

#include <QDialog>

// After Qt: moc 6.4 fails on <compare> (from domain/date.h) when it is seen before Qt.
#include "app/export/export_job.h"

#include <memory>

class QPushButton;

namespace Ui {
class ExportReportDialog;
}

namespace isms::app {

// "<organisation>-<kind>.<suffix>", with characters no file system takes in a name replaced.
QString defaultExportFileName(const QString& organisation, const QString& kindKey,
                              const QString& suffix);

class ExportReportDialog : public QDialog {
    Q_OBJECT

public:
    ExportReportDialog(const ReportSources& sources, const QString& organisation,
                       const QString& folder, QWidget* parent = nullptr);
    ~ExportReportDialog() override;

    // What Export asks for; kind and writer are null while the lists are empty.
    ExportRequest request() const;
    void selectKind(const QString& key);
    void selectFormat(const QString& key);
    void setPath(const QString& path);
    QPushButton* exportButton() const { return m_export; }

private:
    void kindChanged();
    void formatChanged();
    void followDefaultName();
    void browse();
    void check();

    std::unique_ptr<Ui::ExportReportDialog> m_ui;
    const ReportSources& m_sources;
    QString m_organisation;
    QPushButton* m_export;
    bool m_ownName = false;  // the user typed or chose a name: keep it, change only its suffix
};

} // namespace isms::app
