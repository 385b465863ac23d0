// writeReportFile(): all or nothing. Fake writers stand in for the formats, so each failure
// (an existing file, a folder that refuses, a writer that fails, is cancelled or fills the disk)
// is tested on its own.
#include "reports/report_file.h"
#include "reports/writers/write_errors.h"

#include <catch2/catch_test_macros.hpp>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <unistd.h>

using namespace isms;
using namespace isms::reports;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

enum class Ending { Finish, Fail, Cancel, DiskFull };

// Writes "half" of a report, then ends as told; records the path it was given.
class FakeWriter final : public ReportWriter {
public:
    explicit FakeWriter(Ending ending, QByteArray bytes = "new report")
        : m_ending(ending), m_bytes(std::move(bytes))
    {
    }
    QString key() const override { return s("fake"); }
    QString suffix() const override { return s("pdf"); }
    QString displayName() const override { return s("Fake"); }
    bool deterministic() const override { return true; }

    Result<void> write(const ReportDocument&, const QString& path,
                       const WriteProgress& progress) const override
    {
        givenPath = path;
        existedBefore = QFileInfo::exists(path);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return fileWriteError(file);
        file.write(m_bytes.left(m_bytes.size() / 2));
        file.flush();
        progress.step(1, 2);
        switch (m_ending) {
        case Ending::Finish:
            file.write(m_bytes.mid(m_bytes.size() / 2));
            return Ok{};
        case Ending::Fail:
            return Error{ErrorCode::Internal, "the writer broke halfway"};
        case Ending::Cancel:
            return progress.cancelled() ? Result<void>(cancelledError()) : Result<void>(Ok{});
        case Ending::DiskFull: {
            // /dev/full fails every write with ENOSPC: the kernel's own full disk.
            QFile full(s("/dev/full"));
            if (!full.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
                return fileWriteError(full);
            full.write(QByteArray(4096, 'x'));
            return fileWriteError(full);
        }
        }
        return Ok{};
    }

    mutable QString givenPath;
    mutable bool existedBefore = true;

private:
    Ending m_ending;
    QByteArray m_bytes;
};

QStringList everything(const QTemporaryDir& dir)
{
    return QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                      | QDir::NoDotAndDotDot);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

} // namespace

TEST_CASE("A report is written beside its target under a hidden name, then renamed",
          "[reports][file]")
{
    QTemporaryDir dir;
    const QString target = dir.filePath(s("soa.pdf"));
    const FakeWriter writer(Ending::Finish);
    const auto written = writeReportFile({}, writer, target, Overwrite::Refuse);
    REQUIRE(written);
    CHECK(readAll(target) == "new report");
    const QFileInfo temp(writer.givenPath);
    CHECK(temp.absolutePath() == QFileInfo(target).absolutePath());
    CHECK(temp.fileName().startsWith(QLatin1Char('.')));
    CHECK(temp.suffix() == s("pdf"));
    CHECK_FALSE(writer.existedBefore);
    CHECK(everything(dir) == QStringList{s("soa.pdf")});
}

TEST_CASE("An existing report is refused untouched unless it may be replaced", "[reports][file]")
{
    QTemporaryDir dir;
    const QString target = dir.filePath(s("soa.pdf"));
    writeFile(target, "old report");
    const QDateTime old(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC);
    {
        QFile file(target);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.setFileTime(old, QFileDevice::FileModificationTime));
    }

    const FakeWriter writer(Ending::Finish);
    const auto refused = writeReportFile({}, writer, target, Overwrite::Refuse);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(QString::fromStdString(refused.error().message).contains(s("--force")));
    CHECK(QString::fromStdString(refused.error().message).contains(s("another name")));
    CHECK(readAll(target) == "old report");
    CHECK(QFileInfo(target).lastModified().toUTC() == old);
    CHECK(writer.givenPath.isEmpty());  // the writer never ran
    CHECK(everything(dir) == QStringList{s("soa.pdf")});

    const auto replaced = writeReportFile({}, writer, target, Overwrite::Replace);
    REQUIRE(replaced);
    CHECK(readAll(target) == "new report");
    CHECK(everything(dir) == QStringList{s("soa.pdf")});
}

