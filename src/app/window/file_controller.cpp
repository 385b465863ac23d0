#include "app/window/file_controller.h"

#include "app/dialogs/file_error_text.h"
#include "app/dialogs/message_presenter.h"
#include "app/session/document_session.h"
#include "app/session/value_convert.h"
#include "app/settings/app_settings.h"
#include "app/signing/audit_export_options.h"
#include "app/signing/key_locations.h"
#include "app/wizard/new_file_wizard.h"
#include "content/demo.h"
#include "content/template.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace isms::app {

FileController::FileController(MessagePresenter& messages, AppSettings& settings,
                               std::shared_ptr<const Clock> clock, QObject* parent)
    : QObject(parent), m_messages(messages), m_settings(settings), m_clock(std::move(clock))
{
}

std::unique_ptr<DocumentSession> FileController::open(const QString& path, bool readOnly)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Storage opens an audit copy read-only even when writing was asked for.
    auto opened = DocumentSession::open(absolute, readOnly, m_settings.authorName(), m_clock);
    if (!opened) {
        const FileErrorText text = FileErrorText::forFile(opened.error(), absolute);
        // In use by an editor (or a reader of the closed file): reading beside it works, so the
        // advice is offered as the button, wherever the open came from.
        if (opened.error().code == ErrorCode::Locked && !readOnly) {
            if (m_messages.confirm(text.title, text.body(), tr("Open &Read-Only")))
                return open(path, true);
            return nullptr;
        }
        text.present(m_messages);
        return nullptr;
    }
    std::unique_ptr<DocumentSession> session = std::move(opened.value());
    const auto info = session->file().info();
    if (info.migratedFrom && info.backupPath) {
        const auto notice = MigrationNotice::forBackup(
            QString::fromStdU16String(info.backupPath->u16string()));
        m_messages.information(notice.title, notice.text);
    }
    remember(*session);
    return session;
}

std::unique_ptr<DocumentSession> FileController::createNew(QWidget* parent)
{
    NewFileWizard wizard(m_messages, {}, parent);
    if (wizard.exec() != QDialog::Accepted)
        return nullptr;
    const NewFileRequest request = wizard.request();
    content::TemplateOptions options;
    options.organisation = ss(request.organisation);
    options.author = ss(m_settings.authorName());
    options.scopeStatement = ss(request.scope);
    options.levels = request.matrixLevels;
    return createAt(
        request, [&] { return content::createFromTemplate(fsPath(request.path), options, *m_clock); },
        [&](const Error& error) { FileErrorText::forFile(error, request.path).present(m_messages); });
}

std::unique_ptr<DocumentSession> FileController::createAt(const NewFileRequest& request, const FileMaker& make,
                                                          const FailureReport& reportFailure)
{
    std::optional<storage::FileReplacement> replacement;
    if (!prepareTarget(request, replacement))
        return nullptr;
    auto created = make();
    if (!created) {
        reportFailure(created.error());
        return nullptr;  // the replaced file is put back
    }
    if (replacement)
        replacement->commit();
    auto session = std::make_unique<DocumentSession>(std::move(created.value()), m_clock);
    remember(*session);
    return session;
}

bool FileController::prepareTarget(const NewFileRequest& request,
                                   std::optional<storage::FileReplacement>& replacement)
{
    if (!request.createFolder.isEmpty() && !QDir().mkpath(request.createFolder)) {
        m_messages.error(tr("Cannot make the folder"),
                         tr("The folder %1 could not be created. Check your permissions, or "
                            "choose another folder.")
                             .arg(QDir::toNativeSeparators(request.createFolder)));
        return false;
    }
    if (request.replaceExisting) {
        replacement = replaceChosen(request.path);
        return replacement.has_value();
    }
    return true;
}

std::optional<storage::FileReplacement> FileController::replaceChosen(const QString& target)
{
    auto replacement = storage::FileReplacement::begin(fsPath(target));
    if (!replacement) {
        m_messages.error(tr("Cannot replace the file"), qs(replacement.error().message));
        return std::nullopt;
    }
    return std::move(*replacement);
}

QString FileController::demoPath(const QString& folder)
{
    const QString dir = folder.isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                            : folder;
    return QDir(dir).filePath(QStringLiteral("demo.isms"));
}

