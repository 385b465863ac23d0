#pragma once
// Wires File › Import CSV… to the window: choose a .csv, preview and check it in
// ImportCsvDialog, and after an import show the register it went into and say how to undo it.

#include <QObject>
#include <QPointer>

namespace isms::app {

class ImportCsvDialog;
class MainWindow;
class MessagePresenter;

class ImportController : public QObject {
    Q_OBJECT

public:
    ImportController(MainWindow& window, MessagePresenter& messages);

    // Opens the import dialog for `csvPath` (window-modal, not blocking); null when no file is
    // open for writing.
    ImportCsvDialog* openImport(const QString& csvPath);

private:
    void chooseAndImport();
    void imported(ImportCsvDialog& dialog);

    MainWindow& m_window;
    MessagePresenter& m_messages;
    QPointer<ImportCsvDialog> m_dialog;
};

} // namespace isms::app
