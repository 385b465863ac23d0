#pragma once
// A demo file in a temporary folder, opened in a DocumentSession, for the app tests.

#include "app/session/document_session.h"
#include "content/demo.h"
#include "domain/clock.h"
#include "storage/isms_file.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace isms::app::test {

inline std::shared_ptr<const Clock> testClock()
{
    return std::make_shared<const FixedClock>(Date{2026, 11, 23});
}

struct DemoFile {
    QTemporaryDir dir;
    QString path;
    std::shared_ptr<const Clock> clock = testClock();

    DemoFile()
    {
        path = dir.filePath(QStringLiteral("demo.isms"));
        auto created = content::createDemo(std::filesystem::path(path.toStdString()), {}, *clock);
        if (!created)
            throw std::runtime_error("demo file: " + created.error().message);
    }

    std::unique_ptr<DocumentSession> open(bool readOnly = false) const
    {
        auto session = DocumentSession::open(path, readOnly, QStringLiteral("Tester"), clock);
        if (!session)
            throw std::runtime_error("open: " + session.error().message);
        return std::move(session.value());
    }

    // The file's bytes and those of any companion, hashed: proof that nothing was written.
    QByteArray fingerprint() const
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString& name : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"),
                                    path + QStringLiteral("-journal")}) {
            QFile file(name);
            hash.addData(name.toUtf8());
            if (file.open(QIODevice::ReadOnly))
                hash.addData(file.readAll());
            else
                hash.addData(QByteArrayLiteral("<absent>"));
        }
        return hash.result();
    }
};

// A file's bytes (empty when it cannot be read): for "not one byte changed".
inline QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A record of `registerKey` by its ref (throws when missing: the demo data changed).
inline Record recordByRef(DocumentSession& session, std::string_view registerKey,
                          const std::string& ref)
{
    const RegisterDef& def = session.catalogue().get(registerKey);
    auto found = session.file().findByRef(def, ref);
    if (!found || !found->has_value())
        throw std::runtime_error("no record " + ref);
    return **found;
}

// Runs the event loop until `done()` holds or `timeoutMs` passes; returns done(). For what the
// application does on other threads (the first summary, the integrity check) and reports back.
template <class Condition>
bool waitUntil(Condition done, int timeoutMs = 10000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return done();
}

} // namespace isms::app::test
