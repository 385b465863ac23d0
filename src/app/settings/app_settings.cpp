#include "app/settings/app_settings.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QtGlobal>

#include <pwd.h>
#include <unistd.h>

namespace isms::app {

namespace {

const QString kAuthorKey = QStringLiteral("author/name");
const QString kExportFolderKey = QStringLiteral("export/lastFolder");
const QString kRecentGroup = QStringLiteral("recentFiles");
const QString kPathKey = QStringLiteral("path");
const QString kOrganisationKey = QStringLiteral("organisation");
const QString kLastChangeKey = QStringLiteral("lastChange");
const QString kAuditCopyKey = QStringLiteral("auditCopy");

QString normalised(const QString& path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

bool RecentFile::exists() const
{
    return QFileInfo::exists(path);
}

AppSettings::AppSettings() : m_settings(std::make_unique<QSettings>()) {}

AppSettings::AppSettings(const QString& iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

QString AppSettings::defaultAuthor()
{
    QString name = qEnvironmentVariable("USER").trimmed();
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME").trimmed();
    // Without those variables (services, CI, some terminals) the account name still says who.
    if (const passwd* account = getpwuid(getuid()); name.isEmpty() && account && account->pw_name)
        name = QString::fromLocal8Bit(account->pw_name).trimmed();
    if (name.isEmpty())
        name = QStringLiteral("Unknown user");
    return name;
}

QString AppSettings::authorName() const
{
    const QString stored = m_settings->value(kAuthorKey).toString().trimmed();
    return stored.isEmpty() ? defaultAuthor() : stored;
}

QString AppSettings::exportFolder() const
{
    const QString stored = m_settings->value(kExportFolderKey).toString();
    if (!stored.isEmpty() && QFileInfo(stored).isDir())
        return stored;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void AppSettings::setExportFolder(const QString& folder)
{
    m_settings->setValue(kExportFolderKey, folder);
}

void AppSettings::setAuthorName(const QString& name)
{
    if (name.trimmed().isEmpty())
        m_settings->remove(kAuthorKey);
    else
        m_settings->setValue(kAuthorKey, name.trimmed());
}

QList<RecentFile> AppSettings::recentFiles() const
{
    QList<RecentFile> files;
    const int size = m_settings->beginReadArray(kRecentGroup);
    for (int i = 0; i < size && files.size() < kMaxRecentFiles; ++i) {
        m_settings->setArrayIndex(i);
        RecentFile file;
        file.path = m_settings->value(kPathKey).toString();
        file.organisation = m_settings->value(kOrganisationKey).toString();
        file.lastChange = m_settings->value(kLastChangeKey).toDateTime();
        file.auditCopy = m_settings->value(kAuditCopyKey, false).toBool();
        if (!file.path.isEmpty())
            files.append(file);
    }
    m_settings->endArray();
    return files;
}

void AppSettings::addRecentFile(const RecentFile& file)
{
    if (file.path.isEmpty())
        return;
    RecentFile entry = file;
    entry.path = normalised(file.path);
    QList<RecentFile> files = recentFiles();
    files.removeIf([&](const RecentFile& f) { return normalised(f.path) == entry.path; });
    files.prepend(entry);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    writeRecentFiles(files);
}

void AppSettings::removeRecentFile(const QString& path)
{
    const QString target = normalised(path);
    QList<RecentFile> files = recentFiles();
    files.removeIf([&](const RecentFile& f) { return normalised(f.path) == target; });
    writeRecentFiles(files);
}

void AppSettings::refreshRecentFile(const RecentFile& file)
{
    const QString target = normalised(file.path);
    QList<RecentFile> files = recentFiles();
    bool changed = false;
    for (RecentFile& listed : files) {
        if (normalised(listed.path) != target)
            continue;
        changed = listed.organisation != file.organisation || listed.lastChange != file.lastChange
            || listed.auditCopy != file.auditCopy;
        listed.organisation = file.organisation;
        listed.lastChange = file.lastChange;
        listed.auditCopy = file.auditCopy;
    }
    if (changed)
        writeRecentFiles(files);
}

void AppSettings::clearRecentFiles()
{
    writeRecentFiles({});
}

void AppSettings::sync()
{
    m_settings->sync();
}

void AppSettings::writeRecentFiles(const QList<RecentFile>& files)
{
    m_settings->remove(kRecentGroup);
    m_settings->beginWriteArray(kRecentGroup, static_cast<int>(files.size()));
    for (int i = 0; i < files.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(kPathKey, files[i].path);
        m_settings->setValue(kOrganisationKey, files[i].organisation);
        m_settings->setValue(kLastChangeKey, files[i].lastChange);
        m_settings->setValue(kAuditCopyKey, files[i].auditCopy);
    }
    m_settings->endArray();
}

} // namespace isms::app
