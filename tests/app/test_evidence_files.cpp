// Evidence opened from a file goes to a private folder of this session only, never through a
// link planted in the shared temporary folder; evidence added from disk is streamed in.

#include "app_fixture.h"

#include "app/detail/attachments_panel.h"
#include "app/detail/evidence_folder.h"
#include "app/dialogs/message_presenter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace isms;
using namespace isms::app;

namespace {

mode_t modeOf(const QString& path)
{
    struct stat st {};
    REQUIRE(::lstat(QFile::encodeName(path).constData(), &st) == 0);
    return st.st_mode & 07777;
}

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("the evidence folder is private, its files exclusive and 0600, and it is removed", "[evidence]")
{
    QString root;
    QString first;
    {
        EvidenceFolder folder;
        root = folder.path();
        REQUIRE_FALSE(root.isEmpty());
        CHECK(QFileInfo(root).absolutePath() == QDir::temp().absolutePath());
        CHECK(QFileInfo(root).fileName() != QStringLiteral("isms-desk-evidence"));  // not guessable
        CHECK(modeOf(root) == 0700);
        auto write = [](int fd) -> Result<void> {
            return ::write(fd, "data", 4) == 4 ? Result<void>() : makeError(ErrorCode::Io, "short write");
        };
        auto a = folder.create(QStringLiteral("same.txt"), write);
        auto b = folder.create(QStringLiteral("same.txt"), write);  // two open at once
        REQUIRE(a.ok());
        REQUIRE(b.ok());
        CHECK(*a != *b);
        CHECK(QFileInfo(*a).fileName() == QStringLiteral("same.txt"));
        CHECK(modeOf(*a) == 0600);
        CHECK(modeOf(QFileInfo(*a).absolutePath()) == 0700);
        CHECK(bytesOf(*a) == "data");
        first = *a;

        auto failed = folder.create(QStringLiteral("fails.txt"),
                                    [](int) -> Result<void> { return makeError(ErrorCode::Io, "disk full"); });
        REQUIRE_FALSE(failed.ok());
        CHECK(failed.error().message == "disk full");
    }
    CHECK_FALSE(QFileInfo::exists(first));
    CHECK_FALSE(QFileInfo::exists(root));
}

TEST_CASE("opening evidence never follows a link planted at the old predictable path", "[evidence]")
{
    test::DemoFile demo;
    auto session = demo.open();
    RecordingPresenter messages;
    AttachmentsPanel panel(*session, messages);
    const Record risk = test::recordByRef(*session, reg::risks, "R-001");
    const std::string risks(reg::risks);
    panel.showRecord(risks, risk.id);

    const QString source = demo.dir.filePath(QStringLiteral("scan.pdf"));
    QByteArray content(3 * 1024 * 1024 + 5, '\0');
    for (int i = 0; i < content.size(); ++i)
        content[i] = static_cast<char>(i * 7 % 251);
    writeFile(source, content);
    REQUIRE(panel.attachFile(source));
    const auto stored = session->file().attachments(risks, risk.id).value();
    REQUIRE(stored.size() == 1);
    CHECK(stored.front().size == content.size());

    // Where the old code wrote it: a link there to a file the attacker wants overwritten.
    const QString victim = demo.dir.filePath(QStringLiteral("victim.txt"));
    writeFile(victim, "precious");
    const QString oldFolder = QDir::temp().filePath(QStringLiteral("isms-desk-evidence/%1").arg(stored.front().id));
    QDir().mkpath(oldFolder);
    const QString planted = QDir(oldFolder).filePath(QStringLiteral("scan.pdf"));
    QFile::remove(planted);
    REQUIRE(QFile::link(victim, planted));

    panel.list()->setCurrentRow(0);
    const QString opened = panel.exportSelected();
    REQUIRE_FALSE(opened.isEmpty());
    CHECK(opened.startsWith(EvidenceFolder::session().path() + QLatin1Char('/')));
    CHECK(QFileInfo(opened).fileName() == QStringLiteral("scan.pdf"));
    CHECK(modeOf(opened) == 0600);
    CHECK(bytesOf(opened) == content);
    CHECK(bytesOf(victim) == "precious");
    CHECK(QFileInfo(planted).isSymLink());
    QFile::remove(planted);
    QDir().rmdir(oldFolder);

    // Undo and redo of a streamed attach read the file again.
    session->undoStack()->undo();
    CHECK(session->file().attachments(risks, risk.id)->empty());
    session->undoStack()->redo();
    REQUIRE(session->file().attachments(risks, risk.id)->size() == 1);
    CHECK(session->file().attachments(risks, risk.id)->front().sha256 == stored.front().sha256);
}

TEST_CASE("evidence too large or badly named is refused before anything is read", "[evidence]")
{
    test::DemoFile demo;
    auto session = demo.open();
    RecordingPresenter messages;
    AttachmentsPanel panel(*session, messages);
    const Record risk = test::recordByRef(*session, reg::risks, "R-001");
    const std::string risks(reg::risks);
    panel.showRecord(risks, risk.id);

    const QString big = demo.dir.filePath(QStringLiteral("big.bin"));
    {
        QFile f(big);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(200LL * 1024 * 1024 + 1));  // sparse
    }
    CHECK_FALSE(panel.attachFile(big));
    REQUIRE(messages.last() != nullptr);
    CHECK(messages.last()->title == QStringLiteral("File too large"));
    CHECK(messages.last()->text.startsWith(
        QStringLiteral("\"big.bin\" is 200.01 MiB; evidence is limited to 200.00 MiB.")));

    const QString badName = demo.dir.filePath(QStringLiteral("tab\there.txt"));
    writeFile(badName, "x");
    CHECK_FALSE(panel.attachFile(badName));
    CHECK(messages.last()->text.contains(QStringLiteral("control character (0x09)")));
    CHECK(session->file().attachments(risks, risk.id)->empty());
}
