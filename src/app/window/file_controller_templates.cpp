// FileController's client templates: File > Save as Template… and File > New from Template….
#include "app/window/file_controller.h"

#include "app/dialogs/file_error_text.h"
#include "app/dialogs/message_presenter.h"
#include "app/session/document_session.h"
#include "app/session/value_convert.h"
#include "app/settings/app_settings.h"
#include "app/wizard/new_file_wizard.h"
#include "app/wizard/template_choice.h"
#include "content/client_template.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace isms::app {

namespace {
QString withTemplateSuffix(const QString& path)
{
    return qpath(content::withTemplateSuffix(fsPath(path)));
}
} // namespace

QString FileController::templatesFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("templates"));
}

QString FileController::saveAsTemplate(DocumentSession& session, QWidget* parent)
{
    const QString folder = templatesFolder();
    QDir().mkpath(folder);
    const QString proposed = QDir(folder).filePath(session.organisation() + QStringLiteral(".isms-template"));
    const QString chosen = QFileDialog::getSaveFileName(parent, tr("Save as Template"), proposed,
                                                        tr("ISMS templates (*.isms-template)"));
    if (chosen.isEmpty())
        return {};
    const QString target = withTemplateSuffix(chosen);
    // The save dialog asked about replacing the name it returned; storage refuses to overwrite.
    std::optional<storage::FileReplacement> replacement;
    if (target == chosen) {
        replacement = replaceChosen(target);
        if (!replacement)
            return {};
    }
    if (!saveAsTemplateTo(session, target))
        return {};  // the replaced template is put back
    if (replacement)
        replacement->commit();
    return target;
}

bool FileController::saveAsTemplateTo(DocumentSession& session, const QString& target)
{
    content::SaveTemplateOptions options;
    options.author = ss(m_settings.authorName());
    auto saved = content::saveAsTemplate(session.file(), fsPath(target), options, *m_clock);
    if (!saved) {
        m_messages.error(tr("Cannot save the template"), qs(saved.error().message));
        return false;
    }
    m_messages.information(
        tr("Template saved"),
        tr("The template %1 holds this file's risk method, %2 controls with their decisions and "
           "justifications, %3 documents, %4 roles and %5 risks. People, owners, dates, history, "
           "evidence, audits, reviews and improvement records were left out.\n\n"
           "Use File › New from Template… to start a client's file from it.")
            .arg(QDir::toNativeSeparators(target))
            .arg(saved->count(reg::controls))
            .arg(saved->count(reg::documents))
            .arg(saved->count(reg::roles))
            .arg(saved->count(reg::risks)));
    return true;
}

std::unique_ptr<DocumentSession> FileController::createFromTemplate(QWidget* parent)
{
    const QString folder = templatesFolder();
    QDir().mkpath(folder);
    const QString chosen = chooseTemplate(folder, parent);
    if (chosen.isEmpty())
        return nullptr;
    return createFromTemplateFile(chosen, parent);
}

std::unique_ptr<DocumentSession> FileController::createFromTemplateFile(const QString& templatePath,
                                                                        QWidget* parent)
{
    // Read first, so a file that is no template is refused before any question is asked.
    auto summary = content::readTemplateSummary(fsPath(templatePath), *m_clock);
    if (!summary) {
        m_messages.error(tr("Cannot use the template"), qs(summary.error().message));
        return nullptr;
    }
    NewFileWizard wizard(m_messages, {}, parent);
    wizard.useTemplate(qs(summary->name), templateBrings(*summary));
    if (wizard.exec() != QDialog::Accepted)
        return nullptr;
    return createFromTemplateTo(templatePath, wizard.request());
}

std::unique_ptr<DocumentSession> FileController::createFromTemplateTo(const QString& templatePath,
                                                                      const NewFileRequest& request)
{
    content::NewFromTemplateOptions options;
    options.organisation = ss(request.organisation);
    options.author = ss(m_settings.authorName());
    options.scopeStatement = ss(request.scope);
    return createAt(
        request,
        [&] {
            return content::createFromClientTemplate(fsPath(templatePath), fsPath(request.path), options,
                                                     *m_clock);
        },
        [&](const Error& error) {
            m_messages.error(tr("Cannot create the file from the template"), qs(error.message));
        });
}

} // namespace isms::app
