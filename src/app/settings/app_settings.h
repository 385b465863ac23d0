#pragma once
// The user's own settings, kept by QSettings (never in the .isms file): who they are, recorded as
// the author of their changes, and the files they opened recently.

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

class QSettings;

namespace isms::app {

struct RecentFile {
    QString path;          // absolute
    QString organisation;  // as the file named it when last opened
    QDateTime lastChange;  // the file's last recorded change (UTC); invalid when none
    bool auditCopy = false;  // an exported audit copy (it opens read-only)
    // Checked each time it is asked: a file on a detached drive comes back when it is reattached.
    bool exists() const;
};

class AppSettings {
public:
    static constexpr int kMaxRecentFiles = 10;

    // The application's standard settings store.
    AppSettings();
    // A store in an INI file at iniPath: for tests and portable installs.
    explicit AppSettings(const QString& iniPath);
    ~AppSettings();
    AppSettings(const AppSettings&) = delete;
    AppSettings& operator=(const AppSettings&) = delete;

    // The login name (USER, else USERNAME), or "Unknown user" when neither is set.
    static QString defaultAuthor();
    // What is recorded as the author of every change; the login name until the user sets one.
    QString authorName() const;
    // An empty or blank name goes back to the login name.
    void setAuthorName(const QString& name);

    // Most recent first, at most kMaxRecentFiles.
    QList<RecentFile> recentFiles() const;
    // Puts the file first (replacing an older entry for the same path) and drops the oldest
    // beyond kMaxRecentFiles.
    void addRecentFile(const RecentFile& file);
    void removeRecentFile(const QString& path);
    // Replaces what is known of a listed file (read fresh from it) without moving it in the list;
    // nothing happens when it is not listed.
    void refreshRecentFile(const RecentFile& file);
    void clearRecentFiles();

    // The folder File › Export Report… last wrote to; the user's documents folder until then.
    QString exportFolder() const;
    void setExportFolder(const QString& folder);

    void sync();

private:
    void writeRecentFiles(const QList<RecentFile>& files);
    std::unique_ptr<QSettings> m_settings;
};

} // namespace isms::app