TEST_CASE("A folder is no target", "[reports][file]")
{
    QTemporaryDir dir;
    const FakeWriter writer(Ending::Finish);
    const auto refused = writeReportFile({}, writer, dir.path(), Overwrite::Replace);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(QFileInfo(dir.path()).isDir());
}

TEST_CASE("A missing or unwritable folder says which folder and what to do", "[reports][file]")
{
    QTemporaryDir dir;
    const FakeWriter writer(Ending::Finish);

    SECTION("missing")
    {
        const QString folder = dir.filePath(s("missing"));
        const auto r = writeReportFile({}, writer, folder + s("/soa.pdf"), Overwrite::Refuse);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::Io);
        const auto message = QString::fromStdString(r.error().message);
        CHECK(message.contains(QDir::toNativeSeparators(folder)));
        CHECK(message.contains(s("Choose an existing folder")));
    }
    SECTION("a path under a regular file")
    {
        // Refused even for root, who may write into any folder.
        const QString file = dir.filePath(s("plain.txt"));
        writeFile(file, "x");
        const auto r = writeReportFile({}, writer, file + s("/soa.pdf"), Overwrite::Refuse);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::Io);
        const auto message = QString::fromStdString(r.error().message);
        CHECK(message.contains(QDir::toNativeSeparators(file)));
        CHECK(message.contains(s("not a folder")));
        CHECK(readAll(file) == "x");
    }
    SECTION("read-only")
    {
        if (runningAsRoot())
            SKIP("root writes into read-only folders; the path under a file covers the refusal");
        const QString folder = dir.filePath(s("locked"));
        REQUIRE(QDir().mkdir(folder));
        REQUIRE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const auto r = writeReportFile({}, writer, folder + s("/soa.pdf"), Overwrite::Refuse);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ExeOwner);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::Io);
        const auto message = QString::fromStdString(r.error().message);
        CHECK(message.contains(QDir::toNativeSeparators(folder)));
        CHECK(message.contains(s("read-only")));
        CHECK(QDir(folder).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    }
}

TEST_CASE("A failed, cancelled or disk-full write leaves nothing behind", "[reports][file]")
{
    QTemporaryDir dir;
    const QString target = dir.filePath(s("risks.pdf"));

    SECTION("the writer fails halfway")
    {
        const FakeWriter writer(Ending::Fail);
        const auto r = writeReportFile({}, writer, target, Overwrite::Refuse);
        REQUIRE_FALSE(r);
        CHECK(r.error().message == "the writer broke halfway");
        CHECK(QFileInfo(writer.givenPath).fileName().startsWith(QLatin1Char('.')));
    }
    SECTION("the user cancels halfway")
    {
        const FakeWriter writer(Ending::Cancel);
        WriteProgress* self = nullptr;
        WriteProgress progress([&](int, int) { self->cancel(); });
        self = &progress;
        const auto r = writeReportFile({}, writer, target, Overwrite::Refuse, progress);
        REQUIRE_FALSE(r);
        CHECK(isCancelled(r.error()));
    }
    SECTION("cancelled after the writer finished, before the rename")
    {
        const FakeWriter writer(Ending::Finish);
        WriteProgress* self = nullptr;
        WriteProgress progress([&](int, int) { self->cancel(); });
        self = &progress;
        const auto r = writeReportFile({}, writer, target, Overwrite::Refuse, progress);
        REQUIRE_FALSE(r);
        CHECK(isCancelled(r.error()));
    }
    SECTION("the disk is full")
    {
        if (!QFileInfo::exists(s("/dev/full")))
            SKIP("no /dev/full on this system");
        const FakeWriter writer(Ending::DiskFull);
        const auto r = writeReportFile({}, writer, target, Overwrite::Refuse);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::Io);
        const auto message = QString::fromStdString(r.error().message);
        CHECK(message.contains(s("is full")));
        CHECK(message.contains(s("Free some space")));
    }
    CHECK(everything(dir).isEmpty());
}

TEST_CASE("A replaced report is never half there: the old one stays when the new one fails",
          "[reports][file]")
{
    QTemporaryDir dir;
    const QString target = dir.filePath(s("risks.pdf"));
    writeFile(target, "old report");
    const FakeWriter writer(Ending::Fail);
    REQUIRE_FALSE(writeReportFile({}, writer, target, Overwrite::Replace));
    CHECK(readAll(target) == "old report");
    CHECK(everything(dir) == QStringList{s("risks.pdf")});
}
