#pragma once
// The File menu's work apart from the window: opening (audit copies read-only by default), new
// files from the wizard, the demo file, saving a copy and exporting an audit copy. Every failure
// is told through the MessagePresenter with what to do; nothing here owns a window.

#include "storage/file_replacement.h"
#include "storage/isms_file.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace isms {
class Clock;
}
namespace isms::storage {
class SigningKey;
}

namespace isms::app {

class AppSettings;
class DocumentSession;
class MessagePresenter;
struct NewFileRequest;

class FileController : public QObject {
    Q_OBJECT

public:
    FileController(MessagePresenter& messages, AppSettings& settings,
                   std::shared_ptr<const Clock> clock, QObject* parent = nullptr);

    // Opens `path`. An audit copy opens read-only even when writing was asked for (and says so).
    // nullptr after telling the user why it could not be opened.
    std::unique_ptr<DocumentSession> open(const QString& path, bool readOnly);
    // Runs the New wizard; nullptr when cancelled or failed.
    std::unique_ptr<DocumentSession> createNew(QWidget* parent);
    // Opens the demo file in `folder` (the app data folder when empty), making it first if needed.
    std::unique_ptr<DocumentSession> openDemo(const QString& folder = {});
    // Where the demo file lives.
    static QString demoPath(const QString& folder = {});

    // Asks where, then copies. Returns the target ("" when cancelled or failed).
    QString saveCopy(DocumentSession& session, QWidget* parent);
    bool saveCopyTo(DocumentSession& session, const QString& target);
    QString exportAuditCopy(DocumentSession& session, QWidget* parent);
    // Signs the copy with `signWith` when given.
    bool exportAuditCopyTo(DocumentSession& session, const QString& target,
                           const storage::SigningKey* signWith = nullptr);

    // ---- client templates (file_controller_templates.cpp) ----
    // <AppDataLocation>/templates, the folder `ismsctl template` uses too.
    static QString templatesFolder();
    // Asks where (in the templates folder), then writes the template. "" when cancelled or failed.
    QString saveAsTemplate(DocumentSession& session, QWidget* parent);
    bool saveAsTemplateTo(DocumentSession& session, const QString& target);
    // Picks a template (from the folder, or browsing), then runs the wizard without its risk
    // method page; nullptr when cancelled or failed.
    std::unique_ptr<DocumentSession> createFromTemplate(QWidget* parent);
    std::unique_ptr<DocumentSession> createFromTemplateFile(const QString& templatePath, QWidget* parent);
    // What the wizard's answers make: the new file from the template (no dialog but messages).
    std::unique_ptr<DocumentSession> createFromTemplateTo(const QString& templatePath,
                                                          const NewFileRequest& request);

    MessagePresenter& messages() const { return m_messages; }
    AppSettings& settings() const { return m_settings; }

private:
    void remember(DocumentSession& session);
    using FileMaker = std::function<Result<std::unique_ptr<storage::IsmsFile>>()>;
    using FailureReport = std::function<void(const Error&)>;
    // Makes the wizard's file with `make`: the folder first, a confirmed existing file moved
    // aside, and deleted only once the new one exists.
    std::unique_ptr<DocumentSession> createAt(const NewFileRequest& request, const FileMaker& make,
                                              const FailureReport& reportFailure);
    // Makes a missing folder and moves a confirmed existing file aside (put back unless the
    // caller commits the replacement); false after saying why not.
    bool prepareTarget(const NewFileRequest& request, std::optional<storage::FileReplacement>& replacement);
    // Moves the file a save dialog confirmed replacing aside; nullopt after saying why not.
    std::optional<storage::FileReplacement> replaceChosen(const QString& target);

    MessagePresenter& m_messages;
    AppSettings& m_settings;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace isms::app
