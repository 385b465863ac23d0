#include "app/import/import_controller.h"
#include "reports/domain_text.h"

#include "app/dialogs/message_presenter.h"
#include "app/import/import_csv_dialog.h"
#include "app/session/document_session.h"
#include "app/session/value_convert.h"
#include "app/views/register_view.h"
#include "app/window/document_workspace.h"
#include "app/window/main_window.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace isms::app {

namespace {
const QString kLastFolderKey = QStringLiteral("import/lastFolder");
}

ImportController::ImportController(MainWindow& window, MessagePresenter& messages)
    : QObject(&window), m_window(window), m_messages(messages)
{
    setObjectName(QStringLiteral("importController"));
    connect(window.actions().importCsv, &QAction::triggered, this,
            &ImportController::chooseAndImport);
}

void ImportController::chooseAndImport()
{
    DocumentSession* session = m_window.session();
    if (!session || session->isReadOnly())
        return;
    const QString start = QSettings().value(kLastFolderKey,
                                            QStandardPaths::writableLocation(
                                                QStandardPaths::DocumentsLocation))
                              .toString();
    const QString path = QFileDialog::getOpenFileName(
        &m_window, tr("Import CSV"), start, tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(kLastFolderKey, QFileInfo(path).absolutePath());
    openImport(path);
}

ImportCsvDialog* ImportController::openImport(const QString& csvPath)
{
    DocumentSession* session = m_window.session();
    if (!session || session->isReadOnly())
        return nullptr;
    if (m_dialog)
        m_dialog->close();
    std::string fallback;
    if (DocumentWorkspace* workspace = m_window.workspace())
        if (RegisterView* view = workspace->currentRegisterView())
            fallback = view->registerDef().key;
    m_dialog = new ImportCsvDialog(*session, csvPath, fallback, &m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    ImportCsvDialog* dialog = m_dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] { imported(*dialog); });
    dialog->open();
    return dialog;
}

void ImportController::imported(ImportCsvDialog& dialog)
{
    const auto& refs = dialog.importedRefs();
    if (refs.empty())
        return;
    const QString key = qs(dialog.registerKey());
    const QString title = m_window.session()
                              ? reports::domainText(m_window.session()->catalogue().get(ss(key)).title)
                              : key;
    if (DocumentWorkspace* workspace = m_window.workspace())
        workspace->showRegister(key);
    QStringList named;
    for (std::size_t i = 0; i < refs.size() && i < 5; ++i)
        named << qs(refs[i]);
    QString which = named.join(QStringLiteral(", "));
    if (refs.size() > 5)
        which = tr("%1 and %2 more").arg(which).arg(refs.size() - 5);
    m_messages.information(
        tr("CSV imported"),
        (refs.size() == 1 ? tr("1 record was added to %1 (%2).").arg(title, which)
                          : tr("%1 records were added to %2 (%3).")
                                .arg(refs.size())
                                .arg(title, which))
            + QLatin1Char(' ')
            + tr("Edit \u203a Undo removes them all in one step."));
}

} // namespace isms::app
