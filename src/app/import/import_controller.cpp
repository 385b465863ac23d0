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
        &m_window, tr("Import Records"), start,
        tr("CSV files and workbooks (*.csv *.txt *.xlsx);;CSV files (*.csv *.txt);;Excel workbooks (*.xlsx);;All files (*)"));
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
    const auto& summary = dialog.importSummary();
    const auto& refs = summary.refs;
    if (refs.empty() && summary.updatedRefs.empty())
        return;
    const QString key = qs(dialog.registerKey());
    const QString title = m_window.session()
                              ? reports::domainText(m_window.session()->catalogue().get(ss(key)).title)
                              : key;
    if (DocumentWorkspace* workspace = m_window.workspace())
        workspace->showRegister(key);
    const auto listed = [this](const std::vector<std::string>& which) {
        QStringList named;
        for (std::size_t i = 0; i < which.size() && i < 5; ++i)
            named << qs(which[i]);
        QString text = named.join(QStringLiteral(", "));
        if (which.size() > 5)
            text = tr("%1 and %2 more").arg(text).arg(which.size() - 5);
        return text;
    };
    QStringList said;
    if (!refs.empty())
        said << (refs.size() == 1 ? tr("1 record was added to %1 (%2).").arg(title, listed(refs))
                                  : tr("%1 records were added to %2 (%3).").arg(refs.size()).arg(title, listed(refs)));
    if (!summary.updatedRefs.empty())
        said << (summary.updatedRefs.size() == 1
                     ? tr("1 record was updated (%1).").arg(listed(summary.updatedRefs))
                     : tr("%1 records were updated (%2).").arg(summary.updatedRefs.size()).arg(listed(summary.updatedRefs)));
    if (!summary.createdRefs.empty())
        said << (summary.createdRefs.size() == 1
                     ? tr("1 asset the file named was added (%1): check its type and owner.").arg(listed(summary.createdRefs))
                     : tr("%1 assets the file named were added (%2): check their type and owner.")
                           .arg(summary.createdRefs.size())
                           .arg(listed(summary.createdRefs)));
    m_messages.information(tr("Records imported"),
                           said.join(QLatin1Char(' ')) + QLatin1Char(' ')
                               + tr("Edit \u203a Undo takes the whole import back in one step."));
}

} // namespace isms::app
