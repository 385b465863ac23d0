#include "app/detail/evidence_folder.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace isms::app {

EvidenceFolder::EvidenceFolder()
{
    QByteArray templ = QFile::encodeName(QDir::temp().filePath(QStringLiteral("isms-desk-evidence-XXXXXX")));
    if (::mkdtemp(templ.data()) == nullptr)  // mode 0700, a name nobody could guess
        m_failure = QString::fromLocal8Bit(std::strerror(errno));
    else
        m_path = QFile::decodeName(templ);
}

EvidenceFolder::~EvidenceFolder()
{
    // removeRecursively deletes links themselves, never what they point at.
    if (!m_path.isEmpty())
        QDir(m_path).removeRecursively();
}

EvidenceFolder& EvidenceFolder::session()
{
    static EvidenceFolder folder;
    return folder;
}

Result<QString> EvidenceFolder::create(const QString& name, const std::function<Result<void>(int fd)>& write)
{
    auto failed = [](const QString& where, const QString& why) {
        return makeError(ErrorCode::Io, QStringLiteral("A private copy could not be made in %1: %2. Free some "
                                                       "disk space and try again.")
                                            .arg(QDir::toNativeSeparators(where), why)
                                            .toStdString());
    };
    if (m_path.isEmpty())
        return failed(QDir::tempPath(), m_failure);
    const QString folder = QDir(m_path).filePath(QString::number(++m_next));
    if (::mkdir(QFile::encodeName(folder).constData(), 0700) != 0)
        return failed(folder, QString::fromLocal8Bit(std::strerror(errno)));
    const QString target = QDir(folder).filePath(name);
    const int fd = ::open(QFile::encodeName(target).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return failed(target, QString::fromLocal8Bit(std::strerror(errno)));
    Result<void> written = ::fchmod(fd, 0600) == 0 ? write(fd)  // whatever the umask
                                                   : failed(target, QString::fromLocal8Bit(std::strerror(errno)));
    if (::close(fd) != 0 && written)
        written = failed(target, QString::fromLocal8Bit(std::strerror(errno)));
    if (!written) {
        QFile::remove(target);
        return written.error();
    }
    return target;
}

} // namespace isms::app