std::unique_ptr<DocumentSession> FileController::openDemo(const QString& folder)
{
    const QString path = demoPath(folder);
    if (QFileInfo::exists(path))
        return open(path, false);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        m_messages.error(tr("Cannot make the demo file"),
                         tr("The folder %1 could not be created. Check your permissions.")
                             .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        return nullptr;
    }
    content::DemoOptions options;
    options.author = ss(m_settings.authorName());
    auto created = content::createDemo(fsPath(path), options, *m_clock);
    if (!created) {
        FileErrorText::forFile(created.error(), path).present(m_messages);
        return nullptr;
    }
    auto session = std::make_unique<DocumentSession>(std::move(created.value()), m_clock);
    remember(*session);
    return session;
}

void FileController::remember(DocumentSession& session)
{
    const auto info = session.file().info();
    RecentFile recent;
    recent.path = session.filePath();
    recent.organisation = qs(info.organisation);
    recent.lastChange = QDateTime::fromString(qs(info.lastChangeAt), Qt::ISODateWithMs);
    recent.auditCopy = info.auditCopy;
    m_settings.addRecentFile(recent);
}

QString FileController::saveCopy(DocumentSession& session, QWidget* parent)
{
    const QFileInfo current(session.filePath());
    const QString target = QFileDialog::getSaveFileName(
        parent, tr("Save a Copy As"),
        current.dir().filePath(current.completeBaseName() + tr(" (copy).isms")),
        tr("ISMS files (*.isms)"));
    if (target.isEmpty() || !saveCopyTo(session, target))
        return {};
    return target;
}

bool FileController::saveCopyTo(DocumentSession& session, const QString& target)
{
    // The save dialog already asked about replacing; storage refuses to overwrite.
    auto replacement = replaceChosen(target);
    if (!replacement)
        return false;
    auto saved = session.file().saveCopy(fsPath(target));
    if (!saved) {
        FileErrorText::forFile(saved.error(), target).present(m_messages);
        return false;  // the replaced file is put back
    }
    replacement->commit();
    m_messages.information(tr("Copy saved"),
                           tr("A copy of this file was saved to %1. You keep working in %2.")
                               .arg(QDir::toNativeSeparators(target), session.fileName()));
    return true;
}

QString FileController::exportAuditCopy(DocumentSession& session, QWidget* parent)
{
    const QFileInfo current(session.filePath());
    const QString target = QFileDialog::getSaveFileName(
        parent, tr("Export Audit Copy"),
        current.dir().filePath(current.completeBaseName() + tr(" (audit copy).isms")),
        tr("ISMS files (*.isms)"));
    if (target.isEmpty())
        return {};
    AuditExportOptions options(signingKeyDir(), parent);
    std::optional<storage::SigningKey> key;
    if (options.hasKey()) {
        if (options.exec() != QDialog::Accepted)
            return {};
        auto loaded = options.load();
        if (!loaded) {
            m_messages.error(tr("Cannot sign the audit copy"), QString::fromStdString(loaded.error().message));
            return {};
        }
        key = std::move(*loaded);
    }
    if (!exportAuditCopyTo(session, target, key ? &*key : nullptr))
        return {};
    return target;
}

bool FileController::exportAuditCopyTo(DocumentSession& session, const QString& target,
                                       const storage::SigningKey* signWith)
{
    auto replacement = replaceChosen(target);  // with its old .sha256
    if (!replacement)
        return false;
    storage::ExportOptions options;
    options.signWith = signWith;
    auto receipt = session.file().exportAuditCopy(fsPath(target), options);
    if (!receipt) {
        FileErrorText::forFile(receipt.error(), target).present(m_messages);
        return false;  // the replaced copy is put back
    }
    replacement->commit();
    m_messages.information(
        tr("Audit copy exported"),
        tr("The audit copy is at %1 and opens read-only.\n\n"
           "File SHA-256 (also in %2):\n%3\n\nContent digest:\n%4\n\nChange log head:\n%5\n\n"
           "Give these figures to the auditor separately, so they can check the copy was not "
           "changed.%6")
            .arg(QDir::toNativeSeparators(target),
                 QFileInfo(target).fileName() + QStringLiteral(".sha256"),
                 qs(receipt->fileSha256), qs(receipt->contentDigest), qs(receipt->chainHead),
                 signWith ? tr("\n\nSigned by %1 (key %2).")
                                .arg(qs(signWith->publicKey().name), qs(signWith->publicKey().fingerprint()))
                          : QString()));
    return true;
}

} // namespace isms::app
